// Who is named, who said what, which claims are checked: entities up to inflection, speakers, claim verdicts.
import type { NativeAnnotationSet } from '../../src/shared/formats/native-format';
import { annotationSetSchemaErrors } from '../support/annotation-set-schema';
import type { AnnotatorApp } from './app-fixture';
import { expect, fixturePath, test } from './app-fixture';
import { articleFrame, paintedHighlights, selectWithMouse } from './article-text';

const TITLE = 'Исследователь Джерри Творек покидает лабораторию в Сан-Франциско';

/** Opens the fixture article and returns what the tests look at: the annotation list and the inspector. */
async function openTworek(app: AnnotatorApp) {
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(app.page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  return {
    page: app.page,
    annotations: app.page.getByRole('listbox', { name: 'Annotations' }).getByRole('option'),
    details: app.page.getByRole('region', { name: 'Annotation details' }),
  };
}

test('inflected names link to one entity, and the editor can split a mention off and undo it', async ({ app }) => {
  const { page, annotations } = await openTworek(app);
  const entities = page.getByRole('list', { name: 'Entities' }).getByRole('button');

  await selectWithMouse(page, 'Джерри Творек', 1);
  await page.keyboard.press('1');
  await selectWithMouse(page, 'Творека');
  await page.keyboard.press('1');
  await expect(annotations.nth(1)).toHaveAccessibleName('Person Творека · Джерри Творек');
  await expect(entities).toHaveText([/Джерри Творек\s*2 mentions/]);

  await annotations.nth(1).click();
  const details = page.getByRole('region', { name: 'Annotation details' });
  const entityChoice = details.getByRole('combobox', { name: 'Entity' });
  await expect(entityChoice).toHaveValue('Джерри Творек');
  await expect(page.getByRole('list', { name: 'Suggestions by kind' })).toBeVisible({ timeout: 20_000 });
  await details.getByRole('button', { name: 'New entity from this mention' }).click();
  // The new entity is named in the nominative, as the analyser reads the mention.
  await expect(entities).toHaveCount(2);
  await expect(annotations.nth(1)).toHaveAccessibleName('Person Творека · Творек');
  await expect(entityChoice).toHaveValue('Творек');

  // Linked back by typing part of the name: the chooser offers the entities of the same tag that match.
  await entityChoice.fill('джер');
  await expect(details.getByRole('listbox', { name: 'Entity' }).getByRole('option')).toHaveText(['Джерри Творек']);
  await entityChoice.press('Enter');
  await expect(annotations.nth(1)).toHaveAccessibleName('Person Творека · Джерри Творек');
  await expect(entityChoice).toHaveValue('Джерри Творек');
  // The entity split off has no mention left, and leaves the index.
  await expect(entities).toHaveText([/Джерри Творек\s*2 mentions/]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(annotations.nth(1)).toHaveAccessibleName('Person Творека · Творек');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(entities).toHaveText([/Джерри Творек\s*2 mentions/]);
  await expect(annotations.nth(1)).toHaveAccessibleName('Person Творека · Джерри Творек');
});

test('the details panel changes the annotation it shows, even with other words selected in the article', async ({ app }) => {
  const { page, annotations, details } = await openTworek(app);
  await selectWithMouse(page, 'Джерри Творек', 1);
  await page.keyboard.press('1');
  await expect(details.getByRole('paragraph')).toHaveText('Джерри Творек');

  // Words selected to tag next leave the focused name in the panel; its Tag menu retags the name, not the words.
  await selectWithMouse(page, 'Северный ветер', 0);
  await expect(page.getByRole('toolbar', { name: 'Tag selection as' })).toBeVisible();
  await details.getByLabel('Tag').selectOption({ label: 'Place' });
  await expect(annotations).toHaveText(['Place Джерри Творек']);
  await expect(details.getByLabel('Tag')).toHaveValue('place');
});

test('a quote gets the speaker the app proposes, and a claim gets a verdict that the header counts', async ({ app }) => {
  const { page, annotations, details } = await openTworek(app);

  await selectWithMouse(page, 'Джерри Творек', 1);
  await page.keyboard.press('1');
  await selectWithMouse(page, 'Творек', 2);
  await page.keyboard.press('1');
  await selectWithMouse(page, '«Я хочу заниматься задачами, которые трудно решить в большой организации»');
  await page.keyboard.press('4');

  // The new quote is focused: the inspector proposes the person named by the verb of saying, Enter accepts.
  await expect(details.getByText('Proposed: Джерри Творек')).toBeVisible();
  await details.getByLabel('Speaker').focus();
  await page.keyboard.press('Enter');
  await expect(details.getByLabel('Speaker')).toHaveValue(/.+/);
  await expect(annotations.nth(1)).toHaveAccessibleName(
    'Quote Джерри Творек: «Я хочу заниматься задачами, которые трудно решить в большой организации»',
  );

  await selectWithMouse(page, 'Компания «Северный ветер» основана в 2015 году в Сан-Франциско');
  await page.keyboard.press('5');
  await expect(page.getByText('Claims: 1 unverified')).toBeVisible();
  await details.getByLabel('Reviewer').fill('Мария Иванова');
  await details.getByLabel('Reviewer').blur();
  await details.getByLabel('Status').selectOption({ label: 'False' });
  await expect(page.getByText('Claims: 1 false')).toBeVisible();
  await details.getByLabel('Verification note').fill('Компания основана в 2016 году, по данным реестра');
  await details.getByLabel('Sources, one per line').fill('https://example.org/registry');
  await details.getByLabel('Sources, one per line').blur();
  await expect(details.getByText(/Changed .* by Мария Иванова/)).toBeVisible();

  const exported = JSON.parse(await app.exportAnnotations('This article')) as NativeAnnotationSet;
  expect(annotationSetSchemaErrors(exported)).toEqual([]);
  const [article] = exported.articles;
  const person = exported.entities.find((entity) => entity.name === 'Джерри Творек');
  const quote = article?.annotations.find((annotation) => annotation.tag === 'quote');
  expect(quote?.speakerId).toBe(person?.id);
  const claim = article?.annotations.find((annotation) => annotation.tag === 'claim');
  expect(claim?.claim).toMatchObject({
    status: 'false',
    note: 'Компания основана в 2016 году, по данным реестра',
    sources: ['https://example.org/registry'],
    changedBy: 'Мария Иванова',
  });

  // Undo walks back through the edits: sources, note, then the verdict.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Claims: 1 unverified')).toBeVisible();
});

test('a mis-tag deleted takes its entity out of the index with it, and undo brings both back', async ({ app }) => {
  const { page, annotations } = await openTworek(app);
  const entities = page.getByRole('list', { name: 'Entities' }).getByRole('button');
  await selectWithMouse(page, 'Сан-Франциско');
  await page.keyboard.press('3');
  await expect(entities).toHaveText([/Сан-Франциско\s*1 mention/]);
  await page.keyboard.press('Delete');
  await expect(annotations).toHaveCount(0);
  await expect(entities).toHaveCount(0);
  const indexButton = page.getByRole('button', { name: 'Entities', exact: true });
  await indexButton.click();
  await expect(page.getByRole('region', { name: 'Entities' }).getByRole('row', { name: /Сан-Франциско/ })).toHaveCount(0);
  await indexButton.click();
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(entities).toHaveText([/Сан-Франциско\s*1 mention/]);
});

test('a Latin name in parentheses becomes an alias with one key, and all mentions get tagged in one undoable step', async ({
  app,
}) => {
  const { page, annotations, details } = await openTworek(app);

  await selectWithMouse(page, 'Джерри Творек', 1);
  await page.keyboard.press('1');
  await expect(details.getByRole('button', { name: /Add alias “Jerry Tworek”/ })).toBeVisible();
  await page.keyboard.press('a');
  await expect(details.getByRole('button', { name: /Add alias/ })).toBeHidden();

  // Title, "Творека", caption, "Сам Творек", "написал Творек", and the Latin form are all this person.
  const tagAll = details.getByRole('button', { name: 'Tag all mentions: 6 more' });
  await expect(tagAll).toBeVisible();
  await tagAll.click();
  await expect(annotations).toHaveCount(7);
  await expect(page.getByRole('list', { name: 'Entities' }).getByRole('button')).toHaveText([/Джерри Творек\s*7 mentions/]);
  await page.keyboard.press('Control+z');
  await expect(annotations).toHaveCount(1);

  const exported = JSON.parse(await app.exportAnnotations('This article')) as NativeAnnotationSet;
  expect(exported.entities).toEqual([expect.objectContaining({ name: 'Джерри Творек', aliases: ['Jerry Tworek'] })]);
});

test('Ctrl+F finds text in the article, and the list filters by tag, claim status and text', async ({ app }) => {
  const { page, annotations, details } = await openTworek(app);
  await selectWithMouse(page, 'Джерри Творек', 1);
  await page.keyboard.press('1');
  await selectWithMouse(page, 'Компания «Северный ветер» основана в 2015 году в Сан-Франциско');
  await page.keyboard.press('5');
  await details.getByLabel('Status').selectOption({ label: 'False' });
  await selectWithMouse(page, '«Команда остаётся, и работа над моделями не остановится»');
  await page.keyboard.press('4');
  await expect(annotations).toHaveCount(3);

  const filters = page.getByRole('search', { name: 'Filter annotations' });
  await filters.getByLabel('Show tag').selectOption({ label: 'Claim' });
  await expect(annotations).toHaveCount(1);
  await filters.getByLabel('Show tag').selectOption({ label: 'All tags' });
  await filters.getByLabel('Show claim status').selectOption({ label: 'Verified claims' });
  await expect(annotations).toHaveCount(0);
  await filters.getByLabel('Show claim status').selectOption({ label: 'False claims' });
  await expect(annotations).toHaveCount(1);
  await expect(annotations.first()).toHaveAccessibleName(/^Claim Компания/);
  await filters.getByLabel('Show claim status').selectOption({ label: 'Any status' });
  await filters.getByLabel('Filter by text').fill('остается');
  await expect(annotations).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Annotations · 1 of 3' })).toBeVisible();
  await filters.getByLabel('Filter by text').fill('');
  await expect(annotations).toHaveCount(3);

  await articleFrame(page).getByRole('article', { name: 'Article text' }).focus();
  await page.keyboard.press('Control+f');
  const search = page.getByRole('searchbox', { name: 'Search in article' });
  await expect(search).toBeFocused();
  await search.fill('творек');
  const bar = page.getByRole('search', { name: 'Search in article' });
  await expect(bar).toContainText('1 of 6');
  await search.press('Enter');
  await expect(bar).toContainText('2 of 6');
  await search.press('Shift+Enter');
  await search.press('Shift+Enter');
  await expect(bar).toContainText('6 of 6');
  expect((await paintedHighlights(page))['nr-search']).toHaveLength(6);
  await search.press('Escape');
  await expect(bar).toBeHidden();
  expect((await paintedHighlights(page))['nr-search']).toBeUndefined();
});

test('the entity index lists every entity with its articles; merging keeps every mention and can be undone', async ({ app }) => {
  const { page, annotations } = await openTworek(app);
  await selectWithMouse(page, 'Джерри Творек', 1);
  await page.keyboard.press('1');
  await selectWithMouse(page, 'Jerry Tworek');
  await page.keyboard.press('1');
  await expect(page.getByRole('list', { name: 'Entities' }).getByRole('button')).toHaveCount(2);

  await page.getByRole('button', { name: 'Entities', exact: true }).click();
  const index = page.getByRole('table', { name: 'Entities in the library' });
  await expect(index.getByRole('row')).toHaveCount(3);
  await index.getByRole('button', { name: 'Merge Jerry Tworek into another entity' }).click();
  const target = index.getByRole('combobox', { name: 'Merge Jerry Tworek into' });
  await expect(target).toBeFocused();
  await target.fill('творек');
  await index.getByRole('option', { name: 'Джерри Творек' }).click();
  await expect(target).toHaveValue('Джерри Творек');
  await index.getByRole('button', { name: 'Merge Jerry Tworek', exact: true }).click();
  await expect(index.getByRole('row')).toHaveCount(2);
  await expect(index.getByRole('row', { name: /Джерри Творек/ })).toContainText('also Jerry Tworek');
  await expect(
    index
      .getByRole('row', { name: /Джерри Творек/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('2');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(index.getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(index.getByRole('row')).toHaveCount(2);

  await index.getByRole('button', { name: 'Rename Джерри Творек' }).click();
  await index.getByLabel('New name for Джерри Творек').fill('Джерри Творек-старший');
  await index.getByLabel('New name for Джерри Творек').press('Enter');
  await expect(index.getByRole('row', { name: /Джерри Творек-старший/ })).toContainText('also Jerry Tworek, Джерри Творек');

  // Where does he appear: the article opens at his first mention, focused.
  await index.getByRole('button', { name: '1 article with Джерри Творек-старший' }).click();
  await index.getByRole('list', { name: 'Articles with Джерри Творек-старший' }).getByRole('button', { name: TITLE }).click();
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(annotations.nth(1)).toHaveAccessibleName('Person Jerry Tworek · Джерри Творек-старший');
  await expect(annotations.first()).toHaveAttribute('aria-selected', 'true');
});

test('the tag set is editable, and a tag in use is deleted only once its annotations have somewhere to go', async ({ app }) => {
  const { page, annotations } = await openTworek(app);
  await selectWithMouse(page, 'Джерри Творек', 1);
  await page.keyboard.press('1');

  await page.getByRole('button', { name: 'Tags…' }).click();
  const editor = page.getByRole('dialog', { name: 'Tags' });
  await editor.getByLabel('Label of Organization').fill('Компания');
  await editor.getByLabel('Colour of Place').fill('#2e8b57');
  await editor.getByRole('button', { name: 'Move Claim up' }).click();
  await editor.getByRole('button', { name: 'Add tag' }).click();
  await editor.getByLabel('Label of new tag').fill('Источник');
  await editor.getByRole('button', { name: 'Save tags' }).click();
  await expect(editor).toBeHidden();

  await selectWithMouse(page, 'Северный ветер');
  const palette = page.getByRole('toolbar', { name: 'Tag selection as' });
  await expect(palette.getByRole('button')).toHaveText([/Person/, /Компания/, /Place/, /Claim/, /Quote/, /Источник/]);
  await page.keyboard.press('6');
  await expect(annotations.nth(1)).toHaveAccessibleName('Источник Северный ветер');

  await page.getByRole('button', { name: 'Tags…' }).click();
  await editor.getByRole('button', { name: 'Delete Person' }).click();
  await editor.getByRole('button', { name: 'Save tags' }).click();
  await expect(editor.getByRole('alert')).toHaveText('Choose where the annotations of Person go before deleting it.');
  await editor.getByLabel('Move Person annotations to').selectOption({ label: 'Источник' });
  await editor.getByRole('button', { name: 'Save tags' }).click();
  await expect(annotations.first()).toHaveAccessibleName(/^Источник Джерри Творек/);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(annotations.first()).toHaveAccessibleName('Person Джерри Творек');
  const exported = JSON.parse(await app.exportAnnotations('This article')) as NativeAnnotationSet;
  expect(annotationSetSchemaErrors(exported)).toEqual([]);
  expect(exported.tags.map((tag) => `${tag.shortcut} ${tag.label}`)).toEqual([
    '1 Person',
    '2 Компания',
    '3 Place',
    '5 Claim',
    '4 Quote',
    '6 Источник',
  ]);
  expect(exported.tags.find((tag) => tag.label === 'Place')?.color).toBe('#2e8b57');
});
