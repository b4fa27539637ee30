// The counts the library keeps (per article, per entity, per entity and article) always equal what counting the
// annotations gives, whatever wrote them: puts, deletes, bulk writes, modify, clear, the undo history, an import, a
// restore, and the upgrade that first works them out in a library from before.
import '../support/browser-globals';
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, ClaimStatus } from '../../src/shared/annotation';
import { CLAIM_STATUSES } from '../../src/shared/annotation';
import { articleIdForText } from '../../src/shared/article/article-id';
import { backUpLibrary, restoreLibrary } from '../../src/renderer/src/db/backup';
import { DATABASE_NAME, NewsroomDB } from '../../src/renderer/src/db/database';
import { CountChanges } from '../../src/renderer/src/db/library-counts';
import { putArticles } from '../../src/renderer/src/db/library';
import { AnnotationHistory } from '../../src/renderer/src/editing/annotation-history';
import { withFreshDatabase } from '../support/fresh-database';

const ARTICLES = ['article-a', 'article-b', 'article-c'];
const ENTITIES = ['entity-1', 'entity-2', 'entity-3'];
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 40);

/** The counts as they should be: worked out from every annotation, sorted for comparing. */
async function recounted(db: NewsroomDB) {
  const changes = new CountChanges();
  for (const annotation of await db.annotations.toArray()) changes.count(annotation, 1);
  const articles = [...changes.articles]
    .filter(([, counts]) => counts.annotations > 0)
    .map(([articleId, counts]) => ({
      articleId,
      annotations: counts.annotations,
      claims: Object.fromEntries([...counts.claims].filter(([, count]) => count > 0)),
    }));
  const pairs = [...changes.pairs.values()].filter((pair) => pair.mentions + pair.quotes > 0);
  const entities = new Map<string, { entityId: string; mentions: number; articles: number }>();
  for (const pair of pairs) {
    const entity = entities.get(pair.entityId) ?? { entityId: pair.entityId, mentions: 0, articles: 0 };
    entity.mentions += pair.mentions;
    entity.articles += 1;
    entities.set(pair.entityId, entity);
  }
  return sorted({ articles, pairs, entities: [...entities.values()] });
}

async function kept(db: NewsroomDB) {
  return sorted({
    articles: await db.articleCounts.toArray(),
    pairs: await db.entityArticles.toArray(),
    entities: await db.entityCounts.toArray(),
  });
}

function sorted<T extends { articles: object[]; pairs: object[]; entities: object[] }>(counts: T): T {
  const byJson = (a: object, b: object) => JSON.stringify(a).localeCompare(JSON.stringify(b));
  return {
    ...counts,
    articles: [...counts.articles].sort(byJson),
    pairs: [...counts.pairs].sort(byJson),
    entities: [...counts.entities].sort(byJson),
  };
}

const annotationArbitrary: fc.Arbitrary<Annotation> = fc
  .record({
    id: fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'),
    articleId: fc.constantFrom(...ARTICLES),
    tag: fc.constantFrom('person', 'organization', 'quote', 'claim'),
    entityId: fc.option(fc.constantFrom(...ENTITIES), { nil: undefined }),
    speakerId: fc.option(fc.constantFrom(...ENTITIES), { nil: undefined }),
    status: fc.option(fc.constantFrom<ClaimStatus>(...CLAIM_STATUSES), { nil: undefined }),
    start: fc.nat(50),
  })
  .map(({ id, articleId, tag, entityId, speakerId, status, start }) => ({
    id,
    articleId,
    tag,
    start,
    end: start + 3,
    quote: 'abc',
    prefix: '',
    suffix: '',
    ...(entityId ? { entityId } : {}),
    ...(speakerId ? { speakerId } : {}),
    ...(tag === 'claim' && status ? { claim: { status, note: '', sources: [] } } : {}),
    createdAt: '2026-01-09T10:00:00.000Z',
    updatedAt: '2026-01-09T10:00:00.000Z',
  }));

type Write = (db: NewsroomDB) => Promise<unknown>;

