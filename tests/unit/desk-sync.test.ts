// Two editors' libraries synced through a desk's CouchDB-compatible server (in memory, in this process): what one
// tags the other gets, both work while the server is away, and every replica ends with the same version of each row.
// The libraries are real (fake-indexeddb), the mirrors real PouchDB (memory adapter), the server express-pouchdb.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/shared/annotation';
import { buildArticle } from '../../src/shared/article/article-builder';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import { DATABASE_NAME, NewsroomDB } from '../../src/renderer/src/db/database';
import { addOrReopenArticle, planEntityMerge } from '../../src/renderer/src/db/library';
import { AnnotationHistory } from '../../src/renderer/src/editing/annotation-history';
import { checkCredentials } from '../../src/renderer/src/sync/desk-credentials';
import { linkLibrary } from '../../src/renderer/src/sync/desk-link';
import type { SyncStatus } from '../../src/renderer/src/sync/desk-sync';
import { DeskSync } from '../../src/renderer/src/sync/desk-sync';
import type { DeskDocument } from '../../src/renderer/src/sync/desk-documents';
import type { DeskDatabase } from '../../src/renderer/src/sync/pouchdb-api';
import { annotationOn } from '../support/annotations';
import type { DeskServer } from '../support/desk-server';
import { MemoryPouchDB, startDeskServer } from '../support/desk-server';

const article = buildArticle(
  parsePlainText(' date 2026-01-09 Творек уходит\n\nДжерри Творек покидает «Северный ветер» ради «Полярной звезды».', 'f'),
  { fileName: 'tworek.txt', format: 'text', encoding: 'utf-8', byteLength: 120 },
);

let server: DeskServer;
let editors = 0;

beforeAll(async () => {
  server = await startDeskServer();
  await server.addEditor('anna', 'anna-password');
  await server.addEditor('boris', 'boris-password');
});

afterAll(async () => {
  await server.close();
});

interface Editor {
  name: string;
  db: NewsroomDB;
  sync: DeskSync;
  statuses: SyncStatus[];
}

const running: Editor[] = [];

afterEach(async () => {
  for (const editor of running.splice(0)) {
    await editor.sync.stop();
    await editor.db.delete();
  }
});

/** An editor's library (a new one unless given), linked to the desk, syncing; `watch` may wrap their link to it. */
async function editor(
  name: string,
  password: string,
  db = new NewsroomDB(`${DATABASE_NAME}-sync-${++editors}`),
  watch: (remote: DeskDatabase) => DeskDatabase = (remote) => remote,
): Promise<Editor> {
  await db.open();
  await linkLibrary(db, { url: server.url, userName: name, enabled: true });
  const statuses: SyncStatus[] = [];
  const sync = new DeskSync({
    db,
    local: new MemoryPouchDB(`mirror-${editors}`, { adapter: 'memory' }),
    remote: watch(new MemoryPouchDB(server.url, { auth: { username: name, password }, skip_setup: true })),
    userName: name,
    onStatus: (status) => statuses.push(status),
  });
  await sync.start();
  const started = { name, db, sync, statuses };
  running.push(started);
  return started;
}

/** Waits until `read` gives what `expected` accepts, for at most `ms`. */
async function until<T>(read: () => Promise<T>, accepts: (value: T) => boolean, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (accepts(value)) return value;
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(value)} after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A watch for `editor` that runs `action` before the `nth` page its first sync reads of the desk's snapshot; `reads`
 * tells how many pages were asked for.
 */
function beforeSnapshotPage(nth: number, action: () => Promise<unknown>) {
  let pages = 0;
  const watch = (remote: DeskDatabase): DeskDatabase => {
    const allDocs = remote.allDocs.bind(remote) as (options: object) => Promise<unknown>;
    return Object.assign(remote, {
      allDocs: async (options: { conflicts?: true }) => {
        if (options.conflicts && ++pages === nth) await action();
        return allDocs(options);
      },
    });
  };
  return { watch, reads: () => pages };
}

/** The keys of every annotation the desk holds, sorted. */
async function deskAnnotationKeys(): Promise<string[]> {
  return (await server.database.allDocs()).rows
    .flatMap(({ id }) => (id.startsWith('annotation:') ? [id.slice('annotation:'.length)] : []))
    .sort();
}

