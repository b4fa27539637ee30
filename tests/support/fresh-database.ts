// A new, empty library for every test of a file, deleted after the test. Test files import fake-indexeddb/auto
// first, before Dexie loads.
import { afterEach, beforeEach } from 'vitest';
import { DATABASE_NAME, NewsroomDB } from '../../src/renderer/src/db/database';

let count = 0;

/** Before each test, makes a fresh database and hands it to `use`; after it, deletes the database. */
export function withFreshDatabase(use: (db: NewsroomDB) => void | Promise<void>): void {
  let db: NewsroomDB | undefined;
  beforeEach(async () => {
    // Named as the app names its libraries, so that a backup made of it restores.
    db = new NewsroomDB(`${DATABASE_NAME}-test-${++count}`);
    await use(db);
  });
  afterEach(async () => {
    await db?.delete();
  });
}
