// A new mirror's first sync, from a snapshot of the desk: its documents read a page at a time (`_all_docs`) and merged
// into the library first, which is what the editor waits for, then read again and stored in the mirror with the
// revisions they have. Replicating them one by one into a new mirror took 64 s of PouchDB's own work for 100,000
// documents before the library had them all; the live replication now starts from the desk's sequence taken before
// the snapshot, so whatever changed during it comes that way.
import type { NewsroomDB } from '../db/database';
import { SHARED_TABLES } from '../db/sync-outbox';
import type { SharedTable } from '../db/sync-outbox';
import type { DeskDocument } from './desk-documents';
import { documentIdRange } from './desk-documents';
import { mergeIntoLibrary } from './desk-merge';
import type { DeskDatabase } from './pouchdb-api';

/** Documents read from the desk a request: fewer requests, each well under a second. */
const PAGE = 5000;
/**
 * Rows merged into the library per transaction. Fewer, larger transactions made the first sync of 100,000
 * annotations 26.7 s instead of 34 s (batches of 500); at 5,000 the window's longest pause grew from 33 to 50 ms.
 */
const MERGE_BATCH = 2500;

type SnapshotDocument = DeskDocument & { _rev: string; _conflicts?: string[] };

export interface Snapshot {
  /** The desk's sequence before the snapshot was read: the live pull starts there. */
  remoteSeq: number | string;
  /** The mirror's sequence once it holds the snapshot: the changes merged from it, and the push, start there. */
  mirrorSeq: number | string;
  /** Documents the desk holds in more than one version: left to a replication of their own, which brings them all. */
  conflicted: string[];
}

interface Page {
  documents: SnapshotDocument[];
  /** Where the next page of the same table starts; undefined after its last. */
  next: string | undefined;
}

async function readPage(remote: DeskDatabase, table: SharedTable, startkey: string): Promise<Page> {
  const { rows } = await remote.allDocs({
    include_docs: true,
    conflicts: true,
    limit: PAGE + 1,
    startkey,
    endkey: documentIdRange(table).endkey,
  });
  return {
    documents: rows.slice(0, PAGE).flatMap((row) => (row.doc ? [row.doc] : [])),
    next: rows[PAGE]?.id,
  };
}

/**
 * Every page of the desk's documents, table by table in the library's order (articles first, annotations last, so
 * that the window shows articles at once and never an annotation of no article), the next page asked for while `use`
 * works on this one. Resolves to whether it got to the end.
 */
async function eachPage(
  remote: DeskDatabase,
  stopped: () => boolean,
  use: (documents: SnapshotDocument[]) => Promise<void>,
): Promise<boolean> {
  const tables = [...SHARED_TABLES];
  const read = (table: SharedTable | undefined, startkey?: string): Promise<Page> | null =>
    table === undefined ? null : readPage(remote, table, startkey ?? documentIdRange(table).startkey);
  let table = tables.shift();
  let coming = read(table);
  while (coming) {
    const page: Page = await coming;
    if (stopped()) return false;
    if (page.next === undefined) table = tables.shift();
    coming = read(table, page.next);
    // A failure of the read ahead is met when it is awaited, not reported as unhandled while this page is used.
    coming?.catch(() => undefined);
    await use(page.documents);
  }
  return !stopped();
}

/**
 * Fills the empty `local` mirror and the library from the desk. Resolves to where the replication goes on from, or
 * undefined if it was stopped; rejects if the desk could not be read (the replication then does it all, as before).
 */
export async function syncFromSnapshot(
  db: NewsroomDB,
  local: DeskDatabase,
  remote: DeskDatabase,
  stopped: () => boolean,
): Promise<Snapshot | undefined> {
  const { update_seq: remoteSeq } = await remote.info();
  const merged = new Map<string, string>();
  const conflicted: string[] = [];
  const intoLibrary = await eachPage(remote, stopped, async (documents) => {
    const single = documents.filter((document) => {
      if (!document._conflicts?.length) return true;
      conflicted.push(document._id);
      return false;
    });
    for (let first = 0; first < single.length && !stopped(); first += MERGE_BATCH) {
      const batch = single.slice(first, first + MERGE_BATCH);
      await mergeIntoLibrary(
        db,
        local,
        batch.map((doc) => ({ id: doc._id, seq: 0, changes: [{ rev: doc._rev }], doc })),
        null,
      );
      for (const doc of batch) merged.set(doc._id, doc._rev);
    }
  });
  if (!intoLibrary) return undefined;
  // Only the versions the library merged: a document changed since is the desk's after `remoteSeq`, and the live pull
  // brings it to the mirror, whose changes bring it to the library.
  const intoMirror = await eachPage(remote, stopped, async (documents) => {
    const same = documents.filter((doc) => merged.get(doc._id) === doc._rev);
    if (same.length > 0) await local.bulkDocs(same, { new_edits: false });
  });
  if (!intoMirror) return undefined;
  return { remoteSeq, mirrorSeq: (await local.info()).update_seq, conflicted };
}
