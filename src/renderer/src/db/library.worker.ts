// The library's bulk work, off the main thread so the window keeps painting: reading, checking and writing
// imports of any size, and building exports. It opens the same IndexedDB database as the window; Dexie tells the
// window's live queries about every change made here.
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';
import '../zod-config';
import { parseImportFile } from '../../../shared/formats/import-file';
import type { ImportedSet } from '../../../shared/formats/native-import';
import { placeWebAnnotations } from '../../../shared/formats/web-annotation-import';
import type { ExportDetail } from '../exporting/export-file';
import type { ExportFile } from '../exporting/export-file';
import { exportFile } from '../exporting/export-file';
import { describeStorageError } from '../storage-errors';
import { NewsroomDB } from './database';
import type { ImportCounts, ImportPreview } from './import';
import { applyImport, articlesForWebAnnotations, previewImport } from './import';
import { listTags, readAnnotationSet } from './library';

/** An import read and checked, kept here until the editor confirms or cancels it. */
export interface PreparedImport {
  token: number;
  preview: ImportPreview;
  notPlaced: string[];
  /** The first article the import brings, to show when no article is open. */
  firstArticleId: string | null;
}

/** An export ready to save: its text as a Blob, which reaches the window without being copied. */
export interface ExportedFile extends Omit<ExportFile, 'contents'> {
  contents: Blob;
  articleCount: number;
}

export type LibraryJob =
  /** Opens the database ahead of the first real job, so that job does not wait for the worker to start. */
  | { kind: 'open-database' }
  | { kind: 'prepare-import'; fileName: string; bytes: Uint8Array }
  | { kind: 'apply-import'; token: number }
  | { kind: 'discard-import'; token: number }
  | { kind: 'export'; articleIds: string[] | 'all'; detail: ExportDetail };

export interface LibraryRequest {
  id: number;
  databaseName: string;
  job: LibraryJob;
}

/** The job's result: PreparedImport, ImportCounts, null or ExportedFile, by the job's kind. */
export interface LibraryResponse {
  id: number;
  result: Result<PreparedImport | ImportCounts | ExportedFile | null>;
}

const databases = new Map<string, NewsroomDB>();
const prepared = new Map<number, ImportedSet>();
let nextToken = 1;

function database(name: string): NewsroomDB {
  let db = databases.get(name);
  if (!db) {
    db = new NewsroomDB(name);
    databases.set(name, db);
  }
  return db;
}

async function prepareImport(db: NewsroomDB, fileName: string, bytes: Uint8Array): Promise<Result<PreparedImport>> {
  const now = new Date();
  const tags = await listTags(db);
  const parsed = parseImportFile(fileName, new TextDecoder('utf-8').decode(bytes), tags, now);
  if (!parsed.ok) return parsed;
  const set =
    parsed.value.kind === 'set'
      ? parsed.value.set
      : placeWebAnnotations(parsed.value.annotations, await articlesForWebAnnotations(db, parsed.value.annotations), tags, now);
  if (set.annotations.length === 0 && set.articles.length === 0) {
    return err(['Nothing in it could be placed in the library:', ...set.notPlaced.slice(0, 5)].join('\n'));
  }
  const token = nextToken++;
  prepared.set(token, set);
  return ok({
    token,
    preview: await previewImport(db, set),
    notPlaced: set.notPlaced,
    firstArticleId: set.articles[0]?.id ?? set.annotations[0]?.articleId ?? null,
  });
}

async function applyPrepared(db: NewsroomDB, token: number): Promise<Result<ImportCounts>> {
  const set = prepared.get(token);
  prepared.delete(token);
  if (!set) return err('This import was already finished or cancelled');
  return ok(await applyImport(db, set, new Date()));
}

async function exportArticles(db: NewsroomDB, articleIds: string[] | 'all', detail: ExportDetail): Promise<Result<ExportedFile>> {
  const set = await readAnnotationSet(db, articleIds);
  const file = exportFile(set, detail, new Date());
  const type = file.extension.endsWith('.csv') ? 'text/csv' : 'application/json';
  return ok({ ...file, contents: new Blob([file.contents], { type }), articleCount: set.articles.length });
}

function run(db: NewsroomDB, job: LibraryJob): Promise<LibraryResponse['result']> {
  switch (job.kind) {
    case 'open-database':
      return db.open().then(() => ok(null));
    case 'prepare-import':
      return prepareImport(db, job.fileName, job.bytes);
    case 'apply-import':
      return applyPrepared(db, job.token);
    case 'discard-import':
      prepared.delete(job.token);
      return Promise.resolve(ok(null));
    case 'export':
      return exportArticles(db, job.articleIds, job.detail);
  }
}

async function answer({ id, databaseName, job }: LibraryRequest): Promise<LibraryResponse> {
  try {
    return { id, result: await run(database(databaseName), job) };
  } catch (error) {
    return { id, result: err(describeStorageError(error)) };
  }
}

self.addEventListener('message', (event: MessageEvent<LibraryRequest>) => {
  void answer(event.data).then((response) => self.postMessage(response));
});
