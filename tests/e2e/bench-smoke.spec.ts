// Runs the benchmark's own measuring code once at a small size, so `npm run bench` cannot rot unnoticed.
import { openByDrop, rawOpen } from '../bench/bench-page';
import { asDocx, asHtml, asMarkdown, asOneParagraph, asText, generateArticle } from '../bench/generate-articles';
import { generateAnnotationSet } from '../bench/generate-annotation-set';
import { frameStats, librarySet, measureRun } from '../bench/long-article-run';
import { fillLibrary, measureScale } from '../bench/library-scale-run';
import { importInTurn } from '../bench/import-growth-run';
import { rawTransfer, runStep, serveBenchFile } from '../bench/transfer-bench';
import { editStory, openAsNewVersion } from '../bench/story-versions-run';
import { expect, test } from './app-fixture';

test('the open benchmark measures every format on a small article', async ({ app }) => {
  // A text of its own for each form: the same text under another headline would be one story, and asked about.
  const article = generateArticle(20_000, 'Маленькая статья');
  const another = (title: string, seed: number) => generateArticle(20_000, title, seed);
  expect(await rawOpen(app.page, new TextEncoder().encode(asText(article)))).toBeGreaterThan(0);
  const forms: [string, Uint8Array][] = [
    ['small.txt', new TextEncoder().encode(asText(article))],
    ['small.md', new TextEncoder().encode(asMarkdown(another('Маленькая статья md', 2)))],
    ['small.html', new TextEncoder().encode(asHtml(another('Маленькая статья html', 3)))],
    ['small.docx', new Uint8Array(await asDocx(another('Маленькая статья docx', 4)))],
  ];
  for (const [fileName, bytes] of forms) {
    const title = fileName.endsWith('.txt') ? 'Маленькая статья' : `Маленькая статья ${fileName.split('.')[1] ?? ''}`;
    const measured = await openByDrop(app.page, fileName, bytes, title);
    expect(measured.openMs).toBeGreaterThan(0);
    expect(measured.longestFrameGapMs).toBeGreaterThanOrEqual(0);
  }
  const oneParagraph = await openByDrop(
    app.page,
    'small-one-paragraph.txt',
    new TextEncoder().encode(asOneParagraph(another('Маленькая сплошная статья', 5))),
    'Маленькая сплошная статья',
  );
  expect(oneParagraph.openMs).toBeGreaterThan(0);
  await expect(app.page.getByRole('list', { name: 'Articles' }).getByRole('button')).toHaveCount(5);
});

test('the import and export benchmark measures a small library', async ({ app }, testInfo) => {
  testInfo.skip(
    app.runtime !== 'browser',
    'Skipped: the benchmark exports through downloads, which only the browser build makes',
  );
  await serveBenchFile(app.page, generateAnnotationSet(3, 20));
  const raw = await rawTransfer(app.page);
  expect(raw.putMs).toBeGreaterThan(0);
  expect(raw.readAndStringifyMs).toBeGreaterThan(0);
  const read = await runStep(app.page, 'drop-import', 'small-library.json');
  expect(read.ms).toBeGreaterThan(0);
  const written = await runStep(app.page, 'confirm-import', 'small-library.json');
  expect(written.longestFrameGapMs).toBeGreaterThanOrEqual(0);
  await expect(app.page.getByRole('list', { name: 'Articles' }).getByRole('button')).toHaveCount(3);
  const exported = JSON.parse(
    await app.captureSave(async () => {
      await runStep(app.page, 'export-all', '', 'native');
    }),
  ) as { articles: { annotations: unknown[] }[] };
  expect(exported.articles.map((article) => article.annotations.length)).toEqual([20, 20, 20]);
});

test('the long-article benchmark measures a small article with its annotations', async ({ app }, testInfo) => {
  testInfo.skip(
    app.runtime !== 'browser',
    'Skipped: the benchmark exports through downloads, which only the browser build makes',
  );
  const size = { bytes: 30_000, annotations: 300, tags: 1 };
  const run = await measureRun(app.page, librarySet(size), size);
  for (const figure of [
    run.rawOpenMs,
    run.rawPutMs,
    run.importReadMs,
    run.importWriteMs,
    run.openMs,
    run.filterMs,
    run.showAllMs,
    run.exportMs,
  ]) {
    expect(figure).toBeGreaterThan(0);
  }
  expect(run.tagPaintMs).toHaveLength(1);
  expect(run.tagCommitMs[0]).toBeGreaterThanOrEqual(run.tagPaintMs[0] ?? Infinity);
  expect(frameStats(run.articleScroll).longest).toBeGreaterThan(0);
  expect(run.heapBytes).toBeGreaterThan(1024 * 1024);
  await expect(app.page.getByRole('list', { name: 'Articles' }).getByRole('button')).toHaveCount(2);
});

test('the library-at-scale benchmark measures a small library', async ({ app }, testInfo) => {
  testInfo.skip(app.runtime !== 'browser', 'Skipped: the benchmark fills the library through the browser build’s page');
  const scale = { articles: 30, annotationsPerArticle: 10, entities: 12 };
  const { firstArticleId, firstTitle } = await fillLibrary(app.page, scale);
  const run = await measureScale(app.page, scale, firstArticleId, firstTitle);
  for (const figure of [
    run.rawListMs,
    run.listedMs,
    run.articleShownMs,
    run.countUpdatedMs,
    run.entitiesShownMs,
    run.entityArticlesListedMs,
  ]) {
    expect(figure).toBeGreaterThan(0);
  }
  expect(run.heapBytes).toBeGreaterThan(1024 * 1024);
  const library = app.page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByRole('status')).toHaveText('30 articles');
  expect(run.entityArticleCount).toBeGreaterThan(0);
  // Every generated article has the words searched for.
  expect(run.textSearchTotal).toBe(30);
  await expect(
    app.page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: new RegExp(firstTitle) }),
  ).toContainText('11 annotations');
});

test('the import-growth benchmark imports files one after another into one library', async ({ app }, testInfo) => {
  testInfo.skip(app.runtime !== 'browser', 'Skipped: the benchmark fetches its files through the browser build’s page');
  const imports = await importInTurn(app.page, 2, 3, 10);
  expect(imports).toHaveLength(2);
  for (const step of imports) expect(step.totalMs).toBeGreaterThan(0);
  await expect(app.page.getByRole('navigation', { name: 'Library' }).getByRole('status')).toHaveText('6 articles');
  await expect(app.page.getByRole('status', { name: 'Messages' })).toContainText('Imported year-2.json');
});

test('the versions benchmark opens an edited story as its new version', async ({ app }, testInfo) => {
  testInfo.skip(app.runtime !== 'browser', 'Skipped: the benchmark fetches its file through the browser build’s page');
  const json = generateAnnotationSet(1, 40, 6000, 'Короткая история');
  const article = (JSON.parse(json) as { articles: { text: string; source: { fileName: string } }[] }).articles[0];
  if (!article) throw new Error('The generated set has no article');
  await serveBenchFile(app.page, json);
  await runStep(app.page, 'drop-import', 'story.json');
  await runStep(app.page, 'confirm-import', 'story.json');
  const edited = editStory(article.text, { typoEvery: 4, inserted: 1, deleted: 1, swapped: 1 });
  expect(edited).not.toBe(article.text);
  const measured = await openAsNewVersion(app.page, article.source.fileName, edited);
  expect(measured.ms).toBeGreaterThan(0);
  expect(measured.status).toMatch(/^Opened version 2 of Короткая история 1: \d+ annotations carried over/);
  await expect(app.page.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).toHaveCount(1);
});
