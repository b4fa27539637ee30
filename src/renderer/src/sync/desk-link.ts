// Linking the library to a desk, or changing the link. Linked, every shared row the library already holds waits in the
// outbox to be sent, and from then on every write adds its own (sync-outbox.ts).
import type { NewsroomDB } from '../db/database';
import { outboxId, SHARED_TABLES } from '../db/sync-outbox';
import type { DeskLink, OutboxEntry } from '../db/sync-outbox';

/** The link, or null for a library of one editor. */
export async function deskLink(db: NewsroomDB): Promise<DeskLink | null> {
  const link = await db.syncState.get('link');
  return link?.name === 'link' ? link : null;
}

/**
 * Links the library to the desk at `link.url`, or changes the link's settings. A first link, or one to another desk,
 * puts every shared row in the outbox and starts reading the desk's changes from its beginning.
 */
export async function linkLibrary(db: NewsroomDB, link: Omit<DeskLink, 'name'>): Promise<void> {
  await db.transaction('rw', [db.syncState, db.syncOutbox, ...SHARED_TABLES.map((table) => db.table(table))], async () => {
    const before = await deskLink(db);
    await db.syncState.put({ name: 'link', ...link });
    if (before?.url === link.url) return;
    await db.syncState.delete('checkpoint');
    const at = new Date().toISOString();
    for (const table of SHARED_TABLES) {
      const keys = (await db.table(table).toCollection().primaryKeys()) as string[];
      const entries: OutboxEntry[] = keys.map((key) => ({
        id: outboxId(table, key),
        table,
        key,
        stamp: crypto.randomUUID(),
        at,
      }));
      await db.syncOutbox.bulkPut(entries);
    }
  });
}
