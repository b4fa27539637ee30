// Merging the desk's documents into the library: each document's versions settled by the rule in desk-documents.ts
// (the losing ones removed from the mirror, so every replica ends with the same), then a batch written in one
// transaction that the outbox does not send back, the editor's own unsent changes kept where the rule says so, and
// mentions of an entity another editor merged away relinked as that editor did. Used by the sync engine (desk-sync.ts).
import type { Annotation } from '../../../shared/annotation';
import type { NewsroomDB } from '../db/database';
import { relinkMentions } from '../db/library';
import { markFromDesk, outboxId, SHARED_TABLES, SYNC_TABLES } from '../db/sync-outbox';
import type { DeskAuthor, OutboxEntry, SharedTable, SyncCheckpoint } from '../db/sync-outbox';
import type { DeskDocument, RowVersion } from './desk-documents';
import { laterVersion, libraryRow, rowAddress, sameVersion, sharedRow, versionOf } from './desk-documents';
import type { DeskDatabase, PouchChange } from './pouchdb-api';

type StoredDocument = DeskDocument & { _rev: string };

/** The library's rows of `entries`, in their order (undefined for a row since deleted). */
export async function libraryRows(
  db: NewsroomDB,
  entries: readonly { table: SharedTable; key: string }[],
): Promise<(object | undefined)[]> {
  const rows = new Array<object | undefined>(entries.length);
  for (const table of SHARED_TABLES) {
    const positions = entries.flatMap((entry, index) => (entry.table === table ? [index] : []));
    if (positions.length === 0) continue;
    const found = await db.table(table).bulkGet(positions.map((index) => entries[index]?.key ?? ''));
    positions.forEach((position, index) => (rows[position] = found[index] as object | undefined));
  }
  return rows;
}

/**
 * Settles each document's versions, then merges the batch into the library in one transaction, with `checkpoint`:
 * where in the mirror's changes the next merge starts (null: not from the mirror's changes, nothing to note).
 */
export async function mergeIntoLibrary(
  db: NewsroomDB,
  mirror: DeskDatabase,
  changes: PouchChange[],
  checkpoint: number | string | null = changes.at(-1)?.seq ?? null,
): Promise<void> {
  const incoming = new Map<string, { table: SharedTable; key: string; version: RowVersion }>();
  for (const change of changes) {
    const address = rowAddress(change.id);
    if (!address || !change.doc) continue;
    const version = change.changes.length > 1 ? await settle(mirror, address.table, change.id) : versionOf(change.doc);
    incoming.set(outboxId(address.table, address.key), { ...address, version });
  }
  const merged = [...incoming.values()];
  const tables = [...SHARED_TABLES, ...SYNC_TABLES];
  await db.transaction('rw', tables, async (transaction) => {
    markFromDesk(transaction.idbtrans);
    const stored = await libraryRows(db, merged);
    // An empty outbox (a new editor's first sync, a quiet desk) is one request, not one a row.
    const pending =
      (await db.syncOutbox.count()) === 0
        ? []
        : await db.syncOutbox.bulkGet(merged.map((change) => outboxId(change.table, change.key)));
    const sendAgain: OutboxEntry[] = [];
    const puts = new Map<SharedTable, object[]>();
    const deletes = new Map<SharedTable, string[]>();
    const authors: DeskAuthor[] = [];
    /** Entities another editor merged into others: this library's own mentions of them follow. */
    const mergedAway = new Map<string, string>();
    merged.forEach(({ table, key, version }, index) => {
      const row = stored[index];
      const waiting = pending[index];
      const local: RowVersion | null = row ? { row: sharedRow(table, row) } : waiting ? { deletedAt: waiting.at } : null;
      if (local && sameVersion(local, version)) return;
      const later = local ? laterVersion(table, local, version) : version;
      // The editor's own change, not sent yet, stands unless the rule says the desk's is later; a change already sent
      // that the rule keeps is sent again, on top of the desk's.
      if (waiting ? later !== version : later === local) {
        if (!waiting && local) sendAgain.push(entryFor(table, key, local));
        return;
      }
      if ('row' in version) {
        const list = puts.get(table) ?? [];
        list.push(libraryRow(table, version.row, row));
        puts.set(table, list);
        if (table === 'annotations' && version.by !== undefined)
          authors.push({ id: key, articleId: (version.row as unknown as Annotation).articleId, by: version.by });
      } else if (row) {
        const list = deletes.get(table) ?? [];
        list.push(key);
        deletes.set(table, list);
        if (table === 'entities' && version.mergedInto !== undefined) mergedAway.set(key, version.mergedInto);
      }
    });
    // Articles and entities before the annotations, so the window never shows an annotation of no article.
    for (const table of SHARED_TABLES) {
      const rows = puts.get(table);
      if (rows) await db.table(table).bulkPut(rows);
    }
    for (const table of [...SHARED_TABLES].reverse()) {
      const keys = deletes.get(table);
      if (keys) await db.table(table).bulkDelete(keys);
    }
    // As the editor who merged did with theirs; the merge's writes are not sent by themselves, so these are queued.
    if (mergedAway.size > 0) {
      const relinked = (await relinkMentions(db, mergedAway, new Date())).map((pair) => pair.after);
      await db.annotations.bulkPut(relinked);
      for (const annotation of relinked) sendAgain.push(entryFor('annotations', annotation.id, { row: { ...annotation } }));
    }
    if (sendAgain.length > 0) await db.syncOutbox.bulkPut(sendAgain);
    await db.deskAuthors.bulkPut(authors);
    const gone = deletes.get('annotations');
    if (gone) await db.deskAuthors.bulkDelete(gone);
    if (checkpoint !== null) {
      const noted: SyncCheckpoint = { name: 'checkpoint', since: checkpoint };
      await db.syncState.put(noted);
    }
  });
}

/**
 * A document with more than one version: keeps the one the rule picks (the desk's own winner where the rule cannot
 * tell), writes it over the winner if it is another, and removes every other version. Returns what is kept.
 */
async function settle(mirror: DeskDatabase, table: SharedTable, id: string): Promise<RowVersion> {
  const leaves = (await mirror.get(id, { open_revs: 'all' })).flatMap((leaf) => ('ok' in leaf ? [leaf.ok] : []));
  // The desk's winner; a deleted document has none, and its deletion stands.
  const winner: StoredDocument | null = await mirror.get(id).catch(() => null);
  const standing = winner ?? leaves.find((leaf) => leaf._deleted) ?? leaves[0];
  if (!standing) return { deletedAt: '' };
  let kept = versionOf(standing);
  for (const leaf of leaves) {
    const other = versionOf(leaf);
    if (laterVersion(table, kept, other) === other) kept = other;
  }
  const writes: DeskDocument[] = leaves
    .filter((leaf) => leaf._rev !== standing._rev && !leaf._deleted)
    .map((leaf) => ({ _id: id, _rev: leaf._rev, _deleted: true, table }));
  if (!sameVersion(kept, versionOf(standing)))
    writes.push({
      _id: id,
      _rev: standing._rev,
      table,
      ...('row' in kept ? { row: kept.row, by: kept.by } : { _deleted: true, ...kept }),
    });
  if (writes.length > 0) await mirror.bulkDocs(writes);
  return kept;
}

/** An outbox entry for a row whose version is to be sent (again). */
export function entryFor(table: SharedTable, key: string, version: RowVersion): OutboxEntry {
  return {
    id: outboxId(table, key),
    table,
    key,
    stamp: crypto.randomUUID(),
    at: 'deletedAt' in version ? version.deletedAt : new Date().toISOString(),
  };
}
