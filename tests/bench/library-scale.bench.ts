// A newsroom's year in the library (issue 17): 5,000 articles of 100 annotations each and 2,000 shared entities.
// After a reload: the library listed, the last article painted, the Entities view, and a tag's count updated.
import { mkdir, writeFile } from 'node:fs/promises';
import { test } from '@playwright/test';
import { median } from './bench-page';
import type { ScaleRun } from './library-scale-run';
import { fillLibrary, measureScale } from './library-scale-run';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SCALE = {
  articles: Number(process.env.BENCH_SCALE_ARTICLES ?? 5000),
  annotationsPerArticle: Number(process.env.BENCH_SCALE_ANNOTATIONS_PER_ARTICLE ?? 100),
  entities: Number(process.env.BENCH_SCALE_ENTITIES ?? 2000),
};

const ms = (value: number | null): string => (value === null ? '> 120 s' : `${Math.round(value)} ms`);

test('a newsroom’s year: 5,000 articles, 500,000 annotations, 2,000 entities', async ({ page }, testInfo) => {
  test.setTimeout(60 * 60_000);
  const fillStart = Date.now();
  const { firstArticleId, firstTitle } = await fillLibrary(page, SCALE);
  const fillSeconds = (Date.now() - fillStart) / 1000;
  const runs: ScaleRun[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await measureScale(page, SCALE, firstArticleId, firstTitle));
  const of = (figure: (run: ScaleRun) => number | null): number | null => {
    const values = runs.map(figure);
    return values.some((value) => value === null) ? null : median(values as number[]);
  };
  const rawList = of((run) => run.rawListMs) ?? 0;
  const rawArticle = of((run) => run.rawArticleMs) ?? 0;
  const reloadedRawList = of((run) => run.reloadedRawListMs) ?? 0;
  const reloadedRawArticle = of((run) => run.reloadedRawArticleMs) ?? 0;
  const listed = of((run) => run.listedMs) ?? 0;
  const articleShown = of((run) => run.articleShownMs) ?? 0;
  const times = (figure: number, raw: number, reloadedRaw: number): string =>
    `${(figure / raw).toFixed(1)} / ${(figure / reloadedRaw).toFixed(1)}`;
  const rows: [string, string, string][] = [
    ['raw: getAll of the articles', ms(rawList), ''],
    ['raw: one article’s annotations by index', ms(rawArticle), ''],
    ['raw, reloaded: list and counts read', ms(reloadedRawList), ''],
    ['raw, reloaded: last article read', ms(reloadedRawArticle), ''],
    ['reload: the window drawn, library not read', ms(of((run) => run.windowShownMs)), ''],
    ['reload: the library list shown', ms(listed), times(listed, rawList, reloadedRawList)],
    ['reload: the whole list read (title search)', ms(of((run) => run.wholeListMs)), ''],
    ['reload: the last article painted', ms(articleShown), times(articleShown, rawArticle, reloadedRawArticle)],
    ['reload: the article in the window, editable', ms(of((run) => run.windowArticleShownMs)), ''],
    ['Entities view shown', ms(of((run) => run.entitiesShownMs)), ''],
    ['Entities view: longest frame gap', ms(of((run) => run.entitiesLongestFrameGapMs)), ''],
    ['an entity’s articles listed', ms(of((run) => run.entityArticlesListedMs)), ''],
    ['full-text search, first after the reload', ms(of((run) => run.firstTextSearchMs)), ''],
    ['full-text search', ms(of((run) => run.textSearchMs)), ''],
    ['tag: the library’s count updated', ms(of((run) => run.countUpdatedMs)), ''],
    ['memory: JS heap after GC', `${Math.round((of((run) => run.heapBytes) ?? 0) / 1024 / 1024)} MB`, ''],
  ];
  const annotations = SCALE.articles * SCALE.annotationsPerArticle;
  console.log(
    `\nA newsroom's year: ${SCALE.articles} articles, ${annotations.toLocaleString('en')} annotations, ${SCALE.entities} entities (filled in ${fillSeconds.toFixed(0)} s; median of ${RUNS} reloads)`,
  );
  console.log('case                                        figure      × raw / × raw reloaded');
  for (const [name, figure, ratio] of rows) console.log(`${name.padEnd(44)}${figure.padEnd(12)}${ratio}`);
  const path = testInfo.outputPath('library-scale.json');
  await mkdir(testInfo.outputDir, { recursive: true });
  await writeFile(path, JSON.stringify({ scale: SCALE, runs }, null, 2));
  console.log(`Written to ${path}`);
});
