// The whole loop an editor goes through: open a Russian article, tag spans with mouse and keyboard, correct
// mistakes, come back later, export JSON that other tools read.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Frame, JSHandle, Page } from '@playwright/test';
import type { NativeAnnotationSet } from '../../src/shared/formats/native-format';
import { generateAnnotationSet } from '../bench/generate-annotation-set';
import { revealText } from '../bench/long-article-steps';
import { annotationSetSchemaErrors, mismatchedQuotes } from '../support/annotation-set-schema';
import { expect, fixturePath, test } from './app-fixture';
import { articleDocument, articleFrame, drag, fragmentEnds, paintedHighlights, selectWithMouse } from './article-text';

const README_SCREENSHOT = fileURLToPath(new URL('../../resources/screenshot.png', import.meta.url));
const TITLE = 'Исследователь Джерри Творек покидает лабораторию в Сан-Франциско';

test('an editor tags an article, corrects it, reopens it and exports it', async ({ app }, testInfo) => {
  const { page } = app;
  await expect(page.getByText('No articles yet.')).toBeVisible();

  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Reader' }).getByText('Jan 9, 2026')).toBeVisible();
  await expect(articleFrame(page).getByRole('heading', { level: 2, name: 'Что известно об уходе' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: TITLE })).toBeVisible();

  const annotations = page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');

  // 1. Mouse, starting and ending inside words: the selection snaps to "Джерри Творек", the palette tags it.
  const partial = await fragmentEnds(page, 'ерри Тво', 1);
  await drag(page, partial.start, partial.end);
  await page.getByRole('toolbar', { name: 'Tag selection as' }).getByRole('button', { name: 'Person' }).click();
  await expect(annotations).toHaveCount(1);
  await expect(annotations.first()).toHaveAccessibleName('Person Джерри Творек');

  // 2. Mouse selection, key 2.
  await selectWithMouse(page, 'Северный ветер', 0);
  await expect(page.getByRole('toolbar', { name: 'Tag selection as' })).toBeVisible();
  await page.keyboard.press('2');
  await expect(annotations).toHaveCount(2);

  // 3. Keyboard: arrow keys walk on from the annotation just tagged, or from a caret the editor puts in the text.
  await expect(annotations.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('toolbar', { name: 'Tag selection as' })).toBeVisible();
  expect(await (await articleDocument(page)).evaluate(() => getSelection()?.toString())).toBe('после');
  const titleStart = await fragmentEnds(page, 'Исследователь', 0);
  await page.mouse.click(titleStart.start.x + 2, titleStart.start.y);
  for (let word = 0; word < 7; word++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('3');
  await expect(annotations).toHaveCount(3);
  await expect(annotations.first()).toHaveAccessibleName('Place Сан-Франциско');

  // 4. A claim with an organisation nested inside, and 5. a person inside it, tagged after the claim.
  await selectWithMouse(page, 'Компания «Северный ветер» основана в 2015 году в Сан-Франциско');
  await page.keyboard.press('5');
  await selectWithMouse(page, 'Северный ветер', 1);
  await page.keyboard.press('2');
  // 6. A quote, guillemets included, with its speaker named after it.
  await selectWithMouse(page, '«Я хочу заниматься задачами, которые трудно решить в большой организации»');
  await page.getByRole('toolbar', { name: 'Tag selection as' }).getByRole('button', { name: 'Quote' }).click();
  await selectWithMouse(page, 'Творек', 2);
  await page.keyboard.press('1');
  await expect(annotations).toHaveCount(7);

  const expected = [
    'Place Сан-Франциско',
    'Person Джерри Творек',
    'Organization Северный ветер',
    'Quote «Я хочу заниматься задачами, которые трудно решить в большой организации»',
    'Person Творек · Джерри Творек',
    'Claim Компания «Северный ветер» основана в 2015 году в Сан-Франциско',
    'Organization Северный ветер',
  ];
  for (const [index, label] of expected.entries()) await expect(annotations.nth(index)).toHaveAccessibleName(label);

  // Overlapping and nested spans are all painted, each in its tag's highlight.
  const painted = await paintedHighlights(page);
  expect(painted['nr-tag-organization']).toEqual(['Северный ветер', 'Северный ветер']);
  expect(painted['nr-tag-claim']).toEqual(['Компания «Северный ветер» основана в 2015 году в Сан-Франциско']);
  expect(painted['nr-tag-person']).toEqual(['Джерри Творек', 'Творек']);

  // The Entities panel counts mentions, and choosing an entity walks through them.
  const entities = page.getByRole('list', { name: 'Entities' }).getByRole('button');
  await expect(entities).toHaveText([/Джерри Творек\s*2 mentions/, /Северный ветер\s*2 mentions/, /Сан-Франциско\s*1 mention/]);
  await entities.first().click();
  await expect(annotations.nth(1)).toHaveAttribute('aria-selected', 'true');
  await entities.first().click();
  await expect(annotations.nth(4)).toHaveAttribute('aria-selected', 'true');

  // Clicking a highlight focuses its list item; the innermost span wins where spans nest.
  const nested = await fragmentEnds(page, 'Северный ветер', 1);
  await page.mouse.click(nested.start.x + 10, nested.start.y);
  await expect(annotations.nth(6)).toHaveAttribute('aria-selected', 'true');

  // Retag with a number key, delete with Delete, then undo and redo all of it.
  await annotations.nth(4).click();
  await page.keyboard.press('3');
  await expect(annotations.nth(4)).toHaveAccessibleName('Place Творек');
  await page.keyboard.press('Delete');
  await expect(annotations).toHaveCount(6);
  await page.keyboard.press('Control+z');
  await expect(annotations).toHaveCount(7);
  await page.keyboard.press('Control+z');
  await expect(annotations.nth(4)).toHaveAccessibleName('Person Творек · Джерри Творек');
  await page.keyboard.press('Control+Shift+z');
  await expect(annotations.nth(4)).toHaveAccessibleName('Place Творек');
  await page.keyboard.press('Control+z');
  await expect(annotations.nth(4)).toHaveAccessibleName('Person Творек · Джерри Творек');

  // The picture of the app in the README comes from here: `npm run screenshot` refreshes it.
  await annotations.nth(5).click();
  await expect(page.getByRole('region', { name: 'Annotation details' }).getByRole('paragraph')).toHaveText(
    'Компания «Северный ветер» основана в 2015 году в Сан-Франциско',
  );
  await page.screenshot({
    path:
      process.env.UPDATE_README_SCREENSHOT && app.runtime === 'browser'
        ? README_SCREENSHOT
        : testInfo.outputPath('annotated.png'),
  });

  // Come back later: everything is still there, and the library counts it.
  await app.restart();
  await expect(articleFrame(app.page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const reloaded = app.page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
  await expect(reloaded).toHaveCount(7);
  for (const [index, label] of expected.entries()) await expect(reloaded.nth(index)).toHaveAccessibleName(label);
  await expect(app.page.getByRole('navigation', { name: 'Library' })).toContainText('Jan 9, 2026 · 7 annotations');

  // Export: the file validates against the shipped schema and every code point span equals its quote.
  const exported = JSON.parse(await app.exportAnnotations('This article')) as NativeAnnotationSet;
  expect(annotationSetSchemaErrors(exported)).toEqual([]);
  expect(exported.offsetUnit).toBe('codepoint');
  expect(exported.articles).toHaveLength(1);
  expect(exported.articles[0]?.title).toBe(TITLE);
  expect(exported.articles[0]?.date).toBe('2026-01-09');
  expect(exported.articles[0]?.annotations.map((annotation) => `${annotation.tag} ${annotation.quote}`)).toEqual(
    expected.map((label) => label.replace(/ · .*$/, '').replace(/^(\w+) /, (_, tag: string) => `${tag.toLowerCase()} `)),
  );
  // Names are linked to entities up to inflection; the place entity a retag brought in left again with its undo.
  expect(exported.entities.map((entity) => `${entity.tag} ${entity.name}`).sort()).toEqual(
    ['person Джерри Творек', 'organization Северный ветер', 'place Сан-Франциско'].sort(),
  );
  const entityIds = new Set(exported.entities.map((entity) => entity.id));
  const linked = exported.articles[0]?.annotations.filter((annotation) => annotation.entityId !== undefined) ?? [];
  expect(linked.map((annotation) => annotation.quote)).toEqual([
    'Сан-Франциско',
    'Джерри Творек',
    'Северный ветер',
    'Творек',
    'Северный ветер',
  ]);
  expect(linked.every((annotation) => entityIds.has(annotation.entityId ?? ''))).toBe(true);
  expect(mismatchedQuotes(exported)).toEqual([]);
});

test('the same text from a Windows file opens the same article, and bad files are reported together', async ({ app }) => {
  const { page } = app;
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await selectWithMouse(page, 'Джерри Творек', 1);
  await page.keyboard.press('1');

  await app.open(fixturePath('tworek-ru-bom-crlf.txt'), fixturePath('empty.txt'), fixturePath('binary.txt'));

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Some files could not be opened');
  await expect(alert).toContainText('empty.txt: the file is empty');
  await expect(alert).toContainText('binary.txt: this is not a text file');
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('button')).toHaveCount(1);
  await expect(page.getByRole('listbox', { name: 'Annotations' }).getByRole('option')).toHaveCount(1);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
});

/** What a drop of the fixture `name` carries, made in `context`: the window, or the article's frame. */
async function fileTransfer(context: Page | Frame, name: string): Promise<JSHandle<DataTransfer>> {
  const bytes = await readFile(fixturePath(name));
  return context.evaluateHandle(
    ([bytes, name]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/plain' }));
      return transfer;
    },
    [[...bytes], name] as const,
  );
}

test('files dropped on the window or on the article open, and the whole library exports at once', async ({ app }) => {
  const { page } = app;
  const dataTransfer = await fileTransfer(page, 'bridge-ru.txt');
  await page.dispatchEvent('nr-app', 'dragover', { dataTransfer });
  await page.dispatchEvent('nr-app', 'drop', { dataTransfer });
  await expect(
    articleFrame(page).getByRole('heading', { level: 1, name: 'Мэрия Казани обещает открыть новый мост к осени' }),
  ).toBeVisible();
  await selectWithMouse(page, 'Ильсур Метшин');
  await page.keyboard.press('1');
  await expect(page.getByRole('status', { name: 'Messages' }).or(page.locator('[aria-live="polite"]')).last()).toHaveText(
    '“Ильсур Метшин” — person',
  );

  // The article is read in a frame of its own: a file dropped on its text still reaches the app.
  const frame = await articleDocument(page);
  const droppedOnArticle = await fileTransfer(frame, 'tworek-ru.txt');
  await frame.dispatchEvent('article', 'dragover', { dataTransfer: droppedOnArticle });
  await frame.dispatchEvent('article', 'drop', { dataTransfer: droppedOnArticle });
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await selectWithMouse(page, '«Северный ветер»');
  await page.keyboard.press('2');

  const exported = JSON.parse(await app.exportAnnotations('All articles')) as NativeAnnotationSet;
  expect(annotationSetSchemaErrors(exported)).toEqual([]);
  expect(exported.articles.map((article) => article.title).sort()).toEqual(
    [TITLE, 'Мэрия Казани обещает открыть новый мост к осени'].sort(),
  );
  expect(exported.articles.flatMap((article) => article.annotations.map((annotation) => annotation.quote)).sort()).toEqual(
    ['Ильсур Метшин', '«Северный ветер»'].sort(),
  );
  expect(mismatchedQuotes(exported)).toEqual([]);
});

test('an article stays in the library after its file is deleted', async ({ app }, testInfo) => {
  const { page } = app;
  const copy = testInfo.outputPath('moved-away.txt');
  await mkdir(testInfo.outputPath(), { recursive: true });
  await copyFile(fixturePath('bridge-ru.txt'), copy);
  await app.open(copy);
  await expect(
    articleFrame(page).getByRole('heading', { level: 1, name: 'Мэрия Казани обещает открыть новый мост к осени' }),
  ).toBeVisible();
  // Tagged once the suggestions are there, which name the new entity in the nominative.
  await expect(page.getByRole('list', { name: 'Suggestions by kind' })).toBeVisible({ timeout: 20_000 });
  await selectWithMouse(page, 'Казанку');
  await page.keyboard.press('3');
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await rm(copy);

  await app.restart();
  await app.page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /Мэрия Казани/ })
    .click();
  await expect(
    articleFrame(app.page).getByRole('heading', { level: 1, name: 'Мэрия Казани обещает открыть новый мост к осени' }),
  ).toBeVisible();
  await expect(app.page.getByRole('listbox', { name: 'Annotations' }).getByRole('option')).toHaveAccessibleName(
    'Place Казанку · Казанка',
  );
});

