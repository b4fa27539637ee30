// A long investigation carrying ten thousand annotations: opening it, tagging, scrolling, the annotation list,
// memory, export and import, each beside the raw platform doing the same work (issue: long reads).
import { mkdir, writeFile } from 'node:fs/promises';
import { test } from '@playwright/test';
import { median } from './bench-page';
import type { Run } from './long-article-run';
import { frameStats, librarySet, measureRun } from './long-article-run';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MB = 1024 * 1024;
const SIZE = {
  bytes: Number(process.env.BENCH_SIZE_MB ?? 1) * MB,
  annotations: Number(process.env.BENCH_ANNOTATIONS ?? 10_000),
  tags: 5,
};

test('long article: 1 MB with 10,000 annotations', async ({ page }, testInfo) => {
  test.setTimeout(30 * 60_000);
  const json = librarySet(SIZE);
  const runs: Run[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await measureRun(page, json, SIZE));

  const med = (pick: (run: Run) => number) => median(runs.map(pick));
  const articleFrames = runs.map((run) => frameStats(run.articleScroll));
  const rawFrames = runs.map((run) => frameStats(run.rawScroll));
  const listFrames = runs.map((run) => frameStats(run.listScroll));
  const framesFigure = (stats: readonly { p50: number; p95: number; longest: number }[]) =>
    `${median(stats.map((f) => f.p50)).toFixed(0)} / ${median(stats.map((f) => f.p95)).toFixed(0)} / ${median(stats.map((f) => f.longest)).toFixed(0)} ms`;
  const rows: [string, string, string, string][] = [
    ['raw: <p> + 10,000 ranges in CSS.highlights', `${med((r) => r.rawOpenMs).toFixed(0)} ms`, '1.0', ''],
    [
      'open: click to every highlight on screen painted',
      `${med((r) => r.openMs).toFixed(0)} ms`,
      (med((r) => r.openMs) / med((r) => r.rawOpenMs)).toFixed(1),
      `longest frame gap ${med((r) => r.openGapMs).toFixed(0)} ms`,
    ],
    [
      'tag: key to highlight painted',
      `${median(runs.flatMap((r) => r.tagPaintMs)).toFixed(0)} ms`,
      '',
      `longest frame gap ${median(runs.flatMap((r) => r.tagGapMs)).toFixed(0)} ms`,
    ],
    ['tag: key to committed in IndexedDB', `${median(runs.flatMap((r) => r.tagCommitMs)).toFixed(0)} ms`, '', ''],
    ['raw: scroll <p> + ranges: frame p50/p95/max', framesFigure(rawFrames), '1.0', ''],
    [
      'scroll the article: frame p50/p95/max',
      framesFigure(articleFrames),
      (median(articleFrames.map((f) => f.p95)) / median(rawFrames.map((f) => f.p95))).toFixed(1),
      'ratio of p95',
    ],
    ['list: filter 10,000 rows', `${med((r) => r.filterMs).toFixed(0)} ms`, '', ''],
    ['list: show all 10,000 rows again', `${med((r) => r.showAllMs).toFixed(0)} ms`, '', ''],
    ['list: scroll, frame p50/p95/max', framesFigure(listFrames), '', ''],
    ['memory: JS heap with the article open', `${(med((r) => r.heapBytes) / MB).toFixed(0)} MB`, '', ''],
    ['raw: 10,000 records put in one transaction', `${med((r) => r.rawPutMs).toFixed(0)} ms`, '1.0', ''],
    [
      'import the article (read, check, write)',
      `${med((r) => r.importReadMs + r.importWriteMs).toFixed(0)} ms`,
      (med((r) => r.importReadMs + r.importWriteMs) / med((r) => r.rawPutMs)).toFixed(1),
      `read and check ${med((r) => r.importReadMs).toFixed(0)} ms, write ${med((r) => r.importWriteMs).toFixed(0)} ms`,
    ],
    ['export the library as native JSON', `${med((r) => r.exportMs).toFixed(0)} ms`, '', ''],
  ];
  console.log(
    `\nLong article: ${(SIZE.bytes / MB).toFixed(0)} MB, ${SIZE.annotations.toLocaleString('en')} annotations (median of ${RUNS} runs; Chromium ${page.context().browser()?.version() ?? ''})`,
  );
  console.log(`${'case'.padEnd(52)}${'figure'.padEnd(20)}${'× raw'.padEnd(8)}`);
  for (const [name, figure, ratio, note] of rows) console.log(`${name.padEnd(52)}${figure.padEnd(20)}${ratio.padEnd(8)}${note}`);
  const output = testInfo.outputPath('long-article.json');
  await mkdir(testInfo.outputDir, { recursive: true });
  await writeFile(
    output,
    JSON.stringify(
      {
        runs: RUNS,
        articleBytes: SIZE.bytes,
        annotations: SIZE.annotations,
        rows,
        raw: runs.map(({ articleScroll, listScroll, rawScroll, ...rest }) => ({
          ...rest,
          articleScroll: frameStats(articleScroll),
          listScroll: frameStats(listScroll),
          rawScroll: frameStats(rawScroll),
        })),
      },
      null,
      2,
    ),
  );
  console.log(`Written to ${output}`);
});
