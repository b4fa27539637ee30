// What the benchmarks read of the app inside its shadow roots, and how they wait for it, installed in the page.
import type { Page } from '@playwright/test';
import { installFrameRecorder } from './frame-recorder';

/** What the steps read of the app, inside its shadow roots. */
export interface AppProbe {
  /** Ranges in the app's tag highlights: every annotation painted is one. */
  paintedRanges(): number;
  heading(): string;
  libraryEntry(title: string): HTMLButtonElement | undefined;
  /** The element that scrolls the article, and the one that scrolls the side panel's lists. */
  articleScroller(): HTMLElement;
  listScroller(): HTMLElement;
  filterInput(): HTMLInputElement;
  /** The set size the list's rows announce: how many annotations the list holds. */
  listSize(): number;
  annotationCount(): Promise<number>;
  nextFrames(count: number): Promise<void>;
  waitFor(done: () => boolean, what: string): Promise<void>;
}

declare global {
  interface Window {
    appProbe?: AppProbe;
  }
}

/** Puts `window.frameRecorder` and `window.appProbe` in the page; call it after every navigation. */
export async function installProbes(page: Page): Promise<void> {
  await installFrameRecorder(page);
  await page.evaluate(() => {
    const appRoot = (): ShadowRoot => {
      const root = document.querySelector('nr-app')?.shadowRoot;
      if (!root) throw new Error('The app is not on the page');
      return root;
    };
    const scrollerOf = (element: Element | null | undefined): HTMLElement => {
      for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(node).overflowY)) return node;
      }
      throw new Error('Nothing scrolls there');
    };
    window.appProbe = {
      paintedRanges: () =>
        [...CSS.highlights]
          .filter(([name]) => name.startsWith('nr-tag-'))
          .reduce((sum, [, highlight]) => sum + highlight.size, 0),
      heading: () => appRoot().querySelector('nr-article-view')?.shadowRoot?.querySelector('article h1')?.textContent ?? '',
      libraryEntry: (title) =>
        [...(appRoot().querySelector('nr-library')?.shadowRoot?.querySelectorAll('button') ?? [])].find((button) =>
          button.textContent.includes(title),
        ),
      articleScroller: () => scrollerOf(appRoot().querySelector('nr-article-view')),
      listScroller: () => scrollerOf(appRoot().querySelector('nr-annotation-list')),
      filterInput: () => {
        const input = appRoot().querySelector<HTMLInputElement>('input[aria-label="Filter by text"]');
        if (!input) throw new Error('No filter box');
        return input;
      },
      listSize: () => Number(appRoot().querySelector('nr-annotation-list')?.shadowRoot?.querySelector('li')?.ariaSetSize ?? 0),
      annotationCount: () =>
        (
          document.querySelector('nr-app') as unknown as { db: { annotations: { count(): Promise<number> } } }
        ).db.annotations.count(),
      nextFrames: (count) =>
        new Promise((resolve) => {
          const step = (left: number): void => {
            if (left === 0) resolve();
            else requestAnimationFrame(() => step(left - 1));
          };
          step(count);
        }),
      waitFor: (done, what) =>
        new Promise((resolve, reject) => {
          const giveUp = performance.now() + 120_000;
          const check = (): void => {
            if (done()) resolve();
            else if (performance.now() > giveUp) reject(new Error(`${what} did not happen within 120 s`));
            else requestAnimationFrame(check);
          };
          check();
        }),
    };
  });
}
