// Renderer entry: picks the host, makes the database, the workers and the application core, starts the core, and
// then loads and mounts the window. The core's first reads (the library list, the last article) are with IndexedDB
// while the window's script is fetched and evaluated, instead of after it.
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/400-italic.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import './global.css';
import type { NewsroomApi } from '../../shared/ipc';
import { AppCore } from './app/app-core';
import { WindowDialogs } from './app/window-dialogs';
import { lastShownArticleId } from './controllers/remember-shown-article';
import { NewsroomDB } from './db/database';
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
  whenIdle: (run) => requestIdleCallback(run, { timeout: 1000 }),
});
core.start();

// Asks the browser not to evict the library under storage pressure; a refusal changes nothing else.
void navigator.storage.persist();

async function mountWindow(): Promise<void> {
  await import('./components/nr-app');
  const app = document.createElement('nr-app');
  app.core = core;
  document.body.append(app);
  await app.updateComplete;
  dialogs.attach(app.dialogs);
}

mountWindow().catch((error: unknown) => {
  // The window's own script could not be loaded (a broken install): say so rather than show an empty page.
  document.body.textContent = `Newsroom Annotator could not start its window: ${error instanceof Error ? error.message : String(error)}`;
});
