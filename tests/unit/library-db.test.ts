import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/shared/annotation';
import { buildArticle } from '../../src/shared/article/article-builder';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import { articleRecords, DATABASE_NAME, NewsroomDB } from '../../src/renderer/src/db/database';
import {
  addOrReopenArticle,
  countAnnotations,
  entityAppearances,
  entityIndexOf,
  firstAppearance,
  libraryEntries,
  listLibraryArticles,
  listEntities,
  listNewestLibraryEntries,
  listTags,
  readAnnotationSet,
  readArticle,
  readEntityCounts,
} from '../../src/renderer/src/db/library';
import { AnnotationHistory } from '../../src/renderer/src/editing/annotation-history';
import { annotationOn } from '../support/annotations';
import { withFreshDatabase } from '../support/fresh-database';

const article = buildArticle(parsePlainText(' date 2026-01-09 Творек уходит\n\nДжерри Творек покидает «Северный ветер».', 'f'), {
  fileName: 'tworek.txt',
  format: 'text',
  encoding: 'utf-8',
  byteLength: 90,
});

/** Each call a new annotation, as each tag key press makes one. */
const annotation = (fragment: string, tag: string) => annotationOn(article, fragment, tag, { id: crypto.randomUUID() });

let db: NewsroomDB;

/** The library list as the window shows it: the articles in order, each with its count. */
async function listLibrary(library: NewsroomDB) {
  const articles = await listLibraryArticles(library);
  return libraryEntries(articles, await countAnnotations(library));
}

withFreshDatabase((fresh) => {
  db = fresh;
});

describe('library', () => {
  it("is the library the page's first script opens early, in the layout it opens", () => {
    const early = readFileSync(new URL('../../src/renderer/first-screen.js', import.meta.url), 'utf8');
    expect(early).toContain(`const DATABASE_NAME = '${DATABASE_NAME}';`);
    expect(early).toContain(`const INDEXEDDB_VERSION = ${Math.round(new NewsroomDB('layout-check').verno * 10)};`);
  });

  it('starts with the five default tags on keys 1–5', async () => {
    const tags = await listTags(db);
    expect(tags.map((tag) => `${tag.shortcut} ${tag.label}`)).toEqual([
      '1 Person',
      '2 Organization',
      '3 Place',
      '4 Quote',
      '5 Claim',
    ]);
  });

  it('reopening the same text keeps the article and its annotations', async () => {
    await addOrReopenArticle(db, article, new Date('2026-01-09T10:00:00Z'));
    await db.annotations.add(annotation('Джерри Творек', 'person'));
    const again = buildArticle(
      parsePlainText(' date 2026-01-09 Творек уходит\r\n\r\nДжерри Творек покидает «Северный ветер».', 'other'),
      {
        fileName: 'copy.txt',
        format: 'text',
        encoding: 'utf-8',
        byteLength: 94,
      },
    );
    expect(again.id).toBe(article.id);
    const stored = await addOrReopenArticle(db, again, new Date('2026-01-10T10:00:00Z'));
    expect(stored.addedAt).toBe('2026-01-09T10:00:00.000Z');
    expect(stored.openedAt).toBe('2026-01-10T10:00:00.000Z');
    expect(await db.articles.count()).toBe(1);
    expect(await listLibrary(db)).toEqual([
      expect.objectContaining({ title: 'Творек уходит', date: '2026-01-09', annotationCount: 1, fileName: 'tworek.txt' }),
    ]);
  });

  it('opening a story the desk has just brought, its text not yet with it, stores the text from the file', async () => {
    // The sync merges an article's record and its text in the order they arrive, one batch apart at worst.
    await db.articles.put(articleRecords(article, '2026-01-09T10:00:00.000Z', '2026-01-09T10:00:00.000Z').record);
    const stored = await addOrReopenArticle(db, article, new Date('2026-01-10T10:00:00Z'));
    expect(stored.text).toBe(article.text);
    expect(stored.addedAt).toBe('2026-01-09T10:00:00.000Z');
    expect((await db.articleTexts.get(article.id))?.blocks).toEqual(article.blocks);
  });

  it('reads ahead the first rows of the list exactly as the whole list has them: order, counts, one row a story', async () => {
    const opened = ['2026-01-09T10:00:00Z', '2026-01-11T10:00:00Z', '2026-01-11T10:00:00Z', '2026-01-10T10:00:00Z'];
    const ids: string[] = [];
    for (const [index, at] of opened.entries()) {
      const text = ` date 2026-01-0${index + 1} Статья ${index}\n\nТекст статьи номер ${index}.`;
      const stored = await addOrReopenArticle(
        db,
        buildArticle(parsePlainText(text, `a${index}`), {
          fileName: `a${index}.txt`,
          format: 'text',
          encoding: 'utf-8',
          byteLength: 60,
        }),
        new Date(at),
      );
      ids.push(stored.id);
    }
    await db.annotations.bulkAdd([annotationOn(article, 'Джерри Творек', 'person', { id: 'x', articleId: ids[2] })]);
    // The oldest one was edited into a newer version: only the newest version of a story is listed.
    await db.articles.update(ids[0] ?? '', { newerVersionId: ids[3] });

    const whole = await listLibrary(db);
    expect(whole.map((entry) => entry.id)).toHaveLength(3);
    expect(await listNewestLibraryEntries(db, 2)).toEqual(whole.slice(0, 2));
    expect(await listNewestLibraryEntries(db, 40)).toEqual(whole);
    // Read ahead, an older version takes a row's place and is left out: the rows come back fewer, never wrong.
    await db.articles.update(ids[1] ?? '', { newerVersionId: ids[3] });
    expect(await listNewestLibraryEntries(db, 2)).toEqual((await listLibrary(db)).slice(0, 1));
    expect(whole.find((entry) => entry.id === ids[2])?.annotationCount).toBe(1);
  });

  it('reads an export set for one article in text order', async () => {
    await addOrReopenArticle(db, article, new Date());
    const claim = annotation('Джерри Творек покидает «Северный ветер»', 'claim');
    const person = annotation('Джерри Творек', 'person');
    const organization = annotation('Северный ветер', 'organization');
    await db.annotations.bulkAdd([organization, person, claim]);
    const set = await readAnnotationSet(db, [article.id]);
    expect(set.articles).toHaveLength(1);
    expect(set.articles[0]?.annotations.map((entry) => entry.tag)).toEqual(['claim', 'person', 'organization']);
    expect(set.tags).toHaveLength(5);
  });
});

