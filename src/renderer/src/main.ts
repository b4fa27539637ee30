// Renderer entry: picks the host, makes the database and the workers, and mounts the app.
import './zod-config';
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/400-italic.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import './global.css';
import type { NewsroomApi } from '../../shared/ipc';
import './components/nr-app';
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

// Asks the browser not to evict the library under storage pressure; a refusal changes nothing else.
void navigator.storage.persist();

const app = document.createElement('nr-app');
app.db = db;
app.host = host;
app.jobs = workerJobs;
document.body.append(app);
