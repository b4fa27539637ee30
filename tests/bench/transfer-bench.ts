// Page-side steps of the import and export benchmark: each drives the app as an editor would (drop a file, press
// Import, choose Export all) and reports how long it took and the longest time the window went without a frame.
import type { Page, Route } from '@playwright/test';
import { installProbes } from './app-probe';
import { longestGap } from './frame-recorder';

export interface TransferMeasurement {
  ms: number;
  longestFrameGapMs: number;
}

/** Where the benchmark serves the generated file from, so that 40 MB need not pass through `page.evaluate`. */
export const BENCH_FILE_URL = '/bench-files/annotations.json';

/**
 * Loads the app with an empty library, nothing open, and `contents` served at BENCH_FILE_URL for the page to fetch.
 */
export async function startWithEmptyLibrary(page: Page, contents: string): Promise<void> {
  await openEmptyLibrary(page);
  await serveBenchFile(page, contents);
}

/** A blank page of the app's origin, where its storage can be emptied with none of its code running. */
const BLANK_PAGE = '/bench-blank.html';

/** Loads the app with an empty library and nothing open. */
export async function openEmptyLibrary(page: Page): Promise<void> {
  // Emptied from a page of its own: the app, loading, would remember the article it shows after the clear.
  // Routing turns the page's HTTP cache off while any route is set; the figures want it on, as in the app.
  const blank = (route: Route) =>
    route.fulfill({ body: '<!doctype html><title>blank</title><link rel="icon" href="data:,">', contentType: 'text/html' });
  await page.route(`**${BLANK_PAGE}`, blank);
  await page.goto(BLANK_PAGE);
  await page.unroute(`**${BLANK_PAGE}`, blank);
  await page.evaluate(async () => {
    localStorage.clear();
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase('newsroom-annotator');
      request.onsuccess = resolve;
      request.onerror = () => reject(new Error('the library could not be deleted'));
    });
  });
  // Loaded twice, as an editor's app has been started before: Chromium keeps the compiled scripts of a page loaded
  // more than once, and the figures measure a window started as it usually is, not its very first start.
  await page.goto('/');
  await page.reload();
  // The window is mounted after the core starts, from a script of its own: the benchmarks talk to it.
  await page.waitForFunction(() => customElements.get('nr-app') !== undefined && document.querySelector('nr-app') !== null);
}

/** Serves `contents` at BENCH_FILE_URL for the page to fetch. */
export async function serveBenchFile(page: Page, contents: string): Promise<void> {
  await page.route(`**${BENCH_FILE_URL}`, (route) => route.fulfill({ body: contents, contentType: 'application/json' }));
}

type Step = 'drop-import' | 'confirm-import' | 'export-all';

/**
 * Runs one step in the page. `drop-import` drops the served file and ends when the import dialog shows its counts;
 * `confirm-import` presses Import and ends when the status says it is done and the window shows the library;
 * `export-all` exports the library as `formatLabel` and ends when the status says it was exported.
 */