describe('where an entity appears', () => {
  const later = buildArticle(parsePlainText(' date 2026-02-01 Интервью\n\nТворек сказал: «Мы уходим».', 'g'), {
    fileName: 'interview.txt',
    format: 'text',
    encoding: 'utf-8',
    byteLength: 70,
  });
  const tworek: Entity = { id: 'tworek', tag: 'person', name: 'Джерри Творек', aliases: ['Jerry Tworek'] };
  const wind: Entity = { id: 'wind', tag: 'organization', name: 'Северный ветер', aliases: [] };

  it('lists the articles that mention or quote an entity, the newest story first, and where in each it is first', async () => {
    await addOrReopenArticle(db, article, new Date('2026-01-09T10:00:00Z'));
    await addOrReopenArticle(db, later, new Date('2026-01-10T10:00:00Z'));
    await db.entities.bulkAdd([wind, tworek]);
    const second = annotationOn(article, 'Творек', 'person', { id: 'second', occurrence: 1, entityId: 'tworek' });
    const first = annotationOn(article, 'Творек', 'person', { id: 'first', entityId: 'tworek' });
    const quote = annotationOn(later, '«Мы уходим»', 'quote', { id: 'quote', speakerId: 'tworek' });
    await db.annotations.bulkAdd([
      second,
      first,
      quote,
      annotationOn(article, 'Северный ветер', 'organization', { entityId: 'wind' }),
    ]);

    expect(entityIndexOf(await listEntities(db), await readEntityCounts(db))).toEqual([
      { entity: tworek, mentions: 2, articleCount: 2 },
      { entity: wind, mentions: 1, articleCount: 1 },
    ]);
    expect(await entityAppearances(db, 'tworek')).toEqual([
      { articleId: later.id, title: 'Интервью', date: '2026-02-01', mentions: 0, quotes: 1 },
      { articleId: article.id, title: 'Творек уходит', date: '2026-01-09', mentions: 2, quotes: 0 },
    ]);
    expect(await firstAppearance(db, 'tworek', article.id)).toBe('first');
    expect(await firstAppearance(db, 'tworek', later.id)).toBe('quote');
    expect(await firstAppearance(db, 'wind', later.id)).toBeUndefined();

    // Unlinked, the mention no longer counts, and an entity that appears nowhere lists no article.
    await db.annotations.update('quote', { speakerId: undefined });
    expect(await entityAppearances(db, 'tworek')).toEqual([expect.objectContaining({ articleId: article.id })]);
    expect(await entityAppearances(db, 'nobody')).toEqual([]);
  });
});