test('far down a long article, a quote dragged across two paragraphs is tagged exactly', async ({ app }, testInfo) => {
  const { page } = app;
  const paragraphs = Array.from(
    { length: 120 },
    (_, index) =>
      `Абзац ${index + 1} начинается здесь. Середина абзаца номер ${index + 1} тянется дальше. Конец абзаца ${index + 1}.`,
  );
  const file = testInfo.outputPath('long-read.txt');
  await mkdir(testInfo.outputPath(), { recursive: true });
  await writeFile(file, `Длинный материал\n\n${paragraphs.join('\n\n')}\n`);
  await app.open(file);
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: 'Длинный материал' })).toBeVisible();

  // Paragraphs 59 and 60 lie far below the first screen, on either side of a boundary where the article is split
  // into parts laid out on demand; the editor finds them with Ctrl+F.
  await articleFrame(page).getByRole('article', { name: 'Article text' }).focus();
  await page.keyboard.press('Control+f');
  const search = page.getByRole('searchbox', { name: 'Search in article' });
  await search.fill('Конец абзаца 59.');
  await expect(page.getByRole('search', { name: 'Search in article' })).toContainText('1 of 1');
  await search.press('Escape');
  const { start } = await fragmentEnds(page, 'Конец абзаца 59.');
  const { end } = await fragmentEnds(page, 'Абзац 60 начинается');
  await drag(page, start, end);
  const palette = page.getByRole('toolbar', { name: 'Tag selection as' });
  await expect(palette).toBeVisible();
  // The palette stays just below the selected words while the editor scrolls the article.
  const paletteGap = async () => {
    const words = await fragmentEnds(page, 'Абзац 60 начинается');
    return ((await palette.boundingBox())?.y ?? Infinity) - words.end.y;
  };
  const gapBefore = await paletteGap();
  expect(gapBefore).toBeGreaterThan(0);
  expect(gapBefore).toBeLessThan(40);
  await page.mouse.wheel(0, 150);
  await expect.poll(async () => (await fragmentEnds(page, 'Абзац 60 начинается')).end.y).toBeLessThan(end.y - 100);
  await expect.poll(paletteGap).toBeCloseTo(gapBefore, 0);
  await page.keyboard.press('4');

  const annotations = page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
  await expect(annotations).toHaveCount(1);
  await expect(annotations.first()).toHaveAccessibleName('Quote Конец абзаца 59. Абзац 60 начинается');
  expect(await paintedHighlights(page)).toMatchObject({ 'nr-tag-quote': ['Конец абзаца 59.Абзац 60 начинается'] });

  // A triple click selects a whole paragraph, here the first of a part.
  await articleFrame(page).getByText('Середина абзаца номер 80').click({ clickCount: 3 });
  await page.keyboard.press('5');
  await expect(annotations).toHaveCount(2);
  await expect(annotations.nth(1)).toHaveAccessibleName(`Claim ${paragraphs[79]}`);

  // Annotations are painted near the screen only: back at the top the quote is not, and back at it, it is again.
  const quote = async () => (await paintedHighlights(page))['nr-tag-quote'];
  await articleFrame(page).getByRole('article', { name: 'Article text' }).focus();
  await page.keyboard.press('Control+Home');
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: 'Длинный материал' })).toBeInViewport();
  await expect.poll(quote).toBeUndefined();
  await annotations.first().click();
  await expect(articleFrame(page).getByRole('article', { name: 'Article text' }).getByText('Конец абзаца 59.')).toBeInViewport();
  await expect.poll(quote).toEqual(['Конец абзаца 59.Абзац 60 начинается']);
});

