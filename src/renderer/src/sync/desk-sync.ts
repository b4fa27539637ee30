// The desk's sync: the library's shared rows mirrored in a local PouchDB database, replicated live with the desk's
// CouchDB database. Outgoing, the outbox's rows are written to the mirror; incoming, the mirror's changes are merged
// into the library by the rule in desk-documents.ts, and a document CouchDB holds in two versions (two editors
// changed it apart) is settled by the same rule, its losing versions removed, so every replica ends with the same one
// (desk-merge.ts).
// Runs in the sync worker (sync.worker.ts); in tests, in Node against an in-process CouchDB-compatible server.
import { liveQuery } from 'dexie';
import type { Subscription } from 'dexie';
import type { NewsroomDB } from '../db/database';
import { SHARED_TABLES } from '../db/sync-outbox';
import type { OutboxEntry, SyncCheckpoint } from '../db/sync-outbox';
import type { Annotation } from '../../../shared/annotation';
import type { DeskDocument } from './desk-documents';
import type { DeskDatabase, PouchChange, PouchChangesFeed, PouchReplication, ReplicationOptions } from './pouchdb-api';
import { documentId, sameVersion, sharedRow, versionOf } from './desk-documents';
import { libraryRows, mergeIntoLibrary } from './desk-merge';
import type { Snapshot } from './desk-snapshot';
import { syncFromSnapshot } from './desk-snapshot';

/** Why the sync stopped: the server refused the name and password, refused a change, or something else failed. */
export type SyncProblem = 'credentials' | 'denied' | 'failed';

/** What the status bar says of the sync; `detail` is the server's or the browser's own words, for the curious. */
export type SyncStatus =
  | { state: 'off' }
  | { state: 'syncing' }
  | { state: 'synced' }
  | { state: 'offline'; detail: string }
  | { state: 'error'; problem: SyncProblem; detail: string };

export interface DeskSyncParts {
  db: NewsroomDB;
  /** The mirror on this machine. */
  local: DeskDatabase;
  /** The desk's database on its server. */
  remote: DeskDatabase;
  onStatus: (status: SyncStatus) => void;
  /** The editor's name on the desk's server: who the rows they send were changed by. */
  userName: string;
  /** Rows sent or merged per transaction. */
  batchSize?: number;
}

type Direction = 'pull' | 'push';
type Failure = { problem: SyncProblem; detail: string };

const DEFAULT_BATCH = 500;
/**
 * Documents per replication batch. Each batch costs PouchDB several round trips and transactions; a new editor's
 * first pull of 20,000 documents took 12.7 s in batches of 2,000 against 16.2 s in batches of 500. Merging into the
 * library stays in batches of DeskSyncParts.batchSize, so the window's frames do not grow with it.
 */
const REPLICATION_BATCH = 2000;

export class DeskSync {
  private readonly _db: NewsroomDB;
  private readonly _local: DeskDatabase;
  private readonly _remote: DeskDatabase;
  private readonly _onStatus: (status: SyncStatus) => void;
  private readonly _userName: string;
  private readonly _batchSize: number;
  /** Sending and merging one after the other: each reads what the other writes. */
  private _work: Promise<void> = Promise.resolve();
  private readonly _incoming: PouchChange[] = [];
  private _mergeQueued = false;
  private _drainQueued = false;
  private _outboxWatch: Subscription | null = null;
  private _changes: PouchChangesFeed | null = null;
  private _pullingAlone: PouchReplication | null = null;
  /** The first sync's snapshot while it is read; stopping waits for it. */
  private _reading: Promise<unknown> = Promise.resolve();
  private _replications: PouchReplication[] = [];
  private readonly _directions: Record<Direction, 'active' | 'paused' | 'offline'> = { pull: 'active', push: 'active' };
  private _stopped = false;
  private _lastStatus = '';
  /**
   * What the desk's server refused (the name and password, a change), or a feed that gave up: the status bar says it
   * until the sync is started again, whatever succeeds meanwhile on this machine.
   */
  private _refusal: Failure | null = null;
  /** A failure of this machine's own work (sending the outbox, merging): said until the next of it succeeds. */
  private _failure: Failure | null = null;

  constructor(parts: DeskSyncParts) {
    this._db = parts.db;
    this._local = parts.local;
    this._remote = parts.remote;
    this._onStatus = parts.onStatus;
    this._userName = parts.userName;
    this._batchSize = parts.batchSize ?? DEFAULT_BATCH;
  }

