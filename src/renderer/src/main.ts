// Renderer entry: picks the host, makes the database, the workers and the application core, starts the core, and
// then loads and mounts the window. The core's first reads (the library list, the last article) are with IndexedDB
// while the window's script is fetched and evaluated, instead of after it.
import { msg, str } from '@lit/localize';
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/400-italic.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import './global.css';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import type { NewsroomApi } from '../../shared/ipc';
import { AppCore } from './app/app-core';
import { WindowDialogs } from './app/window-dialogs';
import { lastShownArticleId } from './controllers/remember-shown-article';
import { NewsroomDB } from './db/database';
import { whenEditorPauses } from './editor-pauses';
import { BrowserHost } from './host/browser-host';
import { ElectronHost } from './host/electron-host';
import type { Host } from './host/host';
import { workerJobs } from './workers/worker-jobs';

declare global {
  interface Window {
    /** Present only inside the Electron shell, put there by the preload. */
    newsroom?: NewsroomApi;
  }
}

const host: Host = window.newsroom ? new ElectronHost(window.newsroom) : new BrowserHost();
const db = new NewsroomDB();
const dialogs = new WindowDialogs();
const core = new AppCore({
  db,
  host,
  jobs: workerJobs,
  dialogs,
  articleId: lastShownArticleId(),
  preferences: localStorage,
  systemLanguages: navigator.languages,
  whenIdle: (run) => requestIdleCallback(run, { timeout: 1000 }),
  whenEditorPauses,
});
/** What the page's first script (src/renderer/first-screen.js) is doing; absent where it did not run. */
const firstScreen = (window as { firstScreen?: { asked: Promise<void>; painted: Promise<void> } }).firstScreen;
/** However the first screen fares, the window does not wait for it longer than this. */
const FIRST_SCREEN_WAIT_MS = 100;
const atMost = (promise: Promise<void> | undefined): Promise<unknown> =>
  Promise.race([promise, new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS))]);

// The page speaks the interface's language (a screen reader picks its voice by it); every element that says something
// says it again when the editor switches.
document.documentElement.lang = core.language.language;
core.subscribe(() => {
  const { language } = core.language;
  if (document.documentElement.lang === language) return;
  document.documentElement.lang = language;
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: language } }));
});

// The first screen reads the last article; the core's reads, the list's 5,000 records among them, queue behind it.
await atMost(firstScreen?.asked);
core.start();

// Asks the browser not to evict the library under storage pressure; a refusal changes nothing else.
void navigator.storage.persist();

async function mountWindow(): Promise<void> {
  // Evaluating the window's script is one long task: begun first, it would hold back the first screen's painting.
  await atMost(firstScreen?.painted);
  await import('./components/nr-app');
  const app = document.createElement('nr-app');
  app.core = core;
  document.body.append(app);
  await app.updateComplete;
  dialogs.attach(app.dialogs);
}

mountWindow().catch((error: unknown) => {
  // The window's own script could not be loaded (a broken install): say so rather than show an empty page.
  document.body.textContent = msg(
    str`Newsroom Annotator could not start its window: ${error instanceof Error ? error.message : String(error)}`,
  );
});
