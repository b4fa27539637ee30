// The search of every article's text, as an editor uses it: words in any form, the place each article holds them,
// and the article opened there with the word found.
import { expect, fixturePath, test } from './app-fixture';
import { articleFrame, paintedHighlights } from './article-text';

const BRIDGE = 'Мэрия Казани обещает открыть новый мост к осени';
const TWOREK = 'Исследователь Джерри Творек покидает лабораторию в Сан-Франциско';

test('the editor searches every article’s text, sees where each holds the words, and opens one there', async ({ app }) => {
  const { page } = app;
  await app.open(fixturePath('bridge-ru.txt'), fixturePath('tworek-ru.txt'));
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('status')).toHaveText('2 articles');

  await page.keyboard.press('Control+Shift+F');
  const search = page.getByRole('region', { name: 'Search texts' });
  const field = search.getByRole('searchbox', { name: 'Search the texts of all articles' });
  await expect(field).toBeFocused();
  const found = search.getByRole('list', { name: 'Articles found' }).getByRole('button');

  // «Казань» in the nominative finds «Казани» and «Казанку» is another word.
  await field.fill('казань');
  await expect(search.getByRole('status')).toHaveText('1 article');
  await expect(found).toHaveCount(1);
  await expect(found.first()).toContainText(BRIDGE);
  await expect(found.first().locator('mark')).toHaveText('Казани');

  // Every word must be in the article; the last may still be being typed.
  await field.fill('мост сентяб');
  await expect(found.first().locator('mark')).toHaveText('мост');
  await field.fill('мост блог');
  await expect(search.getByRole('status')).toHaveText('No article contains “мост блог”.');
  await field.fill('сообщил');
  await expect(found).toHaveCount(1);
  await expect(found.first()).toContainText(TWOREK);

  await field.fill('Метшин');
  await expect(found.first().locator('mark')).toHaveText('Метшин');
  await found.first().click();
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: BRIDGE })).toBeVisible();
  const findBar = page.getByRole('search', { name: 'Search in article' });
  await expect(findBar.getByRole('searchbox')).toHaveValue('Метшин');
  await expect(findBar).toContainText('1 of 2');
  expect((await paintedHighlights(page))['nr-search']).toHaveLength(2);

  // Back to the search: the question and its answer are as the editor left them.
  await page.getByRole('button', { name: 'Search texts' }).click();
  await expect(field).toHaveValue('Метшин');
  await expect(found).toHaveCount(1);
});
