// The library worker: runs the library's bulk work (db/library-jobs.ts) off the main thread, so the window keeps
// painting. It opens the same IndexedDB database as the window; Dexie tells the window about every change made here.
import { useInterfaceLanguage } from '../../../shared/i18n/localization';
import type { InLanguage } from '../workers/worker-connection';
import '../zod-config';
import { NewsroomDB } from './database';
import type { LibraryJob, LibraryJobResult } from './library-jobs';
import { LibraryJobs } from './library-jobs';

export interface LibraryRequest {
  id: number;
  databaseName: string;
  job: LibraryJob;
}

export interface LibraryResponse {
  id: number;
  result: LibraryJobResult;
}

const databases = new Map<string, NewsroomDB>();
const jobs = new LibraryJobs();

function database(name: string): NewsroomDB {
  let db = databases.get(name);
  if (!db) {
    db = new NewsroomDB(name);
    databases.set(name, db);
  }
  return db;
}

self.addEventListener('message', (event: MessageEvent<LibraryRequest & InLanguage>) => {
  const { id, databaseName, job, language } = event.data;
  useInterfaceLanguage(language);
  void jobs.run(database(databaseName), job).then((result) => self.postMessage({ id, result } satisfies LibraryResponse));
});
