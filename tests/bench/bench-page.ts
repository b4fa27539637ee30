// Helpers that run inside the benchmark page: open a file as a drop would, and watch frames while it happens.
import type { Page } from '@playwright/test';
import { installFrameRecorder, longestGap } from './frame-recorder';

export interface OpenMeasurement {
  /** From the drop to the article's title painted on screen. */
  openMs: number;
  /** The longest time between two frames while it opened: how long the window stopped painting. */
  longestFrameGapMs: number;
}

/**
 * Drops `bytes` as a file on the app and waits until an article titled `title` is painted. The bytes travel to
 * the page as base64 before the clock starts.
 */
export async function openByDrop(page: Page, fileName: string, bytes: Uint8Array, title: string): Promise<OpenMeasurement> {
  await installFrameRecorder(page);
  const { openMs, frames } = await page.evaluate(
    async ({ fileName, base64, title }) => {
      const data = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], fileName));
      const recorder = window.frameRecorder;
      if (!recorder) throw new Error('installFrameRecorder did not run');
      const start = await recorder.start();
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      await new Promise<void>((resolve, reject) => {
        const giveUp = start + 120_000;
        const check = (): void => {
          const view = document.querySelector('nr-app')?.shadowRoot?.querySelector('nr-article-view');
          if (view?.shadowRoot?.querySelector('iframe')?.contentDocument?.querySelector('article h1')?.textContent === title)
            resolve();
          else if (performance.now() > giveUp) reject(new Error(`${fileName} did not open as "${title}" within 120 s`));
          else requestAnimationFrame(check);
        };
        check();
      });
      // Two frames later the text that was laid out has been painted.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return { openMs: performance.now() - start, frames: recorder.stop(start) };
    },
    { fileName, base64: Buffer.from(bytes).toString('base64'), title },
  );
  return { openMs, longestFrameGapMs: longestGap(frames) };
}

/** The raw platform doing the least the app must: decode UTF-8 and show the paragraphs as plain elements. */
export async function rawOpen(page: Page, bytes: Uint8Array): Promise<number> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const start = performance.now();
    const container = document.createElement('div');
    for (const paragraph of new TextDecoder().decode(data).split(/\n\n+/)) {
      const element = document.createElement('p');
      element.textContent = paragraph;
      container.append(element);
    }
    document.body.append(container);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const elapsed = performance.now() - start;
    container.remove();
    return elapsed;
  }, Buffer.from(bytes).toString('base64'));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
