// What the benchmarks read of the app inside its shadow roots, and how they wait for it, installed in the page.
import type { Page } from '@playwright/test';
import { installFrameRecorder } from './frame-recorder';

/** What the steps read of the app, inside its shadow roots. */
export interface AppProbe {
  /** Ranges in the app's tag highlights: every annotation painted is one. */
  paintedRanges(): number;
  /**
   * Whether every annotation reaching into the text on screen is painted. `blocks` and `annotations` are the open
   * article's, as UTF-16 offsets; the app paints annotations near the screen only, as the browser does text.
   */
  onScreenPainted(blocks: readonly Span[], annotations: readonly Span[]): boolean;
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

export interface Span {
  start: number;
  end: number;
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
    /** The article's window: the app reads it in a frame of its own. */
    const articleWindow = (): Window & typeof globalThis => {
      const frame = appRoot().querySelector('nr-article-view')?.shadowRoot?.querySelector('iframe');
      if (!frame?.contentWindow) throw new Error('No article is open');
      return frame.contentWindow as Window & typeof globalThis;
    };
    const scrollerOf = (element: Element | null | undefined): HTMLElement => {
      for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(node).overflowY)) return node;
      }
      throw new Error('Nothing scrolls there');
    };
    window.appProbe = {
      paintedRanges: () =>
        [...articleWindow().CSS.highlights]
          .filter(([name]) => name.startsWith('nr-tag-'))
          .reduce((sum, [, highlight]) => sum + highlight.size, 0),
      onScreenPainted: (blocks, annotations) => {
        const frame = articleWindow();
        const elements = [...frame.document.querySelectorAll('article .part > *')];
        // A long block is shown in several elements, its pieces in order: each element's span, from their lengths.
        const spans: Span[] = [];
        for (const block of blocks) {
          let start = block.start;
          do {
            const length = elements[spans.length]?.textContent.length ?? block.end - start;
            if (length === 0 && start < block.end) return false;
            spans.push({ start, end: start + length });
            start += length;
          } while (start < block.end);
        }
        if (spans.length !== elements.length) return false;
        const shown = (element: Element): boolean => {
          const box = element.getBoundingClientRect();
          return box.bottom > 0 && box.top < frame.innerHeight;
        };
        // Blocks are measured only in parts on screen: measuring one in a part skipped off screen would lay it out.
        const partsOnScreen = new Set([...frame.document.querySelectorAll('article .part')].filter(shown));
        const onScreen = elements.flatMap((element, index) =>
          element.parentElement && partsOnScreen.has(element.parentElement) && shown(element) ? [index] : [],
        );
        const [first, last] = [onScreen[0], onScreen.at(-1)];
        if (first === undefined || last === undefined) return false;
        const [from, to] = [spans[first]?.start ?? 0, spans[last]?.end ?? 0];
        const expected = annotations.filter((annotation) => annotation.start < to && annotation.end > from).length;
        const blockOf = new Map(elements.map((element, index) => [element, index]));
        const painted = [...frame.CSS.highlights]
          .filter(([name]) => name.startsWith('nr-tag-'))
          .flatMap(([, highlight]) => [...highlight] as AbstractRange[])
          .filter((range) => {
            const start = blockOf.get(range.startContainer.parentElement as Element) ?? -1;
            const end = blockOf.get(range.endContainer.parentElement as Element) ?? -1;
            return start <= last && end >= first;
          }).length;
        return expected > 0 && painted >= expected;
      },
      heading: () =>
        appRoot()
          .querySelector('nr-article-view')
          ?.shadowRoot?.querySelector('iframe')
          ?.contentDocument?.querySelector('article h1')?.textContent ?? '',
      libraryEntry: (title) =>
        [...(appRoot().querySelector('nr-library')?.shadowRoot?.querySelectorAll('button') ?? [])].find((button) =>
          button.textContent.includes(title),
        ),
      articleScroller: () => {
        const frame = articleWindow();
        const scroller = frame.document.scrollingElement;
        if (!(scroller instanceof frame.HTMLElement)) throw new Error('The article does not scroll');
        return scroller;
      },
      listScroller: () => scrollerOf(appRoot().querySelector('nr-annotation-list')),
      filterInput: () => {
        const filters = appRoot().querySelector('nr-annotation-filters')?.shadowRoot;
        const input = filters?.querySelector<HTMLInputElement>('input[aria-label="Filter by text"]');
        if (!input) throw new Error('No filter box');
        return input;
      },
      listSize: () => Number(appRoot().querySelector('nr-annotation-list')?.shadowRoot?.querySelector('li')?.ariaSetSize ?? 0),
      annotationCount: () =>
        (
          document.querySelector('nr-app') as unknown as { core: { db: { annotations: { count(): Promise<number> } } } }
        ).core.db.annotations.count(),
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
