// One run of the long-article benchmark: a fresh library, the article imported, then every measurement in turn.
import type { Page } from '@playwright/test';
import { articleDocument, selectWithMouse } from '../e2e/article-text';
import { longestGap } from './frame-recorder';
import { generateAnnotationSet } from './generate-annotation-set';
import type { Timed } from './long-article-steps';
import {
  armTagWatch,
  filterList,
  heapAfterCollection,
  openFromLibrary,
  rawOpenWithHighlights,
  revealText,
  scrollThrough,
  tagLatency,
} from './long-article-steps';
import { rawTransfer, runStep, startWithEmptyLibrary } from './transfer-bench';

export const LONG_TITLE = 'Длинное расследование 1';
/** Pixels scrolled a frame: a quick flick through the article, every frame painted. */
const SCROLL_STEP = 600;
const SHORT_TITLE = 'Короткая заметка 1';

export interface LongArticleSize {
  bytes: number;
  annotations: number;
  /** How many new annotations a run tags, each timed. */
  tags: number;
}

/** Frame intervals: their median, 95th percentile and longest. */
export function frameStats(frames: readonly number[]): { p50: number; p95: number; longest: number } {
  const intervals = frames.slice(1).map((time, index) => time - (frames[index] ?? time));
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), longest: sorted.at(-1) ?? 0 };
}

/** A library of one short note (shown first after the import) and the long article, as one native file. */
export function librarySet(size: LongArticleSize): string {
  const short = JSON.parse(generateAnnotationSet(1, 5, 2000, 'Короткая заметка')) as { articles: unknown[] };
  const long = JSON.parse(generateAnnotationSet(1, size.annotations, size.bytes, 'Длинное расследование')) as {
    articles: unknown[];
  };
  return JSON.stringify({ ...long, articles: [...short.articles, ...long.articles] });
}

/**
 * Waits until the short note's suggestions are in their bar (or failed), as the window is a moment after a start:
 * the first article shown loads the dictionary in the suggestions' worker, which would share the machine's two cores
 * with the opening measured next.
 */
export async function suggestionsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const bar = () => document.querySelector('nr-app')?.shadowRoot?.querySelector('nr-suggestions')?.shadowRoot;
    await new Promise<void>((resolve) => {
      const check = () => {
        const shown = bar();
        if (shown?.querySelector('ul.kinds, .status:not([role])') || shown?.textContent.includes('not available')) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
  });
}

/** Words of the long article to tag during a run, far apart. */
async function wordsToTag(page: Page, count: number): Promise<string[]> {
  return (await articleDocument(page)).evaluate((count) => {
    const paragraphs = [...document.querySelectorAll('article p')];
    return Array.from({ length: count }, (_, index) => {
      const words = (paragraphs[Math.floor(((index + 1) * paragraphs.length) / (count + 2))]?.textContent ?? '').split(' ');
      // Three words from the middle of the paragraph: a span long enough to be unique in the article.
      return words.slice(4, 7).join(' ');
    });
  }, count);
}

export interface Run {
  rawOpenMs: number;
  rawScroll: number[];
  rawPutMs: number;
  /** Reading and checking the import file, until the editor sees what it holds. */
  importReadMs: number;
  /** Writing it, from the editor's confirmation until the window shows it. */
  importWriteMs: number;
  openMs: number;
  openGapMs: number;
  heapBytes: number;
  tagPaintMs: number[];
  tagCommitMs: number[];
  tagGapMs: number[];
  articleScroll: number[];
  filterMs: number;
  showAllMs: number;
  listScroll: number[];
  exportMs: number;
}

/** Measures everything once, starting from an empty library; `json` is `librarySet(size)`. */
export async function measureRun(page: Page, json: string, size: LongArticleSize): Promise<Run> {
  await startWithEmptyLibrary(page, json);
  const raw = await rawOpenWithHighlights(page, 1, SCROLL_STEP);
  const rawPutMs = (await rawTransfer(page)).putMs;

  const read = await runStep(page, 'drop-import', 'library.json');
  const written = await runStep(page, 'confirm-import', 'library.json');
  await page.evaluate((title) => {
    const heading = () =>
      document
        .querySelector('nr-app')
        ?.shadowRoot?.querySelector('nr-article-view')
        ?.shadowRoot?.querySelector('iframe')
        ?.contentDocument?.querySelector('article h1');
    return new Promise<void>((resolve) => {
      const check = () => (heading()?.textContent === title ? resolve() : requestAnimationFrame(check));
      check();
    });
  }, SHORT_TITLE);

  await suggestionsSettled(page);
  const open = await openFromLibrary(page, LONG_TITLE, 1);
  const heapBytes = await heapAfterCollection(page);

  const tagPaintMs: number[] = [];
  const tagCommitMs: number[] = [];
  const tagGapMs: number[] = [];
  for (const words of await wordsToTag(page, size.tags)) {
    await revealText(page, words);
    await selectWithMouse(page, words);
    await armTagWatch(page);
    await page.keyboard.press('2');
    const tagged = await tagLatency(page);
    tagPaintMs.push(tagged.paintMs);
    tagCommitMs.push(tagged.commitMs);
    tagGapMs.push(longestGap(tagged.frames));
  }

  const articleScroll = await scrollThrough(page, 'article', SCROLL_STEP);
  const filtered: Timed = await filterList(page, 'Анна', (rows) => rows > 0 && rows < size.annotations);
  const all: Timed = await filterList(page, '', (rows) => rows >= size.annotations);
  const listScroll = await scrollThrough(page, 'list', SCROLL_STEP);
  const download = page.waitForEvent('download');
  const exported = await runStep(page, 'export-all', '', 'native');
  await (await download).delete();

  return {
    rawOpenMs: raw.openMs,
    rawScroll: raw.scrollFrames,
    rawPutMs,
    importReadMs: read.ms,
    importWriteMs: written.ms,
    openMs: open.ms,
    openGapMs: longestGap(open.frames),
    heapBytes,
    tagPaintMs,
    tagCommitMs,
    tagGapMs,
    articleScroll,
    filterMs: filtered.ms,
    showAllMs: all.ms,
    listScroll,
    exportMs: exported.ms,
  };
}