describe('annotation history', () => {
  const entity: Entity = { id: 'entity-tworek', tag: 'person', name: 'Джерри Творек', aliases: [] };

  it('undoes and redoes create, update and delete, with the entity a create brought in', async () => {
    await addOrReopenArticle(db, article, new Date());
    const history = new AnnotationHistory(db);
    const person = { ...annotation('Джерри Творек', 'person'), entityId: entity.id };
    await history.apply({ kind: 'create', annotation: person, createdEntities: [entity] });
    expect(await db.entities.get(entity.id)).toEqual(entity);
    const { entityId: _entityId, ...withoutEntity } = person;
    const retagged = { ...withoutEntity, tag: 'quote', updatedAt: '2026-01-11T00:00:00.000Z' };
    await history.apply({ kind: 'update', before: person, after: retagged, createdEntities: [] });
    expect(await db.annotations.get(person.id)).toEqual(retagged);
    await history.apply({ kind: 'delete', annotation: retagged });
    expect(await db.annotations.where('articleId').equals(article.id).toArray()).toEqual([]);

    await history.undo();
    expect((await db.annotations.get(person.id))?.tag).toBe('quote');
    await history.undo();
    // An undo is a change of its own: the older version comes back with the time of the undo, so that it is the
    // newer wherever the library's annotations are merged (an import of an earlier export keeps it).
    const restored = await db.annotations.get(person.id);
    expect({ ...restored, updatedAt: person.updatedAt }).toEqual(person);
    expect(Date.parse(restored?.updatedAt ?? '')).toBeGreaterThan(Date.parse(retagged.updatedAt));
    await history.undo();
    expect(await db.annotations.count()).toBe(0);
    expect(await db.entities.count()).toBe(0);
    expect(history.canUndo).toBe(false);
    expect(await history.undo()).toBeNull();

    await history.redo();
    expect(await db.entities.get(entity.id)).toEqual(entity);
    await history.redo();
    expect((await db.annotations.get(person.id))?.tag).toBe('quote');
    expect(history.canRedo).toBe(true);
  });

  it('a new change clears what could be redone', async () => {
    const history = new AnnotationHistory(db);
    await history.apply({ kind: 'create', annotation: annotation('Джерри Творек', 'person'), createdEntities: [] });
    await history.undo();
    await history.apply({ kind: 'create', annotation: annotation('Северный ветер', 'organization'), createdEntities: [] });
    expect(history.canRedo).toBe(false);
  });

  it('a failed write changes neither the database nor the history', async () => {
    const history = new AnnotationHistory(db);
    const person = annotation('Джерри Творек', 'person');
    await history.apply({ kind: 'create', annotation: person, createdEntities: [] });
    // The same id again violates the primary key, as a duplicate write after a crash would; the entity it
    // would have added is rolled back with it.
    await expect(history.apply({ kind: 'create', annotation: person, createdEntities: [entity] })).rejects.toThrow();
    expect(await db.annotations.count()).toBe(1);
    expect(await db.entities.count()).toBe(0);
    await history.undo();
    expect(history.canUndo).toBe(false);
    const missing = { ...person, id: 'missing' };
    await expect(
      history.apply({ kind: 'update', before: missing, after: { ...missing, tag: 'place' }, createdEntities: [] }),
    ).rejects.toThrow('“Джерри Творек” was deleted since');
    expect(history.canUndo).toBe(false);
  });
});

describe('an entity left with no mention', () => {
  it('leaves the library with the mention deleted or retagged, and comes back on undo', async () => {
    await addOrReopenArticle(db, article, new Date());
    const history = new AnnotationHistory(db);
    const tworek: Entity = { id: 'tworek', tag: 'person', name: 'Джерри Творек', aliases: [] };
    const person = { ...annotation('Джерри Творек', 'person'), entityId: tworek.id };
    await history.apply({ kind: 'create', annotation: person, createdEntities: [tworek] });

    await history.apply({ kind: 'delete', annotation: person, releasedEntities: [tworek] });
    expect(await db.entities.count()).toBe(0);
    await history.undo();
    expect(await db.entities.get(tworek.id)).toEqual(tworek);
    expect((await db.annotations.get(person.id))?.entityId).toBe(tworek.id);

    const { entityId: _entity, ...withoutEntity } = person;
    const quote = { ...withoutEntity, tag: 'quote' };
    await history.apply({ kind: 'update', before: person, after: quote, createdEntities: [], releasedEntities: [tworek] });
    expect(await db.entities.count()).toBe(0);
    await history.undo();
    expect(await db.entities.get(tworek.id)).toEqual(tworek);
  });

  it('stays while another mention or a quote still points to it', async () => {
    await addOrReopenArticle(db, article, new Date());
    const history = new AnnotationHistory(db);
    const tworek: Entity = { id: 'tworek', tag: 'person', name: 'Джерри Творек', aliases: [] };
    const first = { ...annotation('Джерри Творек', 'person'), entityId: tworek.id };
    const second = { ...annotation('Творек', 'person'), entityId: tworek.id };
    await history.apply({ kind: 'createMany', annotations: [first, second], createdEntities: [tworek] });
    await history.apply({ kind: 'delete', annotation: first, releasedEntities: [tworek] });
    expect(await db.entities.get(tworek.id)).toEqual(tworek);
  });
});