  /**
   * Starts merging the mirror's changes and replicating with the desk, then sending the outbox. A new mirror is first
   * filled, with the library, from a snapshot of the desk (desk-snapshot.ts): what it brings need not be merged again
   * or read back for sending, so the merging of the mirror's changes and the push start after it.
   */
  async start(): Promise<void> {
    this._report({ state: 'syncing' });
    const checkpoint = (await this._db.syncState.get('checkpoint')) as SyncCheckpoint | undefined;
    const mirror = await this._local.info();
    if (this._stopped) return;
    const snapshot = Number(mirror.update_seq) === 0 ? await this._fromSnapshot() : undefined;
    // (A method, not the field: the stop may have come during the snapshot, which narrowing the field would not see.)
    if (this._hasStopped()) return;
    this._changes = this._local
      .changes({
        since: snapshot?.mirrorSeq ?? checkpoint?.since ?? 0,
        live: true,
        include_docs: true,
        style: 'all_docs',
        batch_size: this._batchSize,
      })
      .on('change', (change) => {
        this._incoming.push(change);
        this._queueMerge();
      })
      .on('error', (error) => this._fail(error));
    if (snapshot && snapshot.conflicted.length > 0) await this._pullOnly(snapshot.conflicted);
    if (this._hasStopped()) return;
    this._replications = [
      this._follow(
        'pull',
        this._local.replicate.from(this._remote, { ...this._liveOptions('pull'), since: snapshot?.remoteSeq }),
      ),
      this._follow('push', this._local.replicate.to(this._remote, { ...this._liveOptions('push'), since: snapshot?.mirrorSeq })),
    ];
    this._outboxWatch = liveQuery(() => this._db.syncOutbox.count()).subscribe({
      next: (waiting) => {
        if (waiting > 0) this._queueDrain();
        else this._reportProgress();
      },
      error: (error: unknown) => this._fail(error),
    });
  }

  /**
   * Fills the new mirror and the library from a snapshot of the desk, nothing else written to either meanwhile.
   * Undefined if it did not finish (offline, refused or stopped): the live replication then does what is left, as it
   * would from the start.
   */
  private async _fromSnapshot(): Promise<Snapshot | undefined> {
    const reading = syncFromSnapshot(this._db, this._local, this._remote, () => this._stopped);
    this._reading = reading.catch(() => undefined);
    try {
      return await reading;
    } catch {
      return undefined;
    }
  }

  /** Pulls these documents alone, with every version the desk holds of them; the mirror's changes merge them. */
  private async _pullOnly(ids: string[]): Promise<void> {
    const pull = this._local.replicate.from(this._remote, { batch_size: REPLICATION_BATCH, doc_ids: ids });
    this._pullingAlone = pull;
    try {
      await pull;
    } catch {
      // The live pull brings them too, from the desk's sequence on, or at its next start.
    } finally {
      this._pullingAlone = null;
    }
  }

  private _hasStopped(): boolean {
    return this._stopped;
  }

  private _liveOptions(direction: Direction): ReplicationOptions {
    return {
      live: true,
      retry: true,
      batch_size: REPLICATION_BATCH,
      // Called when a request to the server failed and is to be tried again: the one sign of being offline that a
      // live replication gives (its errors are retried, not reported).
      back_off_function: (delay) => {
        this._directions[direction] = 'offline';
        this._reportProgress();
        return backOff(delay);
      },
    };
  }

  private _follow(direction: Direction, replication: PouchReplication): PouchReplication {
    return replication
      .on('active', () => {
        this._directions[direction] = 'active';
        this._reportProgress();
      })
      .on('paused', (error) => {
        if (error) this._directions[direction] = 'offline';
        else if (this._directions[direction] === 'active') this._directions[direction] = 'paused';
        this._reportProgress(error);
      })
      .on('denied', (error) => this._fail(error, 'denied'))
      .on('error', (error) => this._fail(error));
  }

  /** Stops replicating; what waits in the outbox stays there for the next start. */
  async stop(): Promise<void> {
    this._stopped = true;
    this._outboxWatch?.unsubscribe();
    this._changes?.cancel();
    this._pullingAlone?.cancel();
    for (const replication of this._replications) replication.cancel();
    await this._reading;
    await this._work;
    this._report({ state: 'off' });
  }

  private _queueDrain(): void {
    if (this._drainQueued || this._stopped) return;
    this._drainQueued = true;
    this._then(async () => {
      this._drainQueued = false;
      while (!this._stopped && (await this._sendBatch())) {
        // Each batch is one transaction of the mirror and one of the library; the next follows at once.
      }
    });
  }

  private _queueMerge(): void {
    if (this._mergeQueued || this._stopped) return;
    this._mergeQueued = true;
    this._then(async () => {
      this._mergeQueued = false;
      while (!this._stopped && this._incoming.length > 0)
        await mergeIntoLibrary(this._db, this._local, this._incoming.splice(0, this._batchSize));
    });
  }

  private _then(task: () => Promise<void>): void {
    this._work = this._work
      .then(task)
      .then(() => {
        this._failure = null;
        this._reportProgress();
      })
      .catch((error: unknown) => {
        this._failure = failureOf(error);
        this._reportProgress();
      });
  }

