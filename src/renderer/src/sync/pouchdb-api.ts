// The part of PouchDB's API the desk's sync uses, typed here: DefinitelyTyped's @types/pouchdb-core declares a global
// `Buffer` of its own that breaks Node's wherever both are loaded (the tests). Each member is PouchDB's documented
// signature, narrowed to the options the sync passes.
import type { DeskDocument } from './desk-documents';

export type DeskDocumentBody = Omit<DeskDocument, '_id' | '_rev'>;

export interface PouchError {
  status?: number;
  name?: string;
  message?: string;
  reason?: string;
}

export interface PouchChange {
  id: string;
  seq: number | string;
  /** Every leaf revision of the document (with `style: 'all_docs'`): more than one when it has conflicts. */
  changes: { rev: string }[];
  deleted?: boolean;
  doc?: DeskDocument;
}

/** `changes({ live: true })`: an emitter that can be cancelled. */
export interface PouchChangesFeed {
  on(event: 'change', listener: (change: PouchChange) => void): PouchChangesFeed;
  on(event: 'error', listener: (error: PouchError) => void): PouchChangesFeed;
  cancel(): void;
}

/** `replicate.from(remote, options)` or `replicate.to(remote, options)`: one direction, live or until caught up. */
export interface PouchReplication extends PromiseLike<unknown> {
  on(event: 'active' | 'complete', listener: () => void): PouchReplication;
  on(event: 'paused', listener: (error?: PouchError) => void): PouchReplication;
  on(event: 'denied' | 'error', listener: (error: PouchError) => void): PouchReplication;
  cancel(): void;
}

export interface ReplicationOptions {
  batch_size: number;
  /** Only these documents. */
  doc_ids?: string[];
  live?: true;
  retry?: true;
  /** Where to start reading the source's changes instead of the last checkpoint. */
  since?: number | string;
  /** Called with the last wait before retrying a lost server; returns the next. */
  back_off_function?: (delay: number) => number;
}

export type AllDocsRow =
  | { key: string; id: string; value: { rev: string; deleted?: boolean }; doc?: DeskDocument | null }
  | { key: string; error: string };

export type BulkResult = { ok: true; id: string; rev: string } | { id: string; error: string; status?: number };

export type OpenRevision = { ok: DeskDocument & { _rev: string } } | { missing: string };

export interface DeskDatabase {
  changes(options: {
    since: number | string;
    live: true;
    include_docs: true;
    style: 'all_docs';
    batch_size: number;
  }): PouchChangesFeed;
  replicate: {
    from(remote: DeskDatabase, options: ReplicationOptions): PouchReplication;
    to(remote: DeskDatabase, options: ReplicationOptions): PouchReplication;
  };
  /** `update_seq` is 0 in a database nothing was ever written to. */
  info(): Promise<{ update_seq: number | string }>;
  allDocs(options: { keys: string[]; include_docs: true }): Promise<{ rows: AllDocsRow[] }>;
  /** A page of the documents in id order, from `startkey` to `endkey`; `_conflicts` lists a document's other versions. */
  allDocs(options: {
    include_docs: true;
    conflicts: true;
    limit: number;
    startkey: string;
    endkey: string;
  }): Promise<{ rows: { id: string; doc?: (DeskDocument & { _rev: string; _conflicts?: string[] }) | null }[] }>;
  /** Every document's id and revision: what the tests read of the desk's server. */
  allDocs(): Promise<{ rows: { id: string; value: { rev: string } }[] }>;
  bulkDocs(documents: DeskDocument[]): Promise<BulkResult[]>;
  /** Stores the documents with the revisions they have (as replication does), not as new edits. */
  bulkDocs(documents: (DeskDocument & { _rev: string })[], options: { new_edits: false }): Promise<BulkResult[]>;
  get(id: string, options: { open_revs: 'all' }): Promise<OpenRevision[]>;
  get(id: string): Promise<DeskDocument & { _rev: string }>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}