/** What every annotation of the examples below shares: a span of three characters at the start. */
const SPAN = {
  quote: 'abc',
  prefix: '',
  suffix: '',
  start: 0,
  end: 3,
  createdAt: '2026-01-09T10:00:00.000Z',
  updatedAt: '2026-01-09T10:00:00.000Z',
};

const writeArbitrary: fc.Arbitrary<{ name: string; run: Write }> = fc.oneof(
  annotationArbitrary.map((annotation) => ({
    name: `put ${annotation.id}`,
    run: (db: NewsroomDB) => db.annotations.put(annotation),
  })),
  fc.array(annotationArbitrary, { maxLength: 5 }).map((annotations) => ({
    name: `bulkPut ${annotations.length}`,
    run: (db: NewsroomDB) => db.annotations.bulkPut(annotations),
  })),
  fc
    .constantFrom('a1', 'a2', 'a3', 'a4')
    .map((id) => ({ name: `delete ${id}`, run: (db: NewsroomDB) => db.annotations.delete(id) })),
  fc.constantFrom(...ARTICLES).map((articleId) => ({
    name: `delete the annotations of ${articleId}`,
    run: (db: NewsroomDB) => db.annotations.where('articleId').equals(articleId).delete(),
  })),
  fc.constantFrom<ClaimStatus>(...CLAIM_STATUSES).map((status) => ({
    name: `modify every claim to ${status}`,
    run: (db: NewsroomDB) =>
      db.annotations
        .where('tag')
        .equals('claim')
        .modify((annotation) => {
          annotation.claim = { status, note: '', sources: [] };
        }),
  })),
  fc.constantFrom(...ENTITIES).map((entityId) => ({
    name: `relink mentions of ${entityId} to entity-1`,
    run: (db: NewsroomDB) => db.annotations.where('entityId').equals(entityId).modify({ entityId: 'entity-1' }),
  })),
  fc.constant({ name: 'clear', run: (db: NewsroomDB) => db.annotations.clear() }),
  annotationArbitrary.map((annotation) => ({
    name: `create ${annotation.id} through the history, and undo`,
    run: async (db: NewsroomDB) => {
      if (await db.annotations.get(annotation.id)) return;
      const history = new AnnotationHistory(db);
      await history.apply({ kind: 'create', annotation, createdEntities: [] });
      await history.undo();
      await history.redo();
    },
  })),
);

