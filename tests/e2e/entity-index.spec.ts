// The entity index of a library with hundreds of entities, as an editor uses it: finds one by name or alias, asks
// where it appears, opens an article at its first mention, and merges it into another with the keyboard only.
import { expect, fillAppLibrary, test } from './app-fixture';
import { articleFrame } from './article-text';

test('among 600 entities the editor finds one, opens an article at its first mention and merges it by keyboard', async ({
  app,
}, testInfo) => {
  const { page } = app;
  // Entity n is a person when n is a multiple of 3, and is named "Имя n Фамилияn".
  await fillAppLibrary(app, testInfo, { articles: 200, annotationsPerArticle: 10, entities: 600 });
  await page.reload();
  await page.getByRole('button', { name: 'Entities', exact: true }).click();

  const main = page.getByRole('region', { name: 'Entities' });
  const index = main.getByRole('table', { name: 'Entities in the library' });
  await expect(main.getByRole('status')).toHaveText('600 entities');
  await expect(index.getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '2');
  await expect(index).toHaveAttribute('aria-rowcount', '601');

  const search = main.getByRole('searchbox', { name: 'Find an entity by name' });
  await search.fill('фамилия42');
  // 42 and 420–429.
  await expect(main.getByRole('status')).toHaveText('11 of 600 entities');
  const row = index.getByRole('row', { name: /^Имя 42 Фамилия42 / });
  await expect(row.getByRole('cell').first()).toHaveText('Person');

  const articlesButton = row.getByRole('button', { name: /^\d+ articles? with Имя 42 Фамилия42$/ });
  const articleCount = Number((await articlesButton.textContent())?.trim().split(' ')[0]);
  expect(articleCount).toBeGreaterThan(0);
  await articlesButton.click();
  await expect(articlesButton).toHaveAttribute('aria-expanded', 'true');
  const appearances = row.getByRole('list', { name: 'Articles with Имя 42 Фамилия42' }).getByRole('listitem');
  await expect(appearances).toHaveCount(articleCount);
  const firstTitle = (await appearances.first().getByRole('button').textContent())?.trim() ?? '';
  await appearances.first().getByRole('button').click();

  await expect(articleFrame(page).getByRole('heading', { level: 1, name: firstTitle })).toBeVisible();
  const focused = page.getByRole('listbox', { name: 'Annotations' }).getByRole('option', { selected: true });
  await expect(focused).toHaveAccessibleName(/Person .* · Имя 42 Фамилия42$/);

  // The same from the mention's details: where else does this person appear.
  const details = page.getByRole('region', { name: 'Annotation details' });
  await expect(details.getByRole('combobox', { name: 'Entity' })).toHaveValue('Имя 42 Фамилия42');
  await details.getByRole('button', { name: 'Articles with Имя 42 Фамилия42' }).click();
  const elsewhere = details.getByRole('list', { name: 'Articles with Имя 42 Фамилия42' }).getByRole('button');
  await expect(elsewhere).toHaveCount(articleCount);
  const lastTitle = (await elsewhere.last().textContent())?.trim() ?? '';
  await elsewhere.last().click();
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: lastTitle })).toBeVisible();
  await expect(focused).toHaveAccessibleName(/Person .* · Имя 42 Фамилия42$/);

  // Back in the index, by keyboard: the search is as the editor left it.
  await page.getByRole('button', { name: 'Entities', exact: true }).click();
  await expect(search).toHaveValue('фамилия42');
  await row.getByRole('button', { name: 'Merge Имя 42 Фамилия42 into another entity' }).click();
  const target = row.getByRole('combobox', { name: 'Merge Имя 42 Фамилия42 into' });
  await expect(target).toBeFocused();
  await page.keyboard.type('фамилия4');
  // Only people, and only the first eight of the 35 that match are drawn.
  const options = row.getByRole('option');
  await expect(options).toHaveCount(8);
  await expect(row.getByText('More entities match: type more of the name')).toBeVisible();
  await page.keyboard.type('5');
  // 45 and 450, 453, 456, 459.
  await expect(options).toHaveCount(5);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(target).toHaveAttribute('aria-activedescendant', 'match-1');
  const chosen = (await options.nth(1).textContent())?.trim() ?? '';
  expect(chosen).toMatch(/^Имя 45\d? Фамилия45\d?$/);
  await page.keyboard.press('Enter');
  await expect(target).toHaveValue(chosen);
  await expect(options).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(row.getByRole('button', { name: 'Merge Имя 42 Фамилия42', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');

  // Фамилия42 is now an alias of the entity it was merged into, which the search still finds.
  await expect(main.getByRole('status')).toHaveText('11 of 599 entities');
  await expect(index.getByRole('row', { name: new RegExp(`^${chosen} `) })).toContainText('also Имя 42 Фамилия42');
});
