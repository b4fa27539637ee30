// Page-side steps of the long-article benchmark: open an article with thousands of annotations, tag, scroll, use
// the annotation list; and the raw platform's twin of opening. Each returns how long it took and the frames the
// page painted meanwhile.
import type { Page } from '@playwright/test';
import { articleDocument } from '../e2e/article-text';
import { installProbes } from './app-probe';
import { BENCH_FILE_URL } from './transfer-bench';

export interface Timed {
  ms: number;
  frames: number[];
}

/**
 * Clicks the library entry titled `title`, the served file's article `articleIndex`, and waits until the article is
 * shown with every annotation on screen painted.
 */
export async function openFromLibrary(page: Page, title: string, articleIndex: number): Promise<Timed> {
  await installProbes(page);
  return page.evaluate(
    async ({ title, fileUrl, articleIndex }) => {
      const [recorder, probe] = [window.frameRecorder, window.appProbe];
      if (!recorder || !probe) throw new Error('The probes are not installed');
      const set = (await (await fetch(fileUrl)).json()) as {
        articles: { blocks: { start: number; end: number }[]; annotations: { start: number; end: number }[] }[];
      };
      // The generated text has no characters outside the BMP, so code point offsets are UTF-16 offsets here.
      const { blocks, annotations } = set.articles[articleIndex] ?? { blocks: [], annotations: [] };
      const entry = probe.libraryEntry(title);
      if (!entry) throw new Error(`${title} is not in the library`);
      const start = await recorder.start();
      entry.click();
      await probe.waitFor(() => probe.heading() === title && probe.onScreenPainted(blocks, annotations), `${title} painted`);
      await probe.nextFrames(2);
      return { ms: performance.now() - start, frames: recorder.stop(start) };
    },
    { title, fileUrl: BENCH_FILE_URL, articleIndex },
  );
}

/**
 * The raw platform opening the served article: its text as plain paragraphs and every annotation as a range in one
 * CSS highlight, until painted; then scrolling it, in a box the size of the app's article pane and in its font,
 * `scrollStep` pixels a frame, recording every frame.
 */