export async function runStep(page: Page, step: Step, fileName: string, formatLabel = ''): Promise<TransferMeasurement> {
  await installProbes(page);
  const { ms, frames } = await page.evaluate(
    async ({ step, fileName, fileUrl, formatLabel }) => {
      const app = document.querySelector('nr-app');
      const appRoot = app?.shadowRoot;
      if (!appRoot) throw new Error('The app is not on the page');
      const buttonIn = (root: ShadowRoot | null | undefined, label: string): HTMLButtonElement => {
        const button = [...(root?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent.trim() === label);
        if (!button) throw new Error(`No button “${label}”`);
        return button;
      };
      const probe = window.appProbe;
      if (!probe) throw new Error('installProbes did not run');
      const waitFor = (done: () => boolean, what: string): Promise<void> => probe.waitFor(done, what);
      const status = (): string => appRoot.querySelector('footer [role="status"]')?.textContent.trim() ?? '';
      const problems = (): string => appRoot.querySelector('[role="alert"]')?.textContent ?? '';

      const file =
        step === 'drop-import' ? new File([await (await fetch(fileUrl)).blob()], fileName, { type: 'application/json' }) : null;
      const recorder = window.frameRecorder;
      if (!recorder) throw new Error('installProbes did not run');
      const start = await recorder.start();
      if (file) {
        const transfer = new DataTransfer();
        transfer.items.add(file);
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        const dialog = () => appRoot.querySelector('nr-import-dialog')?.shadowRoot?.querySelector('dialog');
        await waitFor(() => dialog()?.open === true || problems() !== '', 'The import dialog');
        if (problems()) throw new Error(problems());
      } else if (step === 'confirm-import') {
        const before = status();
        buttonIn(appRoot.querySelector('nr-import-dialog')?.shadowRoot, 'Import').click();
        // A second import into the same window: the status still tells of the first until this one is done.
        await waitFor(() => (status().includes('Imported') && status() !== before) || problems() !== '', 'The import');
        if (problems()) throw new Error(problems());
        // Done for the editor when the window shows the new library: Export… is enabled once the articles are counted.
        await waitFor(() => !buttonIn(appRoot, 'Export…').disabled, 'The library to refresh');
      } else {
        const before = status();
        buttonIn(appRoot, 'Export…').click();
        const dialogRoot = (): ShadowRoot | null | undefined => appRoot.querySelector('nr-export-dialog')?.shadowRoot;
        await waitFor(() => dialogRoot()?.querySelector('dialog')?.open === true, 'The export dialog');
        const radios = [...(dialogRoot()?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
        const choose = (name: string, value: string): void =>
          radios.find((radio) => radio.name === name && radio.value === value)?.click();
        choose('scope', 'all');
        choose('format', formatLabel);
        buttonIn(dialogRoot(), 'Save export').click();
        await waitFor(() => (status().startsWith('Exported') && status() !== before) || problems() !== '', 'The export');
        if (problems()) throw new Error(problems());
      }
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return { ms: performance.now() - start, frames: recorder.stop(start) };
    },
    { step, fileName, fileUrl: BENCH_FILE_URL, formatLabel },
  );
  return { ms, longestFrameGapMs: longestGap(frames) };
}

export interface RawTransfer {
  /** Putting every annotation of the served file into IndexedDB in one transaction, with the app's indexes. */
  putMs: number;
  /** Reading them all back and writing them as indented JSON. */
  readAndStringifyMs: number;
}

/** The raw platform doing the least an import and an export of the served file must: IndexedDB and JSON, no app. */
export function rawTransfer(page: Page): Promise<RawTransfer> {
  return page.evaluate(async (fileUrl) => {
    const set = (await (await fetch(fileUrl)).json()) as { articles: { id: string; annotations: object[] }[] };
    const records = set.articles.flatMap((article) =>
      article.annotations.map((annotation) => ({ ...annotation, articleId: article.id })),
    );
    const name = `raw-transfer-${String(Math.random())}`;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore('annotations', { keyPath: 'id' });
        for (const index of ['articleId', 'tag', 'entityId', 'speakerId']) store.createIndex(index, index);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB refused to open'));
    });
    const done = (transaction: IDBTransaction): Promise<void> =>
      new Promise((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('The transaction failed'));
      });
    let start = performance.now();
    const writing = db.transaction('annotations', 'readwrite');
    for (const record of records) writing.objectStore('annotations').put(record);
    await done(writing);
    const putMs = performance.now() - start;
    start = performance.now();
    const all = await new Promise<unknown[]>((resolve) => {
      const request = db.transaction('annotations').objectStore('annotations').getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
    });
    JSON.stringify(all, null, 2);
    const readAndStringifyMs = performance.now() - start;
    db.close();
    indexedDB.deleteDatabase(name);
    return { putMs, readAndStringifyMs };
  }, BENCH_FILE_URL);
}