describe('the counts the library keeps', () => {
  let db: NewsroomDB;
  withFreshDatabase((fresh) => {
    db = fresh;
  });

  it('equal the annotations counted, after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(writeArbitrary, { maxLength: 12 }), async (writes) => {
        await db.annotations.clear();
        for (const write of writes) await write.run(db);
        expect(await kept(db)).toEqual(await recounted(db));
      }),
      { numRuns: RUNS },
    );
  });

  it('count claims by status and entities by article', async () => {
    await db.annotations.bulkPut([
      { ...SPAN, id: 'c1', articleId: 'article-a', tag: 'claim' },
      { ...SPAN, id: 'c2', articleId: 'article-a', tag: 'claim', claim: { status: 'false', note: '', sources: [] } },
      { ...SPAN, id: 'p1', articleId: 'article-a', tag: 'person', entityId: 'entity-1' },
      { ...SPAN, id: 'p2', articleId: 'article-b', tag: 'person', entityId: 'entity-1' },
      { ...SPAN, id: 'q1', articleId: 'article-c', tag: 'quote', speakerId: 'entity-1' },
    ]);
    expect(await db.articleCounts.get('article-a')).toEqual({
      articleId: 'article-a',
      annotations: 3,
      claims: { unverified: 1, false: 1 },
    });
    expect(await db.entityCounts.get('entity-1')).toEqual({ entityId: 'entity-1', mentions: 2, articles: 3 });
    await db.annotations.delete('q1');
    expect(await db.entityCounts.get('entity-1')).toEqual({ entityId: 'entity-1', mentions: 2, articles: 2 });
    await db.annotations.bulkDelete(['p1', 'p2']);
    expect(await db.entityCounts.get('entity-1')).toBeUndefined();
    expect(await db.entityArticles.count()).toBe(0);
  });

  it('are not backed up, and a restore counts what it restores', async () => {
    const text = 'abc def';
    const articleId = articleIdForText(text);
    await putArticles(db, [
      {
        id: articleId,
        title: 't',
        date: null,
        source: { fileName: 't.txt', format: 'text', encoding: 'utf-8', byteLength: 7 },
        text,
        blocks: [{ type: 'paragraph', start: 0, end: 7 }],
        addedAt: '2026-01-09T10:00:00.000Z',
        openedAt: '2026-01-09T10:00:00.000Z',
      },
    ]);
    await db.annotations.put({ ...SPAN, id: 'p1', articleId, tag: 'person', entityId: 'entity-1' });
    await db.entities.put({ id: 'entity-1', tag: 'person', name: 'abc', aliases: [] });
    const backup = await (await backUpLibrary(db, () => undefined)).text();
    expect(backup).not.toContain('articleCounts');
    // A file claiming other counts is not believed.
    const tampered = backup.replace('"tables":[', '"tables":[{"name":"articleCounts","schema":"articleId","rowCount":0},');
    await db.annotations.put({ ...SPAN, id: 'p2', articleId, tag: 'person', entityId: 'entity-1' });
    await restoreLibrary(db, tampered, () => undefined);
    expect(await db.articleCounts.toArray()).toEqual([{ articleId, annotations: 1, claims: {} }]);
    expect(await kept(db)).toEqual(await recounted(db));
  });

  it('move the annotations’ revision on with every write, a restore included, and never back', async () => {
    const revision = async () => (await db.revisions.get('annotations'))?.revision ?? 0;
    const seen = [await revision()];
    await db.annotations.put({ ...SPAN, id: 'r1', articleId: 'article-a', tag: 'person' });
    seen.push(await revision());
    await db.annotations.update('r1', { note: 'проверить' });
    seen.push(await revision());
    await db.annotations.delete('r1');
    seen.push(await revision());
    // A write that fails writes no revision either: it is in the same transaction.
    await expect(
      db.transaction('rw', db.annotations, async () => {
        await db.annotations.put({ ...SPAN, id: 'r2', articleId: 'article-a', tag: 'person' });
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow('the disk is full');
    seen.push(await revision());
    const backup = await (await backUpLibrary(db, () => undefined)).text();
    expect(backup).not.toContain('"revisions"');
    await restoreLibrary(db, backup, () => undefined);
    seen.push(await revision());
    expect(seen[0]).toBe(0);
    for (let step = 1; step < seen.length; step++) {
      if (step === 4) expect(seen[step], 'after the failed write').toBe(seen[step - 1]);
      else expect(seen[step], `after write ${step}`).toBeGreaterThan(seen[step - 1] ?? 0);
    }
  });
});

describe('the upgrade to counts kept', () => {
  it('works them out once from every annotation of a library saved before', async () => {
    const name = `${DATABASE_NAME}-before-counts`;
    const old = new Dexie(name);
    // Version 4's schema as it was, frozen here as the library saved by that version has it.
    old.version(1).stores({
      articles: 'id, openedAt',
      annotations: 'id, articleId, tag, entityId, speakerId',
      tags: 'id',
      entities: 'id, tag, name, *aliases',
    });
    old.version(2).stores({ sourceFiles: 'articleId' });
    old.version(3).stores({ tags: 'id, position' });
    old.version(4).stores({});
    const annotations = fc.sample(annotationArbitrary, 200).map((annotation, index) => ({ ...annotation, id: `old-${index}` }));
    await old.table('annotations').bulkPut(annotations);
    old.close();
    const upgraded = new NewsroomDB(name);
    try {
      expect(await upgraded.annotations.count()).toBe(200);
      expect(await kept(upgraded)).toEqual(await recounted(upgraded));
      expect(await upgraded.articleCounts.count()).toBeGreaterThan(0);
    } finally {
      await upgraded.delete();
    }
  });
});
