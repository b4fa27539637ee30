// How long each format takes to open, and whether the window keeps painting meanwhile (issue: open every article).
import { mkdir, writeFile } from 'node:fs/promises';
import { test } from '@playwright/test';
import { median, openByDrop, rawOpen } from './bench-page';
import type { GeneratedArticle } from './generate-articles';
import { asDocx, asHtml, asMarkdown, asOneParagraph, asText, generateArticle } from './generate-articles';

const MB = 1024 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZE = Number(process.env.BENCH_SIZE_MB ?? 1) * MB;

const FORMATS = {
  txt: (article: GeneratedArticle) => Promise.resolve(new TextEncoder().encode(asText(article))),
  md: (article: GeneratedArticle) => Promise.resolve(new TextEncoder().encode(asMarkdown(article))),
  html: (article: GeneratedArticle) => Promise.resolve(new TextEncoder().encode(asHtml(article))),
  docx: async (article: GeneratedArticle) => new Uint8Array(await asDocx(article)),
} as const;

test('open: each format at 1 MB, a text in one paragraph, and painting while a 5 MB text and a 2 MB Word file open', async ({
  page,
}, testInfo) => {
  test.setTimeout(20 * 60_000);
  await page.goto('/');
  const rows: { case: string; bytes: number; medianMs: number; longestFrameGapMs: number | null; ratioToRaw: number | null }[] =
    [];

  const rawTimes: number[] = [];
  for (let run = 0; run < RUNS; run++)
    rawTimes.push(await rawOpen(page, await FORMATS.txt(generateArticle(SIZE, `Сырой ${run}`))));
  const raw = median(rawTimes);
  rows.push({ case: 'raw: decode + <p> elements', bytes: SIZE, medianMs: raw, longestFrameGapMs: null, ratioToRaw: 1 });

  for (const [formatIndex, [format, encode]] of Object.entries(FORMATS).entries()) {
    const times: number[] = [];
    const gaps: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      // A text of its own every run and format makes a new story, so every run opens rather than reopens (or is asked
      // whether it is a new version of the same text under another headline).
      const title = `Статья ${format} ${run}`;
      const data = await encode(generateArticle(SIZE, title, 1 + run + 100 * formatIndex));
      bytes = data.byteLength;
      const measured = await openByDrop(page, `bench-${format}-${run}.${format}`, data, title);
      times.push(measured.openMs);
      gaps.push(measured.longestFrameGapMs);
    }
    rows.push({
      case: `${format}, 1 MB article`,
      bytes,
      medianMs: median(times),
      longestFrameGapMs: median(gaps),
      ratioToRaw: median(times) / raw,
    });
  }

  // A text with no paragraph breaks is laid out as one block, which parts off screen cannot spare the browser.
  for (const [label, bytes, runs] of [
    ['txt, 256 kB in one paragraph', MB / 4, RUNS],
    ['txt, 1 MB in one paragraph', MB, 1],
  ] as const) {
    const times: number[] = [];
    const gaps: number[] = [];
    const rawTimes: number[] = [];
    let size = 0;
    for (let run = 0; run < runs; run++) {
      const title = `Сплошной текст ${bytes} ${run}`;
      const data = new TextEncoder().encode(asOneParagraph(generateArticle(bytes, title, run + 1)));
      size = data.byteLength;
      rawTimes.push(await rawOpen(page, data));
      const measured = await openByDrop(page, `one-paragraph-${bytes}-${run}.txt`, data, title);
      times.push(measured.openMs);
      gaps.push(measured.longestFrameGapMs);
    }
    rows.push({
      case: label,
      bytes: size,
      medianMs: median(times),
      longestFrameGapMs: median(gaps),
      ratioToRaw: median(times) / median(rawTimes),
    });
  }

  const bigText = await FORMATS.txt(generateArticle(5 * MB, 'Большой текст'));
  const big = await openByDrop(page, 'big.txt', bigText, 'Большой текст');
  rows.push({
    case: 'txt, 5 MB',
    bytes: bigText.byteLength,
    medianMs: big.openMs,
    longestFrameGapMs: big.longestFrameGapMs,
    ratioToRaw: null,
  });
  // Text compresses inside a .docx; grow the text until the file itself reaches 2 MB.
  let textBytes = 3 * MB;
  let docx = await FORMATS.docx(generateArticle(textBytes, 'Большой документ', 7));
  while (docx.byteLength < 2 * MB) {
    textBytes *= ((2 * MB) / docx.byteLength) * 1.05;
    docx = await FORMATS.docx(generateArticle(textBytes, 'Большой документ', 7));
  }
  const bigDocx = await openByDrop(page, 'big.docx', docx, 'Большой документ');
  rows.push({
    case: 'docx, 2 MB file',
    bytes: docx.byteLength,
    medianMs: bigDocx.openMs,
    longestFrameGapMs: bigDocx.longestFrameGapMs,
    ratioToRaw: null,
  });

  console.log(`\nOpening articles (median of ${RUNS} runs; Chromium ${page.context().browser()?.version() ?? ''})`);
  console.log('case                          size      open        longest frame gap   × raw');
  for (const row of rows) {
    console.log(
      `${row.case.padEnd(30)}${`${(row.bytes / MB).toFixed(1)} MB`.padEnd(10)}${`${row.medianMs.toFixed(0)} ms`.padEnd(12)}${(row.longestFrameGapMs === null ? '—' : `${row.longestFrameGapMs.toFixed(0)} ms`).padEnd(20)}${row.ratioToRaw === null ? '' : row.ratioToRaw.toFixed(1)}`,
    );
  }
  const output = testInfo.outputPath('open-formats.json');
  await mkdir(testInfo.outputDir, { recursive: true });
  await writeFile(output, JSON.stringify({ runs: RUNS, rows }, null, 2));
  console.log(`Written to ${output}`);
});
