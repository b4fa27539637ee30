// The core's background jobs as the window runs them: in the parser, library and suggestions workers.
import type { BackgroundJobs } from '../app/background-jobs';
import {
  addVersionInWorker,
  applyPreparedImport,
  discardPreparedImport,
  exportInWorker,
  prepareImport,
  searchTextsInWorker,
  startLibraryWorker,
} from '../db/library-worker-client';
import { parseInWorker } from '../opening/parse-in-worker';
import { suggestInWorker } from '../suggestions/suggest-in-worker';
import { checkDeskInWorker, syncInWorker } from '../sync/sync-in-worker';

export const workerJobs: BackgroundJobs = {
  parseArticle: parseInWorker,
  warmUp: startLibraryWorker,
  prepareImport,
  applyPreparedImport,
  discardPreparedImport,
  exportArticles: exportInWorker,
  searchTexts: searchTextsInWorker,
  suggest: suggestInWorker,
  addVersion: addVersionInWorker,
  checkDesk: checkDeskInWorker,
  syncWithDesk: syncInWorker,
};
