// Imports one generated native file after another into the same library, through the window as an editor does
// (drop, read the counts, Import), and times each.
import type { Page } from '@playwright/test';
import { generateAnnotationSet } from './generate-annotation-set';
import { runStep, serveBenchFile, startWithEmptyLibrary } from './transfer-bench';

export interface ImportInTurn {
  readMs: number;
  writeMs: number;
  totalMs: number;
  /** The longest pause between frames while the file was read and checked, and while it was written. */
  readFrameGapMs: number;
  writeFrameGapMs: number;
}

/** Imports `files` files of new articles, each with its annotations, into one library that starts empty. */
export async function importInTurn(
  page: Page,
  files: number,
  articlesPerFile: number,
  annotationsPerArticle: number,
): Promise<ImportInTurn[]> {
  const imports: ImportInTurn[] = [];
  for (let file = 1; file <= files; file++) {
    // Other titles make other texts, so every file brings articles of its own.
    const json = generateAnnotationSet(articlesPerFile, annotationsPerArticle, undefined, `Файл ${file}, статья`);
    if (file === 1) await startWithEmptyLibrary(page, json);
    else {
      await page.unrouteAll();
      await serveBenchFile(page, json);
    }
    const name = `year-${file}.json`;
    const read = await runStep(page, 'drop-import', name);
    const written = await runStep(page, 'confirm-import', name);
    imports.push({
      readMs: read.ms,
      writeMs: written.ms,
      totalMs: read.ms + written.ms,
      readFrameGapMs: read.longestFrameGapMs,
      writeFrameGapMs: written.longestFrameGapMs,
    });
  }
  return imports;
}
