// The keyboard where an editor works: the arrow keys go on from the word the article's search found, and undo reaches
// the history from the inspector's selects too (issue 21).
import type { Page } from '@playwright/test';
import { expect, fixturePath, test } from './app-fixture';
import { articleFrame, selectWithMouse } from './article-text';

const TITLE = 'Исследователь Джерри Творек покидает лабораторию в Сан-Франциско';

/** Where each annotation of the open article starts in its text, as the core holds them. */
function annotationStarts(page: Page): Promise<{ quote: string; start: number; text: string }[]> {
  return page.evaluate(() => {
    const core = (
      document.querySelector('nr-app') as unknown as {
        core: { article?: { text: string }; store: { shown: readonly { quote: string; start: number }[] } };
      }
    ).core;
    return core.store.shown.map(({ quote, start }) => ({ quote, start, text: core.article?.text ?? '' }));
  });
}

test('after a search, Escape leaves the caret at the word found, and the arrow keys tag on from there', async ({ app }) => {
  const { page } = app;
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await articleFrame(page).getByRole('article', { name: 'Article text' }).focus();
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Северный');
  await page.keyboard.press('Enter');
  await expect(page.getByText('2 of 2')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('2');
  const annotations = page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
  await expect(annotations).toHaveCount(1);
  await expect(annotations.first()).toHaveAccessibleName('Organization Северный ветер');
  const [tagged] = await annotationStarts(page);
  const text = tagged?.text ?? '';
  // The second «Северный ветер» of the text, where the search stood: three key presses from the search.
  expect(tagged?.start).toBe(text.indexOf('Северный ветер', text.indexOf('Северный ветер') + 1));
});

test('Ctrl+Z undoes from the inspector’s selects as from anywhere outside a text field', async ({ app }) => {
  const { page } = app;
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await selectWithMouse(page, 'Анна Ким');
  await page.keyboard.press('1');
  const annotations = page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
  await expect(annotations).toHaveCount(1);
  const details = page.getByRole('region', { name: 'Annotation details' });
  await details.getByRole('combobox', { name: 'Tag' }).focus();
  await page.keyboard.press('Control+z');
  await expect(annotations).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(annotations).toHaveCount(1);
});

test('the article is one Tab from the top, and F6 goes round the library, the article, the list and the inspector', async ({
  app,
}) => {
  const { page } = app;
  await app.open(fixturePath('tworek-ru.txt'));
  const articleText = articleFrame(page).getByRole('article', { name: 'Article text' });
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await selectWithMouse(page, 'Анна Ким');
  await page.keyboard.press('1');
  const annotations = page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
  await expect(annotations).toHaveCount(1);

  // Started again once the tag is stored, the window shows the same article; the keyboard starts at the top.
  await expect
    .poll(() =>
      page.evaluate(() =>
        (
          document.querySelector('nr-app') as unknown as { core: { db: { annotations: { count(): Promise<number> } } } }
        ).core.db.annotations.count(),
      ),
    )
    .toBe(1);
  await page.reload();
  await expect(annotations).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to the article' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(articleText).toBeFocused();

  const libraryRow = page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: new RegExp(TITLE) });
  const tagField = page.getByRole('region', { name: 'Annotation details' }).getByRole('combobox', { name: 'Tag' });
  await page.keyboard.press('F6');
  await expect(annotations.first()).toBeFocused();
  // No annotation is chosen, so there is no inspector to visit: F6 goes on to the library.
  await page.keyboard.press('F6');
  await expect(libraryRow).toBeFocused();
  await page.keyboard.press('F6');
  await expect(articleText).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(libraryRow).toBeFocused();

  await annotations.first().click();
  await page.keyboard.press('F6');
  await expect(tagField).toBeFocused();
  await page.keyboard.press('F6');
  await expect(libraryRow).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(tagField).toBeFocused();
});