test('a text with no paragraph breaks reads as one paragraph, and words across its pieces are tagged exactly', async ({
  app,
}, testInfo) => {
  const { page } = app;
  // A transcript pasted without breaks: one paragraph of 60 sentences, which the app lays out in pieces.
  const sentences = Array.from(
    { length: 60 },
    (_, index) => `Фраза ${index + 1} стенограммы идёт без разрыва абзаца и тянется дальше.`,
  );
  const file = testInfo.outputPath('transcript.txt');
  await mkdir(testInfo.outputPath(), { recursive: true });
  await writeFile(file, `Стенограмма\n\n${sentences.join(' ')}\n`);
  await app.open(file);
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: 'Стенограмма' })).toBeVisible();

  // The pieces follow each other with no gap, each ending after a sentence.
  const pieces = articleFrame(page).getByRole('article', { name: 'Article text' }).locator('p');
  expect(await pieces.count()).toBeGreaterThan(2);
  const [first, second] = [await pieces.nth(0).boundingBox(), await pieces.nth(1).boundingBox()];
  expect((second?.y ?? 0) - ((first?.y ?? 0) + (first?.height ?? 0))).toBeCloseTo(0, 0);
  const firstPiece = (await pieces.first().textContent()) ?? '';
  expect(firstPiece).toMatch(/дальше\. $/);
  const lastSentence = firstPiece.split('Фраза ').length - 1;

  // Dragged from the first piece's last words into the second's first ones, and tagged.
  const { start } = await fragmentEnds(page, 'тянется дальше.', lastSentence - 1);
  const { end } = await fragmentEnds(page, `Фраза ${lastSentence + 1} стенограммы`);
  await drag(page, start, end);
  await page.keyboard.press('5');
  const quote = `тянется дальше. Фраза ${lastSentence + 1} стенограммы`;
  const annotations = page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
  await expect(annotations).toHaveCount(1);
  await expect(annotations.first()).toHaveAccessibleName(`Claim ${quote}`);
  expect(await paintedHighlights(page)).toMatchObject({ 'nr-tag-claim': [quote] });

  const exported = JSON.parse(await app.exportAnnotations('This article')) as NativeAnnotationSet;
  expect(exported.articles[0]?.annotations.map((annotation) => annotation.quote)).toEqual([quote]);
  expect(mismatchedQuotes(exported)).toEqual([]);
});

