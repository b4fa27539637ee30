// The whole library in one file and back, with dexie-export-import: every table, every version of the schema. Loaded
// when the editor backs up or restores, not with the window: it and the checks it needs are a fifth of the script.
import '../zod-config';
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import { backupInCurrentLayout, backupProblems } from './backup-check';
import { DERIVED_TABLES } from './library-counts';
import { SYNC_TABLES } from './sync-outbox';

/**
 * Tables worked out from the others, which a backup leaves out and a restore never takes from a file; and the desk's
 * sync, which belongs to this machine's library, not to the data.
 */
const NOT_BACKED_UP: readonly string[] = [...DERIVED_TABLES, 'textIndexes', ...SYNC_TABLES];
import { articleRecord, DATABASE_NAME } from './database';
import type { ArticleRecord, NewsroomDB } from './database';

/** Share of the work done, from 0 to 1. */
export type ProgressListener = (done: number) => void;

export function backUpLibrary(db: NewsroomDB, onProgress: ProgressListener): Promise<Blob> {
  return exportDB(db, {
    prettyJson: false,
    // The counts and the revision are worked out from the annotations again as they are restored, the text index
    // from the texts.
    skipTables: [...NOT_BACKED_UP],
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress(totalRows ? completedRows / totalRows : 0);
      return true;
    },
  });
}

/**
 * Replaces the library with a backup, in one transaction: a backup that fails halfway leaves the library as it
 * was. Refuses files that are not backups of this app's library.
 */
export async function restoreLibrary(db: NewsroomDB, backup: string, onProgress: ProgressListener): Promise<void> {
  const blob = new Blob([backup], { type: 'application/json' });
  let databaseName: string;
  try {
    databaseName = (await peakImportFile(blob)).data.databaseName;
  } catch {
    throw new Error('This file is not a backup of a Newsroom Annotator library');
  }
  if (databaseName !== DATABASE_NAME && !databaseName.startsWith(`${DATABASE_NAME}-`)) {
    throw new Error('This file is not a backup of a Newsroom Annotator library');
  }
  let data: unknown;
  try {
    data = JSON.parse(backup);
  } catch {
    throw new Error('This backup is damaged or incomplete: it is not whole JSON');
  }
  const problems = backupProblems(data);
  if (problems) throw new Error(`This backup cannot be restored:\n${problems}`);
  const current = backupInCurrentLayout(data);
  const restored = current === data ? blob : new Blob([JSON.stringify(current)], { type: 'application/json' });
  await importInto(db, restored, {
    clearTablesBeforeImport: true,
    // Counts in a file are never trusted: restoring the annotations counts them (and moves the revision on).
    filter: (table) => !NOT_BACKED_UP.includes(table),
    acceptVersionDiff: true,
    acceptNameDiff: true,
    // Backups made before the database's version 4 carry a stale copy of each imported article's annotations inside
    // the article (see that version): the article is restored as its record alone.
    transform: (table: string, value: ArticleRecord) => ({
      value: table === 'articles' ? articleRecord(value) : value,
    }),
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress(totalRows ? completedRows / totalRows : 0);
      return true;
    },
  });
}
