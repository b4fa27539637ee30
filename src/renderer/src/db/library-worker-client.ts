// The window's side of the library worker: one function per kind of bulk work, each answering with a Result.
import type { Result } from '../../../shared/result';
import { err } from '../../../shared/result';
import type { ExportDetail } from '../exporting/export-file';
import { WorkerConnection } from '../workers/worker-connection';
import type { NewsroomDB } from './database';
import type { ImportCounts } from './import';
import type { ExportedFile, LibraryJob, PreparedImport, TextSearchResult } from './library-jobs';
import type { AddedVersion } from './story-versions';
import type { Article } from '../../../shared/article/article';
import type { LibraryRequest, LibraryResponse } from './library.worker';

/** Reading a 200 MB file on a slow laptop stays well inside this; a file that takes longer is treated as damaged. */
export const IMPORT_READ_TIME_LIMIT_MS = 120_000;

const library = new WorkerConnection<LibraryRequest, LibraryResponse>(
  () => new Worker(new URL('./library.worker.ts', import.meta.url), { type: 'module' }),
  (id, problem) => ({ id, result: err(problem) }),
);

/** Runs `job` in the worker on the window's database; `T` is what the job's kind answers with. */
async function call<T>(
  db: NewsroomDB,
  job: LibraryJob,
  transfer: Transferable[] = [],
  timeLimitMs: number | null = null,
): Promise<Result<T>> {
  const response = await library.send((id) => ({ id, databaseName: db.name, job }), transfer, timeLimitMs);
  return response.result as Result<T>;
}

/**
 * Starts the worker and opens the library in it while the editor has nothing else going on: starting it takes a
 * few hundred milliseconds that the first import or export would otherwise wait for.
 */
export async function startLibraryWorker(db: NewsroomDB): Promise<void> {
  await call(db, { kind: 'open-database' });
  // Then the full-text index, in the background of the worker: the first search finds it built.
  await call(db, { kind: 'index-texts' });
}

/** The articles whose title or text has every word of `query`, up to inflection. */
export function searchTextsInWorker(db: NewsroomDB, query: string): Promise<Result<TextSearchResult>> {
  return call(db, { kind: 'search-texts', query });
}

/**
 * Reads and checks an import file and works out what importing it would change; nothing is written. The bytes are
 * handed to the worker, not copied (copying a 39 MB file held the window for 36 ms): the caller's are emptied. Bytes
 * that share their buffer with others are copied, so that only they move.
 */
export function prepareImport(db: NewsroomDB, fileName: string, bytes: Uint8Array): Promise<Result<PreparedImport>> {
  const ownsBuffer =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const handed = ownsBuffer ? bytes : bytes.slice();
  return call(db, { kind: 'prepare-import', fileName, bytes: handed }, [handed.buffer], IMPORT_READ_TIME_LIMIT_MS);
}

/** Writes a prepared import in one transaction. */
export function applyPreparedImport(db: NewsroomDB, token: number): Promise<Result<ImportCounts>> {
  return call(db, { kind: 'apply-import', token });
}

/** Forgets a prepared import the editor cancelled. */
export function discardPreparedImport(db: NewsroomDB, token: number): Promise<Result<null>> {
  return call(db, { kind: 'discard-import', token });
}

/** Builds the text of an export of the given articles, or of all. */
export function exportInWorker(
  db: NewsroomDB,
  articleIds: string[] | 'all',
  detail: ExportDetail,
): Promise<Result<ExportedFile>> {
  return call(db, { kind: 'export', articleIds, detail });
}

/** Stores `article` as the version after `previousId` in the worker: reading, re-anchoring and writing off the window. */
export function addVersionInWorker(
  db: NewsroomDB,
  previousId: string,
  article: Article,
  sourceBytes?: Uint8Array,
): Promise<Result<AddedVersion>> {
  return call(db, { kind: 'add-version', previousId, article, ...(sourceBytes ? { sourceBytes } : {}) });
}
