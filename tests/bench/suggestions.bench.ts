// Suggestions (issue: suggestions an editor accepts with one key): how right they are on the gold set, per kind,
// and how soon a 1 MB article has them after it opens, with how long the window stopped painting meanwhile.
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Dexie } from 'dexie';
import { test } from '@playwright/test';
import { loadMorphology } from '../support/morphology';
import { f1, readGold, scoreSuggestions, suggestForGold } from '../support/suggestion-gold';
import { median } from './bench-page';
import { installFrameRecorder, longestGap } from './frame-recorder';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MB = 1024 * 1024;

/** About `bytes` of news text: the gold articles over and over, names, quotes and claims as dense as in them. */
function newsText(bytes: number, title: string): string {
  const articles = readGold().map((article) => article.text);
  const parts = [title];
  let size = new TextEncoder().encode(title).length;
  for (let index = 0; size < bytes; index++) {
    const text = articles[index % articles.length] ?? '';
    parts.push(text);
    size += new TextEncoder().encode(text).length + 2;
  }
  return parts.join('\n\n');
}

interface SuggestRun {
  /** From the drop to the title painted. */
  openMs: number;
  /** From the title painted to the suggestions counted in their bar. */
  readyMs: number;
  /** The longest time between frames from the title painted until then. */
  gapMs: number;
  count: number;
}

/** Drops the text as a file and waits for the article, then for its suggestions. */
async function openAndSuggest(page: Page, title: string, text: string): Promise<SuggestRun> {
  await installFrameRecorder(page);
  return page
    .evaluate(
      async ({ title, text }) => {
        const app = () => document.querySelector('nr-app')?.shadowRoot;
        const heading = () =>
          app()
            ?.querySelector('nr-article-view')
            ?.shadowRoot?.querySelector('iframe')
            ?.contentDocument?.querySelector('article h1');
        const bar = () => app()?.querySelector('nr-suggestions')?.shadowRoot;
        const until = (done: () => boolean, what: string) =>
          new Promise<void>((resolve, reject) => {
            const giveUp = performance.now() + 120_000;
            const check = (): void => {
              const failed = bar()?.querySelector('[role="status"]')?.textContent ?? '';
              if (failed.includes('not available')) reject(new Error(failed));
              else if (done()) resolve();
              else if (performance.now() > giveUp) reject(new Error(`${what} did not happen within 120 s`));
              else requestAnimationFrame(check);
            };
            check();
          });
        const recorder = window.frameRecorder;
        if (!recorder) throw new Error('installFrameRecorder did not run');
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], `${title}.txt`, { type: 'text/plain' }));
        const start = await recorder.start();
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        await until(() => heading()?.textContent === title, 'the article opening');
        const opened = performance.now();
        await until(
          () => bar()?.querySelector('ul.kinds') !== null && bar()?.querySelector('ul.kinds') !== undefined,
          'suggestions',
        );
        const ready = performance.now();
        const frames = recorder.stop(start).filter((time) => time >= opened - 20);
        // Counts are written with thousands separators ("13,432").
        const count = Number(/· ([\d,]+)/u.exec(bar()?.querySelector('label')?.textContent ?? '')?.[1]?.replaceAll(',', '') ?? 0);
        return { openMs: opened - start, readyMs: ready - opened, frames, count };
      },
      { title, text },
    )
    .then(({ frames, ...run }) => ({ ...run, gapMs: longestGap(frames) }));
}

/**
 * Empties the library but for its tags under the running window, its workers kept: each article is nearly the same
 * text, and the window would ask whether the next one is a new version of the last.
 */
async function emptyLibrary(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { db } = (document.querySelector('nr-app') as unknown as { core: { db: Dexie } }).core;
    const cleared = db.tables.filter((table) => table.name !== 'tags');
    await db.transaction('rw', cleared, () => Promise.all(cleared.map((table) => table.clear())));
  });
}

test('suggestions: accuracy on the gold set, and a 1 MB article suggested after it opens', async ({ page }, testInfo) => {
  test.setTimeout(20 * 60_000);
  const score = scoreSuggestions(suggestForGold(await loadMorphology()));
  console.log(`\nSuggestions on the gold set (${readGold().length} articles, spans in code points)`);
  console.log(
    `${'kind'.padEnd(14)}${'gold'.padEnd(6)}${'found'.padEnd(7)}${'exact P / R / F1'.padEnd(22)}overlapping P / R / F1`,
  );
  const figures = (kind: keyof typeof score.kinds, match: 'exact' | 'overlapping') => {
    const { precision, recall, f1: both } = f1(score.kinds[kind], match);
    return `${precision.toFixed(2)} / ${recall.toFixed(2)} / ${both.toFixed(2)}`;
  };
  for (const kind of Object.keys(score.kinds) as (keyof typeof score.kinds)[])
    console.log(
      `${kind.padEnd(14)}${String(score.kinds[kind].gold).padEnd(6)}${String(score.kinds[kind].suggested).padEnd(7)}${figures(kind, 'exact').padEnd(22)}${figures(kind, 'overlapping')}`,
    );
  console.log(`speakers right: ${score.speakersRight} of ${score.quotesWithSpeaker} quotes`);

  await page.goto('/');
  const runs: SuggestRun[] = [];
  // The first article loads the dictionaries in the worker; the later ones find them loaded.
  for (let run = 0; run < RUNS; run++) {
    const title = `Сводка новостей ${run + 1}`;
    runs.push(await openAndSuggest(page, title, newsText(MB, title)));
    await emptyLibrary(page);
  }
  const [first, ...later] = runs;
  if (!first) throw new Error('BENCH_RUNS must be 1 or more');
  console.log(`\n1 MB article, ${first.count} suggestions (Chromium ${page.context().browser()?.version() ?? ''})`);
  console.log(`${'case'.padEnd(44)}${'ready after open'.padEnd(20)}longest frame gap`);
  console.log(
    `${'first article (dictionaries loaded)'.padEnd(44)}${`${first.readyMs.toFixed(0)} ms`.padEnd(20)}${first.gapMs.toFixed(0)} ms`,
  );
  if (later.length > 0)
    console.log(
      `${`later articles (median of ${later.length})`.padEnd(44)}${`${median(later.map((run) => run.readyMs)).toFixed(0)} ms`.padEnd(20)}${median(later.map((run) => run.gapMs)).toFixed(0)} ms`,
    );
  await mkdir(testInfo.outputDir, { recursive: true });
  await writeFile(testInfo.outputPath('suggestions.json'), JSON.stringify({ score, runs }, null, 1));
});
