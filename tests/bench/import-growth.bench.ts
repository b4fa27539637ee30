// Importing a newsroom's year in five files (issue 17): each further 100,000 annotations is to take no longer than
// the first (± 20 %), with every frame under 50 ms, however large the library has grown.
import { mkdir, writeFile } from 'node:fs/promises';
import { test } from '@playwright/test';
import { importInTurn } from './import-growth-run';

const FILES = Number(process.env.BENCH_IMPORT_FILES ?? 5);
const ARTICLES_PER_FILE = Number(process.env.BENCH_IMPORT_ARTICLES ?? 1000);
const ANNOTATIONS_PER_ARTICLE = Number(process.env.BENCH_IMPORT_ANNOTATIONS_PER_ARTICLE ?? 100);

test('a newsroom’s year imported in five files of 100,000 annotations', async ({ page }, testInfo) => {
  test.setTimeout(60 * 60_000);
  const imports = await importInTurn(page, FILES, ARTICLES_PER_FILE, ANNOTATIONS_PER_ARTICLE);
  const perFile = (ARTICLES_PER_FILE * ANNOTATIONS_PER_ARTICLE).toLocaleString('en');
  console.log(`\nImporting ${FILES} files of ${ARTICLES_PER_FILE} articles and ${perFile} annotations, one after another`);
  console.log('file   read and check   write        total        × first   longest frame gap: reading / writing');
  const first = imports[0]?.totalMs ?? 1;
  imports.forEach((step, index) => {
    console.log(
      `${String(index + 1).padEnd(7)}${`${Math.round(step.readMs)} ms`.padEnd(17)}${`${Math.round(step.writeMs)} ms`.padEnd(13)}${`${Math.round(step.totalMs)} ms`.padEnd(13)}${(step.totalMs / first).toFixed(2).padEnd(10)}${Math.round(step.readFrameGapMs)} / ${Math.round(step.writeFrameGapMs)} ms`,
    );
  });
  const output = testInfo.outputPath('import-growth.json');
  await mkdir(testInfo.outputDir, { recursive: true });
  await writeFile(output, JSON.stringify({ files: FILES, articlesPerFile: ARTICLES_PER_FILE, imports }, null, 2));
  console.log(`Written to ${output}`);
});
