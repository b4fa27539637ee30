// The outbox of the desk's sync: every write to a table the desk shares, from whatever part of the app (an edit, an
// undo, an import, a restore, another window), leaves a record of which row changed, in the same transaction as the
// write. The sync worker sends those rows to the desk and removes their records; a change can therefore never be
// written to the library and lost to the desk. Only a library linked to a desk keeps an outbox: otherwise nobody
// would ever empty it.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, EntityTable, Middleware } from 'dexie';
import { Dexie } from 'dexie';

/**
 * The tables the desk shares, each row one document of the desk's database; in the order they are sent and merged,
 * so that an annotation never arrives before its article or its entity.
 */
export const SHARED_TABLES = ['articles', 'articleTexts', 'tags', 'entities', 'annotations'] as const;
export type SharedTable = (typeof SHARED_TABLES)[number];

export const OUTBOX_TABLE = 'syncOutbox';
export const SYNC_STATE_TABLE = 'syncState';
export const DESK_AUTHORS_TABLE = 'deskAuthors';

/** One row changed since the desk last had it: its table and key, and a stamp that changes with every write of it. */
export interface OutboxEntry {
  /** The table and the key, joined: a row written ten times waits in the outbox once. */
  id: string;
  table: SharedTable;
  key: string;
  /** New at every write: the sync removes the entry only if no write came after the one it sent. */
  stamp: string;
  /** When the row was written (ISO): a deletion's time, for the rule that the later of an edit and a deletion wins. */
  at: string;
  /** An entity deleted by a merge: the entity its mentions went to, so that other editors' mentions follow it. */
  mergedInto?: string;
}

/** The library's link to a desk, kept in `syncState` under `link`. The password is never stored in the library. */
export interface DeskLink {
  name: 'link';
  /** The desk's database, e.g. `https://couch.example.org/politics-desk`. */
  url: string;
  userName: string;
  /** Whether the editor has sync switched on: switched off, changes wait in the outbox. */
  enabled: boolean;
}

/** Where the sync has got to in the desk's changes, kept in `syncState` under `checkpoint`. */
export interface SyncCheckpoint {
  name: 'checkpoint';
  /** The local mirror's last change merged into the library. */
  since: number | string;
}

export type SyncStateRow = DeskLink | SyncCheckpoint;

/** Who of the desk last changed an annotation, as the desk's server last had it (their name on the server). */
export interface DeskAuthor {
  /** The annotation's id. */
  id: string;
  articleId: string;
  by: string;
}

/** The tables of the sync's own bookkeeping: per machine, never backed up or restored. */
export const SYNC_TABLES = [OUTBOX_TABLE, SYNC_STATE_TABLE, DESK_AUTHORS_TABLE] as const;

export function outboxId(table: SharedTable, key: string): string {
  return `${table}\u0000${key}`;
}

/**
 * Notes on the outbox entry of an entity just deleted by merging it into `targetId` where its mentions went: the
 * desk's copy of the deletion says so, and every other library relinks its own mentions of it (desk-merge.ts). In the
 * deleting transaction, which must include the outbox; nothing is noted in a library that keeps none.
 */
export async function noteMergedInto(outbox: EntityTable<OutboxEntry, 'id'>, sourceId: string, targetId: string): Promise<void> {
  await outbox.update(outboxId('entities', sourceId), { mergedInto: targetId });
}

/** Transactions of the sync itself, writing what came from the desk: their writes are not sent back to it. */
const fromDesk = new WeakSet();

/** Marks `transaction` (Dexie's `Transaction.idbtrans`) as the sync's own. */
export function markFromDesk(transaction: object): void {
  fromDesk.add(transaction);
}

function isShared(name: string): name is SharedTable {
  return (SHARED_TABLES as readonly string[]).includes(name);
}

/** The keys a write touches: given, taken from its values, or, for a range, read before it runs. */
function keysOf(table: DBCoreTable, request: DBCoreMutateRequest): PromiseLike<unknown[]> {
  switch (request.type) {
    case 'add':
    case 'put':
      return Dexie.Promise.resolve<unknown[]>(
        request.keys ?? request.values.map((value): unknown => table.schema.primaryKey.extractKey?.(value)),
      );
    case 'delete':
      return Dexie.Promise.resolve<unknown[]>(request.keys);
    case 'deleteRange':
      return table
        .query({ trans: request.trans, values: false, query: { index: table.schema.primaryKey, range: request.range } })
        .then((found) => found.result as unknown[]);
  }
}

/** Whether the library is linked to a desk, read once per transaction. */
function linkedIn(core: DBCore, trans: DBCoreTransaction, known: WeakMap<object, PromiseLike<boolean>>): PromiseLike<boolean> {
  let linked = known.get(trans);
  if (!linked) {
    linked = Dexie.Promise.resolve(core.table(SYNC_STATE_TABLE).get({ trans, key: 'link' })).then(
      (link: DeskLink | undefined) => link !== undefined,
    );
    known.set(trans, linked);
  }
  return linked;
}

/** Records in the outbox every write to a shared table, in the write's own transaction. */
export const syncOutboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SyncOutbox',
  // With the counts' middleware: below Dexie's hooks, above its cache, so that a live query of the outbox hears of it.
  level: 1.4,
  create(down) {
    const linkKnown = new WeakMap<object, PromiseLike<boolean>>();
    return {
      ...down,
      transaction(stores, mode, options) {
        const writesShared = mode === 'readwrite' && stores.some(isShared);
        return down.transaction(writesShared ? [...new Set([...stores, ...SYNC_TABLES])] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!isShared(name)) return table;
        return {
          ...table,
          mutate(request) {
            // An upgrade of the layout changes every replica's rows alike, as each opens the library: nothing to send.
            if (fromDesk.has(request.trans) || (request.trans as unknown as IDBTransaction).mode === 'versionchange')
              return table.mutate(request);
            // Chained on Dexie's promise, not awaited: the layers below read the transaction from Dexie's zone.
            return Dexie.Promise.resolve(linkedIn(down, request.trans, linkKnown)).then((linked) => {
              if (!linked) return table.mutate(request);
              return Dexie.Promise.resolve(keysOf(table, request)).then((keys) =>
                Dexie.Promise.resolve(table.mutate(request)).then((response) => {
                  const at = new Date().toISOString();
                  const entries = new Map<string, OutboxEntry>();
                  keys.forEach((key, index) => {
                    if (index in response.failures || typeof key !== 'string') return;
                    const id = outboxId(name, key);
                    entries.set(id, { id, table: name, key, stamp: crypto.randomUUID(), at });
                  });
                  if (entries.size === 0) return response;
                  return down
                    .table(OUTBOX_TABLE)
                    .mutate({ type: 'put', trans: request.trans, values: [...entries.values()] })
                    .then(() => response);
                }),
              );
            });
          },
        };
      },
    };
  },
};