test('in a long list, a new annotation far down is shown in the list, selected', async ({ app }, testInfo) => {
  const { page } = app;
  const file = testInfo.outputPath('long-list.json');
  await mkdir(testInfo.outputPath(), { recursive: true });
  await writeFile(file, generateAnnotationSet(1, 600, 80_000, 'Длинный список'));
  await app.importFile(file);
  await page.getByRole('dialog', { name: 'Import long-list.json' }).getByRole('button', { name: 'Import' }).click();
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: 'Длинный список 1' })).toBeVisible();
  const options = page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-setsize', '600');

  // Words from the last paragraph: their annotation goes to the end of the list, far below the rows shown.
  const paragraph = articleFrame(page).getByRole('article', { name: 'Article text' }).locator('p').last();
  const words = ((await paragraph.textContent()) ?? '').split(' ').slice(4, 7).join(' ');
  // In the middle of the pane, as an editor reads it: a drag near the pane's edge would scroll it.
  await revealText(page, words);
  await selectWithMouse(page, words);
  await page.keyboard.press('3');

  const added = page.getByRole('listbox', { name: 'Annotations' }).getByRole('option', { selected: true });
  await expect(added).toHaveAccessibleName(`Place ${words}`);
  await expect(added).toBeInViewport();
  await expect(options.first()).toHaveAttribute('aria-setsize', '601');

  const list = page.getByRole('listbox', { name: 'Annotations' });
  // Rows drawn inside the side panel's scrolling box, where the editor can see them.
  const rowsOnScreen = () =>
    list.evaluate((element) => {
      const panel = (element.getRootNode() as ShadowRoot).host.parentElement;
      if (!panel) return 0;
      const shown = panel.getBoundingClientRect();
      return [...element.querySelectorAll('[role="option"]')].filter((option) => {
        const box = option.getBoundingClientRect();
        return box.bottom > shown.top && box.top < shown.bottom;
      }).length;
    });

  // Filtered straight after, with the panel still where the list scrolled it, the list shows what matches.
  const filter = page.getByRole('searchbox', { name: 'Filter by text' });
  await filter.fill(words);
  await expect(options).toHaveCount(1);
  await expect(added).toBeInViewport();
  await filter.fill('');
  await expect(options.first()).toHaveAttribute('aria-setsize', '601');
  await expect.poll(rowsOnScreen).toBeGreaterThan(3);

  // Scrolling the panel by the wheel shows the rows there: the list follows the panel's scrolling.
  const firstRow = list.getByRole('option').and(list.locator('[aria-posinset="1"]'));
  await expect(firstRow).toBeInViewport();
  const box = await firstRow.boundingBox();
  if (!box) throw new Error('The first row has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 6000);
  await expect(firstRow).not.toBeInViewport();
  await expect.poll(rowsOnScreen).toBeGreaterThan(3);

  // Scrolled on to the end, the list keeps only the rows near the screen: nothing is left behind by the rows it
  // took away (lit-html 3.3.1–3.3.3 left a comment node per row, and scrolling slowed down as they piled up).
  const drawn = () =>
    list.evaluate((element) => ({ nodes: element.childNodes.length, rows: element.querySelectorAll('[role="option"]').length }));
  for (let step = 0; step < 20; step++) {
    await page.mouse.wheel(0, 2000);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  await expect(list.locator('[aria-posinset="601"]')).toBeInViewport();
  const { nodes, rows } = await drawn();
  expect(rows).toBeLessThan(100);
  expect(nodes).toBeLessThan(3 * rows + 10);

  // Typed into the filter box while the wheel has scrolled the panel far down, the shorter list is drawn.
  await filter.focus();
  await page.mouse.wheel(0, 20_000);
  await expect(filter).not.toBeInViewport();
  await page.keyboard.insertText(words);
  await expect(options).toHaveCount(1);
  await expect(added).toBeInViewport();
  await filter.fill('');

  // Deleting the last annotation with the list scrolled to its end leaves the rows before it on screen.
  await list.getByRole('option').nth(2).click();
  await page.keyboard.press('End');
  const lastRow = list.getByRole('option', { selected: true });
  await expect(lastRow).toHaveAttribute('aria-posinset', '601');
  await expect(lastRow).toBeInViewport();
  await page.keyboard.press('Delete');
  await expect(options.first()).toHaveAttribute('aria-setsize', '600');
  await expect(list.locator('[aria-posinset="600"]')).toBeInViewport();
  await expect.poll(rowsOnScreen).toBeGreaterThan(3);

  // Another article opened with the list scrolled far down shows its own, shorter list.
  const shortFile = testInfo.outputPath('short-list.json');
  await writeFile(shortFile, generateAnnotationSet(1, 20, 3_000, 'Короткий список'));
  await app.importFile(shortFile);
  await page.getByRole('dialog', { name: 'Import short-list.json' }).getByRole('button', { name: 'Import' }).click();
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /^Короткий список 1/ })
    .click();
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: 'Короткий список 1' })).toBeVisible();
  await expect(options.first()).toHaveAttribute('aria-setsize', '20');
  await expect.poll(rowsOnScreen).toBeGreaterThan(3);
});