describe('annotation history under fast keys', () => {
  it('runs undo and redo in the order they were asked, without waiting between them', async () => {
    await addOrReopenArticle(db, article, new Date());
    const history = new AnnotationHistory(db);
    const person = annotation('Джерри Творек', 'person');
    const place = { ...person, tag: 'place' };
    await history.apply({ kind: 'create', annotation: person, createdEntities: [] });
    await history.apply({ kind: 'update', before: person, after: place, createdEntities: [] });
    await history.apply({ kind: 'delete', annotation: place });
    const undone = await Promise.all([history.undo(), history.undo()]);
    expect(undone.map((change) => change?.kind)).toEqual(['delete', 'update']);
    expect((await db.annotations.get(person.id))?.tag).toBe('person');
  });
});

/** The tables and indexes of the library's first version, as NewsroomDB declared them. */
const VERSION_1_STORES = {
  articles: 'id, openedAt',
  annotations: 'id, articleId, tag, entityId, speakerId',
  tags: 'id',
  entities: 'id, tag, name, *aliases',
};

/** A version 3 library holding one article as native imports stored it until version 4: with its annotations in it. */
async function versionThreeLibraryWithAnnotationsInArticle(name: string): Promise<Dexie> {
  const old = new Dexie(name);
  old.version(3).stores({ ...VERSION_1_STORES, tags: 'id, position', sourceFiles: 'articleId' });
  await old.open();
  const kept = annotation('Джерри Творек', 'person');
  await old
    .table('articles')
    .add({ ...article, annotations: [kept], addedAt: '2026-01-01T00:00:00.000Z', openedAt: '2026-01-02T00:00:00.000Z' });
  await old.table('annotations').add(kept);
  return old;
}

const storedAlone = { ...article, addedAt: '2026-01-01T00:00:00.000Z', openedAt: '2026-01-02T00:00:00.000Z' };

describe('schema upgrades', () => {
  it('takes the copy of the annotations out of a version 3 article, and keeps the article and its annotations', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    (await versionThreeLibraryWithAnnotationsInArticle(name)).close();

    const upgraded = new NewsroomDB(name);
    expect(await readArticle(upgraded, article.id)).toEqual(storedAlone);
    expect(await upgraded.annotations.where('articleId').equals(article.id).count()).toBe(1);
    await upgraded.delete();
  });

  it('keeps a version 1 library and orders its tags when opened by the current version', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(VERSION_1_STORES);
    await old.open();
    await old.table('tags').bulkAdd([
      { id: 'claim', label: 'Claim', kind: 'claim', color: '#f7837b', shortcut: '5' },
      { id: 'person', label: 'Person', kind: 'entity', color: '#f4b942', shortcut: '1' },
    ]);
    await old.table('articles').add({ ...article, addedAt: '2026-01-01T00:00:00.000Z', openedAt: '2026-01-01T00:00:00.000Z' });
    await old.table('annotations').add(annotation('Джерри Творек', 'person'));
    old.close();

    const upgraded = new NewsroomDB(name);
    const progress: string[] = [];
    upgraded.onUpgradeProgress = (message) => progress.push(message);
    await upgraded.open();
    // What the window shows while it waits: the steps that take a while with a year's library.
    expect(progress).toEqual(['Keeping the article texts apart from the list']);
    expect((await listTags(upgraded)).map((tag) => [tag.id, tag.position])).toEqual([
      ['person', 0],
      ['claim', 1],
    ]);
    expect(await upgraded.annotations.count()).toBe(1);
    expect(await listLibrary(upgraded)).toHaveLength(1);
    expect(await upgraded.sourceFiles.count()).toBe(0);
    await upgraded.delete();
  });
});