export async function rawOpenWithHighlights(
  page: Page,
  articleIndex: number,
  scrollStep: number,
): Promise<{ openMs: number; scrollFrames: number[] }> {
  await installProbes(page);
  return page.evaluate(
    async ({ fileUrl, articleIndex, scrollStep }) => {
      const set = (await (await fetch(fileUrl)).json()) as {
        articles: { text: string; annotations: { start: number; end: number }[] }[];
      };
      const article = set.articles[articleIndex];
      if (!article) throw new Error('No such article');
      // A constructed sheet, as the app's page allows no inline styles.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('::highlight(raw-bench) { background-color: rgb(244 185 66 / 0.5); }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const start = performance.now();
      const container = document.createElement('div');
      // Where the app's article pane is at the benchmark's 1360 × 900 window, and its reading font.
      Object.assign(container.style, {
        position: 'fixed',
        left: '250px',
        top: '50px',
        width: '776px',
        height: '820px',
        padding: '0 45px',
        overflowY: 'auto',
        background: 'white',
        zIndex: '10',
        font: "19px/1.6 'PT Serif', Georgia, serif",
      });
      const starts: number[] = [];
      const nodes: Text[] = [];
      let offset = 0;
      for (const paragraph of article.text.split('\n\n')) {
        const element = document.createElement('p');
        const node = document.createTextNode(paragraph);
        element.append(node);
        container.append(element);
        starts.push(offset);
        nodes.push(node);
        offset += paragraph.length + 2;
      }
      document.body.append(container);
      // The generated text has no characters outside the BMP, so code point offsets are UTF-16 offsets here.
      const ranges = article.annotations.map(({ start: from, end: to }) => {
        let index = starts.length - 1;
        while (index > 0 && (starts[index] ?? 0) > from) index--;
        const node = nodes[index] as Text;
        const range = document.createRange();
        range.setStart(node, from - (starts[index] ?? 0));
        range.setEnd(node, Math.min(node.length, to - (starts[index] ?? 0)));
        return range;
      });
      CSS.highlights.set('raw-bench', new Highlight(...ranges));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const openMs = performance.now() - start;
      const recorder = window.frameRecorder;
      if (!recorder) throw new Error('The probes are not installed');
      const scrollStart = await recorder.start();
      while (container.scrollTop + container.clientHeight < container.scrollHeight - 1) {
        container.scrollTop += scrollStep;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      const scrollFrames = recorder.stop(scrollStart);
      CSS.highlights.delete('raw-bench');
      container.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      return { openMs, scrollFrames };
    },
    { fileUrl: BENCH_FILE_URL, articleIndex, scrollStep },
  );
}

/** What the page notes while a tag key is handled: when the key went down, and when each effect was first seen. */
interface TagWatch {
  keyDownAt?: number;
  paintedAt?: number;
  committedAt?: number;
  countBefore: number;
}

declare global {
  interface Window {
    tagWatch?: TagWatch;
  }
}

/** Dexie's global events, as the app's database class carries them. */
interface DexieEvents {
  on(event: 'storagemutated'): {
    subscribe(listener: (parts: Record<string, unknown>) => void): void;
    unsubscribe(listener: (parts: Record<string, unknown>) => void): void;
  };
}

/**
 * Gets ready to time a tag key: notes when the next key goes down, then checks every frame for the new highlight,
 * and hears when the write transaction that stores the annotation completes. The watching runs in the page, so
 * the time Playwright takes to deliver the key does not count.
 */
export async function armTagWatch(page: Page): Promise<void> {
  await installProbes(page);
  await page.evaluate(async () => {
    const [recorder, probe] = [window.frameRecorder, window.appProbe];
    if (!recorder || !probe) throw new Error('The probes are not installed');
    const rangesBefore = probe.paintedRanges();
    // Frames are recorded from now, so that the frame under way when the key goes down is among them.
    await recorder.start();
    const watch: TagWatch = { countBefore: await probe.annotationCount() };
    window.tagWatch = watch;
    window.addEventListener('keydown', (event) => (watch.keyDownAt = event.timeStamp), { capture: true, once: true });
    // Dexie fires `storagemutated` from a write transaction's complete event: the moment the annotation is stored.
    const dexie = (document.querySelector('nr-app') as unknown as { core: { db: { constructor: DexieEvents } } }).core.db
      .constructor;
    const onStored = (parts: Record<string, unknown>): void => {
      if (watch.keyDownAt === undefined || watch.committedAt !== undefined) return;
      if (Object.keys(parts).some((part) => part.includes('/annotations/'))) {
        watch.committedAt = performance.now();
        dexie.on('storagemutated').unsubscribe(onStored);
      }
    };
    dexie.on('storagemutated').subscribe(onStored);
    // Checked at the start of every frame; what a check finds, that frame paints.
    const check = (): void => {
      if (watch.keyDownAt !== undefined && watch.paintedAt === undefined && probe.paintedRanges() > rangesBefore) {
        watch.paintedAt = performance.now();
      }
      if (watch.paintedAt === undefined) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/**
 * After the tag key: from the key to the first frame showing the new highlight, and to the write's commit; the
 * database then holds one annotation more.
 */
export function tagLatency(page: Page): Promise<{ paintMs: number; commitMs: number; frames: number[] }> {
  return page.evaluate(async () => {
    const [recorder, probe, watch] = [window.frameRecorder, window.appProbe, window.tagWatch];
    if (!recorder || !probe || !watch) throw new Error('armTagWatch did not run');
    await probe.waitFor(() => watch.paintedAt !== undefined && watch.committedAt !== undefined, 'The new annotation');
    if ((await probe.annotationCount()) !== watch.countBefore + 1) throw new Error('The new annotation is not in IndexedDB');
    await probe.nextFrames(10);
    const { keyDownAt = 0, paintedAt = 0, committedAt = 0 } = watch;
    // The tag's frames are those from the key on: work the page was still doing before it (the scroll to the words
    // settling) is not the tag's.
    return { paintMs: paintedAt - keyDownAt, commitMs: committedAt - keyDownAt, frames: recorder.stop(keyDownAt) };
  });
}

/** Scrolls the article or the annotation list from top to bottom, `step` pixels a frame, recording every frame. */
export async function scrollThrough(page: Page, which: 'article' | 'list', step: number): Promise<number[]> {
  await installProbes(page);
  return page.evaluate(
    async ({ which, step }) => {
      const [recorder, probe] = [window.frameRecorder, window.appProbe];
      if (!recorder || !probe) throw new Error('The probes are not installed');
      const scroller = which === 'article' ? probe.articleScroller() : probe.listScroller();
      scroller.scrollTop = 0;
      await probe.nextFrames(2);
      const start = await recorder.start();
      while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
        scroller.scrollTop += step;
        await probe.nextFrames(1);
      }
      await probe.nextFrames(2);
      return recorder.stop(start);
    },
    { which, step },
  );
}

/** Types `text` into the list's filter box (empty clears it) and waits until the list holds `expected` rows. */
export async function filterList(page: Page, text: string, expected: (size: number) => boolean): Promise<Timed> {
  await installProbes(page);
  return page
    .evaluate(async (text) => {
      const [recorder, probe] = [window.frameRecorder, window.appProbe];
      if (!recorder || !probe) throw new Error('The probes are not installed');
      const sizeBefore = probe.listSize();
      const start = await recorder.start();
      const input = probe.filterInput();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await probe.waitFor(() => probe.listSize() !== sizeBefore, `The list filtered by “${text}”`);
      await probe.nextFrames(2);
      return { ms: performance.now() - start, frames: recorder.stop(start), size: probe.listSize() };
    }, text)
    .then(({ ms, frames, size }) => {
      if (!expected(size)) throw new Error(`The list holds ${size} rows after filtering by “${text}”`);
      return { ms, frames };
    });
}

/** The JS heap in use after a full garbage collection, in bytes (Chromium's DevTools protocol). */
export async function heapAfterCollection(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

/** Scrolls the article so the paragraph holding `fragment` is in the middle of the window, for the mouse to reach. */
export async function revealText(page: Page, fragment: string): Promise<void> {
  await (
    await articleDocument(page)
  ).evaluate(async (wanted) => {
    const paragraph = [...document.querySelectorAll('article p')].find((element) => element.textContent.includes(wanted));
    if (!paragraph) throw new Error(`“${wanted}” is not in the article`);
    paragraph.scrollIntoView({ block: 'center' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, fragment);
}