  /**
   * Writes a batch of the outbox's rows to the mirror, and removes the entries no later write has replaced. Returns
   * whether a full batch was sent (more may wait).
   */
  private async _sendBatch(): Promise<boolean> {
    const entries: OutboxEntry[] = [];
    for (const table of SHARED_TABLES) {
      if (entries.length === this._batchSize) break;
      entries.push(
        ...(await this._db.syncOutbox
          .where('table')
          .equals(table)
          .limit(this._batchSize - entries.length)
          .toArray()),
      );
    }
    if (entries.length === 0) return false;
    const rows = await libraryRows(this._db, entries);
    const ids = entries.map((entry) => documentId(entry.table, entry.key));
    const mirrored = await this._local.allDocs({ keys: ids, include_docs: true });
    const writes: DeskDocument[] = [];
    const written: OutboxEntry[] = [];
    entries.forEach((entry, index) => {
      const row = rows[index];
      const found = mirrored.rows[index];
      const current = found && 'doc' in found && found.doc ? found.doc : null;
      const rev = found && 'value' in found ? found.value.rev : undefined;
      const deletedInMirror = found !== undefined && 'value' in found && found.value.deleted === true;
      const id = ids[index] ?? '';
      written.push(entry);
      if (row) {
        const shared = sharedRow(entry.table, row);
        if (current && !deletedInMirror && sameVersion(versionOf(current), { row: shared })) return;
        writes.push({ _id: id, ...(rev ? { _rev: rev } : {}), table: entry.table, row: shared, by: this._userName });
      } else if (current && !deletedInMirror) {
        const merged = entry.mergedInto === undefined ? {} : { mergedInto: entry.mergedInto };
        writes.push({
          _id: id,
          _rev: rev,
          _deleted: true,
          table: entry.table,
          deletedAt: entry.at,
          ...merged,
          by: this._userName,
        });
      }
    });
    const results = writes.length > 0 ? await this._local.bulkDocs(writes) : [];
    // A document the replication changed between the read and the write is sent again in the next batch.
    const refused = new Set(results.flatMap((result) => ('error' in result && result.error ? [result.id] : [])));
    const sent = written.filter((entry) => !refused.has(documentId(entry.table, entry.key)));
    const changedHere = new Set(writes.map((write) => write._id));
    await this._db.transaction('rw', this._db.syncOutbox, this._db.deskAuthors, async () => {
      const now = await this._db.syncOutbox.bulkGet(sent.map((entry) => entry.id));
      const unchanged = sent.filter((entry, index) => now[index]?.stamp === entry.stamp);
      await this._db.syncOutbox.bulkDelete(unchanged.map((entry) => entry.id));
      // The annotations the desk now has from this editor.
      const authored = entries.flatMap((entry, index) => {
        const row = rows[index] as Annotation | undefined;
        const id = documentId(entry.table, entry.key);
        return entry.table === 'annotations' && changedHere.has(id) && !refused.has(id) ? [{ key: entry.key, row }] : [];
      });
      await this._db.deskAuthors.bulkPut(
        authored.flatMap(({ key, row }) => (row ? [{ id: key, articleId: row.articleId, by: this._userName }] : [])),
      );
      await this._db.deskAuthors.bulkDelete(authored.flatMap(({ key, row }) => (row ? [] : [key])));
    });
    return entries.length === this._batchSize || refused.size > 0;
  }

  private _reportProgress(error?: unknown): void {
    if (this._stopped) return;
    const states = Object.values(this._directions);
    const replicating = states.includes('offline') ? 'offline' : states.includes('active') ? 'active' : 'paused';
    const failure = this._refusal ?? this._failure;
    if (failure) this._report({ state: 'error', ...failure });
    else if (replicating === 'offline' && statusOf(error) === 401) this._fail(error);
    else if (replicating === 'offline') this._report({ state: 'offline', detail: reasonOf(error) });
    else if (replicating === 'active' || this._drainQueued || this._mergeQueued) this._report({ state: 'syncing' });
    else this._report({ state: 'synced' });
  }

  private _fail(error: unknown, problem?: SyncProblem): void {
    this._refusal = failureOf(error, problem);
    this._reportProgress();
  }

  private _report(status: SyncStatus): void {
    const said = JSON.stringify(status);
    if (said === this._lastStatus) return;
    this._lastStatus = said;
    this._onStatus(status);
  }
}

/**
 * Retries a lost server after 1, 2, 4 and 8 seconds, then every 10: an editor back online is synced within 10 s, for
 * one small request a try while offline.
 */
function backOff(delay: number): number {
  return delay === 0 ? 1000 : Math.min(delay * 2, 10_000);
}

function failureOf(error: unknown, problem: SyncProblem = statusOf(error) === 401 ? 'credentials' : 'failed'): Failure {
  return { problem, detail: reasonOf(error) };
}

function statusOf(error: unknown): number | null {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : null;
}

function reasonOf(error: unknown): string {
  if (!error) return '';
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && 'reason' in error && typeof error.reason === 'string') return error.reason;
  if (typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}
