// How long importing and exporting a large library takes, and whether the window keeps painting meanwhile
// (issue: exports other tools read, imports that lose nothing).
import { mkdir, writeFile } from 'node:fs/promises';
import { test } from '@playwright/test';
import { generateAnnotationSet } from './generate-annotation-set';
import { median } from './bench-page';
import { rawTransfer, runStep, startWithEmptyLibrary } from './transfer-bench';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100);
const ANNOTATIONS_PER_ARTICLE = Number(process.env.BENCH_ANNOTATIONS_PER_ARTICLE ?? 1000);
const EXPORT_FORMATS = ['native', 'w3c', 'jsonl', 'csv'] as const;

test('import and export: 100 articles with 100,000 annotations', async ({ page, context }, testInfo) => {
  test.setTimeout(30 * 60_000);
  const json = generateAnnotationSet(ARTICLES, ANNOTATIONS_PER_ARTICLE);
  const rows: { case: string; medianMs: number; longestFrameGapMs: number | null; ratioToRaw: number | null }[] = [];
  const record = (name: string, measured: { ms: number; longestFrameGapMs: number }[], raw: number | null = null) =>
    rows.push({
      case: name,
      medianMs: median(measured.map((m) => m.ms)),
      longestFrameGapMs: median(measured.map((m) => m.longestFrameGapMs)),
      ratioToRaw: raw === null ? null : median(measured.map((m) => m.ms)) / raw,
    });
  const raws: { putMs: number; readAndStringifyMs: number }[] = [];

  const reading: { ms: number; longestFrameGapMs: number }[] = [];
  const writing: { ms: number; longestFrameGapMs: number }[] = [];
  const exports = new Map<string, { ms: number; longestFrameGapMs: number }[]>(EXPORT_FORMATS.map((format) => [format, []]));
  for (let run = 0; run < RUNS; run++) {
    // A fresh, empty library each run: every annotation is new, the costliest import.
    await startWithEmptyLibrary(page, json);
    raws.push(await rawTransfer(page));
    reading.push(await runStep(page, 'drop-import', 'library.json'));
    writing.push(await runStep(page, 'confirm-import', 'library.json'));
    for (const format of EXPORT_FORMATS) {
      const download = page.waitForEvent('download');
      exports.get(format)?.push(await runStep(page, 'export-all', '', format));
      await (await download).delete();
    }
  }
  const rawPut = median(raws.map((raw) => raw.putMs));
  const rawRead = median(raws.map((raw) => raw.readAndStringifyMs));
  rows.push({ case: 'raw: IndexedDB put, one transaction', medianMs: rawPut, longestFrameGapMs: null, ratioToRaw: 1 });
  rows.push({ case: 'raw: IndexedDB getAll + JSON', medianMs: rawRead, longestFrameGapMs: null, ratioToRaw: 1 });
  record('import: read and check, counts shown', reading);
  record('import: write to IndexedDB', writing, rawPut);
  const totals = reading.map((measured, index) => ({
    ms: measured.ms + (writing[index]?.ms ?? 0),
    longestFrameGapMs: Math.max(measured.longestFrameGapMs, writing[index]?.longestFrameGapMs ?? 0),
  }));
  record('import: total', totals, rawPut);
  for (const [format, measured] of exports) record(`export all: ${format}`, measured, rawRead);
  await context.close();

  const annotations = ARTICLES * ANNOTATIONS_PER_ARTICLE;
  console.log(
    `\nImport and export: ${ARTICLES} articles, ${annotations.toLocaleString('en')} annotations, ${(json.length / 1024 / 1024).toFixed(0)} MB native file (median of ${RUNS} runs)`,
  );
  console.log('case                                      time        longest frame gap   × raw');
  for (const row of rows) {
    const gap = row.longestFrameGapMs === null ? '—' : `${row.longestFrameGapMs.toFixed(0)} ms`;
    const ratio = row.ratioToRaw === null ? '' : row.ratioToRaw.toFixed(1);
    console.log(`${row.case.padEnd(42)}${`${row.medianMs.toFixed(0)} ms`.padEnd(12)}${gap.padEnd(20)}${ratio}`);
  }
  const output = testInfo.outputPath('import-export.json');
  await mkdir(testInfo.outputDir, { recursive: true });
  await writeFile(output, JSON.stringify({ runs: RUNS, articles: ARTICLES, annotations, rows }, null, 2));
  console.log(`Written to ${output}`);
});