const annotationIn = (db: NewsroomDB, id: string) => () => db.annotations.get(id);
const at = (minute: number) => `2026-01-09T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('two editors of one desk', () => {
  it('one tags, the other gets the article and the tag; a note comes back the other way', async () => {
    const anna = await editor('anna', 'anna-password');
    const boris = await editor('boris', 'boris-password');
    await addOrReopenArticle(anna.db, article, new Date(at(0)));
    const tag = annotationOn(article, 'Джерри Творек', 'person', { id: 'tworek' });
    await anna.db.annotations.put(tag);

    await until(annotationIn(boris.db, 'tworek'), (found) => found?.quote === 'Джерри Творек');
    await until(
      () => boris.db.articleTexts.get(article.id),
      (text) => text?.text === article.text,
    );
    expect((await boris.db.articles.get(article.id))?.title).toBe(article.title);
    // The counts are kept for synced writes as for any other.
    expect((await boris.db.articleCounts.get(article.id))?.annotations).toBe(1);

    await boris.db.annotations.put({ ...tag, note: 'Проверить должность', updatedAt: at(5) });
    await until(annotationIn(anna.db, 'tworek'), (found) => found?.note === 'Проверить должность');
    // Who changed it last, as each library knows it: the desk's name of the editor who sent it.
    await until(
      () => anna.db.deskAuthors.get('tworek'),
      (author) => author?.by === 'boris',
    );
    await until(
      () => boris.db.deskAuthors.get('tworek'),
      (author) => author?.by === 'boris',
    );
    await until(
      () => anna.db.syncOutbox.count(),
      (waiting) => waiting === 0,
    );
    await until(
      () => Promise.resolve(anna.statuses.at(-1)),
      (status) => status?.state === 'synced',
    );
  });

  it("one who joins with a library of their own gets the desk's rows and sends theirs", async () => {
    const anna = await editor('anna', 'anna-password');
    await addOrReopenArticle(anna.db, article, new Date(at(0)));
    await anna.db.annotations.put(annotationOn(article, 'Джерри Творек', 'person', { id: 'annas-tag' }));
    await until(() => server.database.get('annotation:annas-tag').catch(() => null), Boolean);

    // Boris has tagged a story of his own before he joins: his new mirror is first filled from the desk, then his
    // rows follow.
    const own = buildArticle(parsePlainText('Бюджет принят\n\nДума приняла бюджет во втором чтении.', 'b'), {
      fileName: 'budget.txt',
      format: 'text',
      encoding: 'utf-8',
      byteLength: 80,
    });
    const db = new NewsroomDB(`${DATABASE_NAME}-sync-${++editors}`);
    await addOrReopenArticle(db, own, new Date(at(1)));
    await db.annotations.put(annotationOn(own, 'Дума', 'organization', { id: 'boris-tag' }));
    const boris = await editor('boris', 'boris-password', db);

    await until(annotationIn(boris.db, 'annas-tag'), Boolean);
    await until(annotationIn(anna.db, 'boris-tag'), (found) => found?.quote === 'Дума');
    await until(
      () => anna.db.articles.get(own.id),
      (found) => found?.title === own.title,
    );
    await until(
      () => boris.db.articleTexts.get(article.id),
      (text) => text?.text === article.text,
    );
    await until(
      () => boris.db.syncOutbox.count(),
      (waiting) => waiting === 0,
    );
  });

  it('one who joins takes the later of a row the desk holds twice, and a row changed while they join', async () => {
    const anna = await editor('anna', 'anna-password');
    await addOrReopenArticle(anna.db, article, new Date(at(0)));
    const split = annotationOn(article, 'Джерри Творек', 'person', { id: 'split' });
    const moving = annotationOn(article, 'Северный ветер', 'organization', { id: 'moving' });
    await anna.db.annotations.bulkPut([split, moving]);
    await until(() => server.database.get('annotation:moving').catch(() => null), Boolean);
    await until(() => server.database.get('annotation:split').catch(() => null), Boolean);
    await anna.sync.stop();

    // Two versions of one row on the desk, as two editors' edits made apart leave it until a replica settles it.
    const stored = await server.database.get('annotation:split');
    const [, parent] = stored._rev.split('-');
    const version = (hash: string, note: string, minute: number) =>
      ({
        ...stored,
        _rev: `2-${hash.repeat(32)}`,
        _revisions: { start: 2, ids: [hash.repeat(32), parent] },
        row: { ...stored.row, note, updatedAt: at(minute) },
      }) as DeskDocument & { _rev: string };
    await server.database.bulkDocs([version('a', 'позже', 20), version('b', 'раньше', 10)], { new_edits: false });

    // Boris's first sync reads the desk twice (the library, then his mirror); between the two, a row changes.
    const changeOne = beforeSnapshotPage(2, async () => {
      const now = await server.database.get('annotation:moving');
      await server.database.bulkDocs([{ ...now, row: { ...now.row, note: 'во время', updatedAt: at(30) } }]);
    });
    const boris = await editor('boris', 'boris-password', undefined, changeOne.watch);

    await until(annotationIn(boris.db, 'split'), (found) => found?.note === 'позже');
    await until(annotationIn(boris.db, 'moving'), (found) => found?.note === 'во время');
    expect((await boris.db.articles.get(article.id))?.title).toBe(article.title);
    // Every annotation the desk holds, and the article's count kept for them.
    expect((await boris.db.annotations.toCollection().primaryKeys()).sort()).toEqual(await deskAnnotationKeys());
    expect((await boris.db.articleCounts.get(article.id))?.annotations).toBe(
      await boris.db.annotations.where('articleId').equals(article.id).count(),
    );
    // The desk keeps one version: Boris's replica settled it by the rule and removed the other.
    await until(
      () => server.database.get('annotation:split', { open_revs: 'all' }),
      (leaves) => leaves.filter((leaf) => 'ok' in leaf && !leaf.ok._deleted).length === 1,
    );
    expect((await server.database.get('annotation:split')).row).toMatchObject({ note: 'позже' });
  });

  it('one whose first sync loses the server midway gets the whole library once it is back', async () => {
    const anna = await editor('anna', 'anna-password');
    await addOrReopenArticle(anna.db, article, new Date(at(0)));
    await anna.db.annotations.bulkPut([
      annotationOn(article, 'Джерри Творек', 'person', { id: 'midway-1' }),
      annotationOn(article, 'Северный ветер', 'organization', { id: 'midway-2' }),
    ]);
    await until(() => server.database.get('annotation:midway-2').catch(() => null), Boolean);

    // The server goes away after Boris's first sync has read the desk's articles, before their annotations.
    const serverGone = beforeSnapshotPage(2, () => server.stop());
    const boris = await editor('boris', 'boris-password', undefined, serverGone.watch);
    expect(serverGone.reads()).toBeGreaterThanOrEqual(2);
    await until(
      () => Promise.resolve(boris.statuses.at(-1)?.state),
      (state) => state === 'offline',
      10_000,
    );
    await server.start();

    await until(annotationIn(boris.db, 'midway-2'), Boolean, 40_000);
    const onDesk = await deskAnnotationKeys();
    await until(
      async () => (await boris.db.annotations.toCollection().primaryKeys()).sort(),
      (held) => JSON.stringify(held) === JSON.stringify(onDesk),
      40_000,
    );
    await until(
      () => Promise.resolve(boris.statuses.at(-1)?.state),
      (state) => state === 'synced',
      40_000,
    );
  }, 90_000);

  it('both keep working while the server is away, and converge on the later edit when it is back', async () => {
    const anna = await editor('anna', 'anna-password');
    const boris = await editor('boris', 'boris-password');
    await addOrReopenArticle(anna.db, article, new Date(at(0)));
    const tag = annotationOn(article, 'Джерри Творек', 'person', { id: 'tworek' });
    await anna.db.annotations.put(tag);
    await until(annotationIn(boris.db, 'tworek'), Boolean);

    await server.stop();
    await until(
      () => Promise.resolve(anna.statuses.at(-1)?.state),
      (state) => state === 'offline',
      10_000,
    );
    await anna.db.annotations.put({ ...tag, note: 'Анна, раньше', updatedAt: at(10) });
    await boris.db.annotations.put({ ...tag, note: 'Борис, позже', updatedAt: at(20) });
    const annasOwn = annotationOn(article, 'Северный ветер', 'organization', { id: 'wind' });
    const borisOwn = annotationOn(article, 'Полярной звезды', 'organization', { id: 'star' });
    await anna.db.annotations.put(annasOwn);
    await boris.db.annotations.put(borisOwn);
    await server.start();

    for (const { db } of [anna, boris]) {
      await until(annotationIn(db, 'tworek'), (found) => found?.note === 'Борис, позже', 40_000);
      await until(annotationIn(db, 'wind'), Boolean, 40_000);
      await until(annotationIn(db, 'star'), Boolean, 40_000);
    }
    // The desk keeps one version of the annotation: the losing one is removed, not left as a conflict.
    await until(
      () => server.database.get('annotation:tworek', { open_revs: 'all' }),
      (leaves) => leaves.filter((leaf) => 'ok' in leaf && !leaf.ok._deleted).length === 1,
      10_000,
    );
  }, 90_000);

  it('a deletion and a note made apart: the later of the two stands in both libraries', async () => {
    const anna = await editor('anna', 'anna-password');
    const boris = await editor('boris', 'boris-password');
    await addOrReopenArticle(anna.db, article, new Date(at(0)));
    const noted = annotationOn(article, 'Джерри Творек', 'person', { id: 'noted-later' });
    const deleted = annotationOn(article, 'Северный ветер', 'organization', { id: 'deleted-later' });
    await anna.db.annotations.bulkPut([noted, deleted]);
    await until(annotationIn(boris.db, 'deleted-later'), Boolean);
    await until(annotationIn(boris.db, 'noted-later'), Boolean);

    await server.stop();
    // Boris notes one after Anna deleted it; Anna deletes the other after Boris noted it.
    await boris.db.annotations.put({ ...deleted, note: 'Уточнить', updatedAt: new Date(Date.now() - 60_000).toISOString() });
    await anna.db.annotations.delete('noted-later');
    await anna.db.annotations.delete('deleted-later');
    await boris.db.annotations.put({ ...noted, note: 'Уточнить', updatedAt: new Date(Date.now() + 60_000).toISOString() });
    await server.start();

    for (const { db } of [anna, boris]) {
      await until(annotationIn(db, 'noted-later'), (found) => found?.note === 'Уточнить', 40_000);
      await until(annotationIn(db, 'deleted-later'), (found) => found === undefined, 40_000);
    }
  }, 90_000);

  it('an entity renamed by both apart ends with one name in both libraries', async () => {
    const anna = await editor('anna', 'anna-password');
    const boris = await editor('boris', 'boris-password');
    await anna.db.entities.put({ id: 'tworek', tag: 'person', name: 'Творек', aliases: [] });
    await until(() => boris.db.entities.get('tworek'), Boolean);

    await server.stop();
    await anna.db.entities.put({ id: 'tworek', tag: 'person', name: 'Джерри Творек', aliases: [] });
    await boris.db.entities.put({ id: 'tworek', tag: 'person', name: 'Дж. Творек', aliases: ['Творек'] });
    await server.start();

    const names = async () => [(await anna.db.entities.get('tworek'))?.name, (await boris.db.entities.get('tworek'))?.name];
    const [name] = await until(names, ([first, second]) => first === second && first !== undefined, 40_000);
    expect(['Джерри Творек', 'Дж. Творек']).toContain(name);
  }, 90_000);
});

describe('a password the server no longer accepts', () => {
  it('is said in the status, and keeps being said while the editor works on', async () => {
    // Linked with the right password, which the desk's admin has since changed: the server refuses it.
    const refused = await editor('anna', 'an-old-password');
    await until(
      () => Promise.resolve(refused.statuses.at(-1)),
      (status) => status?.state === 'error' && status.problem === 'credentials',
    );
    await addOrReopenArticle(refused.db, article, new Date(at(0)));
    await refused.db.annotations.put(annotationOn(article, 'Джерри Творек', 'person', { id: 'unsent' }));
    // The change reaches the mirror (this machine's own work succeeds), and the status still says why none is sent.
    await until(
      () => refused.db.syncOutbox.count(),
      (waiting) => waiting === 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(refused.statuses.at(-1)).toMatchObject({ state: 'error', problem: 'credentials' });
    expect(await server.database.get('annotation:unsent').catch(() => null)).toBeNull();
  });
});

describe('entities merged by two editors apart', () => {
  /** Merges `sourceId` into `targetId` through the editing history, as the Merge command does. */
  async function merge(db: NewsroomDB, sourceId: string, targetId: string): Promise<void> {
    const [source, target] = await db.entities.bulkGet([sourceId, targetId]);
    if (!source || !target) throw new Error('both entities expected');
    const plan = await planEntityMerge(db, source, target, new Date());
    await new AnnotationHistory(db).apply({ kind: 'merge', source, targetBefore: target, ...plan });
  }

  /** Each library's entities and each annotation's link, to compare two libraries. */
  async function links(db: NewsroomDB): Promise<{ entities: string[]; mentions: Record<string, string | undefined> }> {
    const entities = (await db.entities.toArray()).map((entity) => `${entity.id}:${entity.name}`).sort();
    const annotations = await db.annotations.toArray();
    return { entities, mentions: Object.fromEntries(annotations.map((annotation) => [annotation.id, annotation.entityId])) };
  }

  /**
   * Two editors of a desk that knows one person as two entities, `short` (Творек) and `full` (Джерри Творек), and has a
   * mention of each name; Boris has them all. The ids are the test's own: the server keeps the earlier tests' rows.
   */
  async function twoEditorsAndTwoEntities(test: string) {
    const short = `${test}-short`;
    const full = `${test}-full`;
    const anna = await editor('anna', 'anna-password');
    const boris = await editor('boris', 'boris-password');
    await addOrReopenArticle(anna.db, article, new Date(at(0)));
    await anna.db.entities.bulkPut([
      { id: short, tag: 'person', name: 'Творек', aliases: [] },
      { id: full, tag: 'person', name: 'Джерри Творек', aliases: [] },
    ]);
    await anna.db.annotations.bulkPut([
      annotationOn(article, 'Творек', 'person', { id: `${test}-by-surname`, entityId: short }),
      annotationOn(article, 'Джерри Творек', 'person', { id: `${test}-by-full-name`, entityId: full }),
    ]);
    await until(annotationIn(boris.db, `${test}-by-full-name`), (found) => found?.entityId === full);
    await until(annotationIn(boris.db, `${test}-by-surname`), (found) => found?.entityId === short);
    return { anna, boris, short, full };
  }

  it('each into the other: both libraries end alike, and every mention names an entity they hold', async () => {
    const { anna, boris, short, full } = await twoEditorsAndTwoEntities('each');

    await server.stop();
    await merge(anna.db, short, full);
    await merge(boris.db, full, short);
    await server.start();

    const [annas] = await until(
      async () => [await links(anna.db), await links(boris.db)] as const,
      ([first, second]) => JSON.stringify(first) === JSON.stringify(second) && first.entities.length > 0,
      40_000,
    );
    const held = new Set(annas.entities.map((entry) => entry.split(':')[0]));
    for (const [id, entityId] of Object.entries(annas.mentions))
      if (entityId !== undefined) expect(held, `${id} links to ${entityId}`).toContain(entityId);
  }, 90_000);

  it('one merges while the other links a new mention to the entity merged away: the mention follows the merge', async () => {
    const { anna, boris, short, full } = await twoEditorsAndTwoEntities('follows');

    await server.stop();
    await merge(anna.db, short, full);
    await boris.db.annotations.put(annotationOn(article, 'Творек', 'person', { id: 'new-mention', entityId: short }));
    await server.start();

    for (const { db } of [anna, boris]) {
      await until(annotationIn(db, 'new-mention'), (found) => found?.entityId === full, 40_000);
      await until(
        () => db.entities.get(short),
        (found) => found === undefined,
        40_000,
      );
    }
  }, 90_000);
});

describe('the outbox', () => {
  it('is kept only by a linked library, one entry per row however often it is written', async () => {
    const db = new NewsroomDB(`${DATABASE_NAME}-outbox-${++editors}`);
    const tag: Annotation = annotationOn(article, 'Джерри Творек', 'person', { id: 'tworek' });
    await addOrReopenArticle(db, article, new Date(at(0)));
    await db.annotations.put(tag);
    expect(await db.syncOutbox.count()).toBe(0);

    await linkLibrary(db, { url: server.url, userName: 'anna', enabled: true });
    // Linking puts what the library already holds in the outbox: the article, its text, the tag, the default tags.
    const linked = await db.syncOutbox.toArray();
    expect(linked.filter((entry) => entry.table === 'annotations').map((entry) => entry.key)).toEqual(['tworek']);
    expect(linked.filter((entry) => entry.table === 'articles').map((entry) => entry.key)).toEqual([article.id]);

    await db.syncOutbox.clear();
    await db.annotations.put({ ...tag, note: 'раз' });
    await db.annotations.put({ ...tag, note: 'два' });
    await db.annotations.delete('tworek');
    const entries = await db.syncOutbox.toArray();
    expect(entries.map(({ table, key }) => ({ table, key }))).toEqual([{ table: 'annotations', key: 'tworek' }]);
    await db.delete();
  });
});

describe('the name and password', () => {
  it('are checked with the server before anything is sent', async () => {
    expect(await checkCredentials(server.url, 'anna', 'anna-password')).toEqual({ outcome: 'accepted' });
    expect(await checkCredentials(server.url, 'anna', 'wrong')).toEqual({ outcome: 'refused' });
    const unreachable = await checkCredentials('http://127.0.0.1:9/desk', 'anna', 'anna-password');
    expect(unreachable.outcome).toBe('unreachable');
  });
});
