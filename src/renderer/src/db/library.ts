// Reads and writes of the library: articles, their annotations, tags. Writes that belong together share a transaction.
import { Dexie } from 'dexie';
import type { Article } from '../../../shared/article/article';
import type { Annotation, Entity } from '../../../shared/annotation';
import { compareByPosition } from '../../../shared/annotation';
import type { AnnotationSetInput } from '../../../shared/formats/native-format';
import { articleRecords } from './database';
import type { ArticleRecord, ArticleText, NewsroomDB, StoredArticle, StoredTag } from './database';
import type { EntityCounts } from './library-counts';
import { compareNames } from '../../../shared/text/collation';

export interface LibraryEntry {
  id: string;
  title: string;
  date: string | null;
  fileName: string;
  annotationCount: number;
  openedAt: string;
  /** The story's version the library lists: its newest (1 for a story never edited). */
  version: number;
}

/** Joins an article's record and its text; undefined when either is missing. */
function joined(record: ArticleRecord | undefined, text: ArticleText | undefined): StoredArticle | undefined {
  return record && text ? { ...record, text: text.text, blocks: text.blocks } : undefined;
}

/**
 * One article with its text, or undefined when the library does not have it. Two reads without a transaction of
 * their own: after a reload, Dexie started an explicit transaction asked first only after the library list's reads
 * had answered (the last article was painted at 370 ms instead of 150 ms with 5,000 articles). Both reads are asked
 * in the same moment, so a write of the article from this window lands before both or after both; and the live query that follows
 * the article reads it again after any write to either.
 */
export async function readArticle(db: NewsroomDB, articleId: string): Promise<StoredArticle | undefined> {
  const [record, text] = await Promise.all([db.articles.get(articleId), db.articleTexts.get(articleId)]);
  return joined(record, text);
}

/** The given articles with their texts, in the order asked, leaving out those the library does not have. */
export async function readArticles(db: NewsroomDB, articleIds: readonly string[]): Promise<StoredArticle[]> {
  return db.transaction('r', db.articles, db.articleTexts, async () => {
    const [records, texts] = await Promise.all([db.articles.bulkGet([...articleIds]), db.articleTexts.bulkGet([...articleIds])]);
    return records.flatMap((record, index) => joined(record, texts[index]) ?? []);
  });
}

/** Every article with its text, in the order they were first opened. */
export async function readAllArticles(db: NewsroomDB): Promise<StoredArticle[]> {
  return db.transaction('r', db.articles, db.articleTexts, async () => {
    const [records, texts] = await Promise.all([db.articles.orderBy('openedAt').toArray(), db.articleTexts.toArray()]);
    const textOf = new Map(texts.map((text) => [text.articleId, text] as const));
    return records.flatMap((record) => joined(record, textOf.get(record.id)) ?? []);
  });
}

/** Stores articles, record and text, as one write (in the transaction the caller may have open). */
export async function putArticles(db: NewsroomDB, articles: readonly StoredArticle[]): Promise<void> {
  const parts = articles.map((article) => articleRecords(article, article.addedAt, article.openedAt));
  await db.transaction('rw', db.articles, db.articleTexts, async () => {
    await db.articles.bulkPut(parts.map((part) => part.record));
    await db.articleTexts.bulkPut(parts.map((part) => part.text));
  });
}

/**
 * Adds an article to the library, or, when the same text is already there, only marks it opened: its
 * annotations stay as they were. `sourceBytes`, when given, are kept to read the file again with another encoding.
 */
export async function addOrReopenArticle(
  db: NewsroomDB,
  article: Article,
  now: Date,
  sourceBytes?: Uint8Array,
): Promise<StoredArticle> {
  return db.transaction('rw', db.articles, db.articleTexts, db.sourceFiles, async () => {
    const existing = await db.articles.get(article.id);
    if (existing) {
      await db.articles.update(article.id, { openedAt: now.toISOString() });
      // An article the desk's sync has just brought may not have its text yet; the file holds the same (its id is
      // the text's hash).
      if ((await db.articleTexts.get(article.id)) === undefined)
        await db.articleTexts.put(articleRecords(article, existing.addedAt, now.toISOString()).text);
    } else {
      const { record, text } = articleRecords(article, now.toISOString(), now.toISOString());
      await db.articles.add(record);
      await db.articleTexts.put(text);
    }
    if (sourceBytes && !(await db.sourceFiles.get(article.id))) {
      await db.sourceFiles.put({ articleId: article.id, fileName: article.source.fileName, bytes: sourceBytes });
    }
    const stored = await readArticle(db, article.id);
    if (!stored) throw new Error(`The article ${article.id} was not stored`);
    return stored;
  });
}

/** What the library shows of an article, apart from its annotation count. */
export type LibraryArticle = Omit<LibraryEntry, 'annotationCount'>;

/** Most recently opened first; of two opened at the same moment, the greater id first, as the openedAt index has it. */
function byOpenedAtNewestFirst(a: LibraryArticle, b: LibraryArticle): number {
  if (a.openedAt !== b.openedAt) return a.openedAt < b.openedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The library's stories, each by its newest version, most recently opened first. Kept apart from the annotation
 * counts: a live query of both would read every article, texts and all, again after each annotation an editor adds.
 * Read in the store's own order and sorted here: read through the openedAt index, a live query notes each of the 5,000
 * keys it returns (a fifth of the list's time after a reload), and IndexedDB looks each record up from the index
 * besides.
 */
export async function listLibraryArticles(db: NewsroomDB): Promise<LibraryArticle[]> {
  const articles = await db.articles.toArray();
  return articles.filter(isListed).map(libraryArticle).sort(byOpenedAtNewestFirst);
}

/**
 * The first entries of the list (most recently opened first) with their counts: a screenful, so that the list shows
 * before the whole library is read. One request reads the `limit` records last opened (a getAll in the index's reverse
 * direction where IndexedDB has it, Chromium 141 on); older versions of a story among them are left out, so a few
 * rows fewer may come back.
 */
export async function listNewestLibraryEntries(db: NewsroomDB, limit: number): Promise<LibraryEntry[]> {
  return db.transaction('r', [db.articles, db.articleCounts], async () => {
    const newest = await db.articles.orderBy('openedAt').reverse().limit(limit).toArray();
    const articles = newest.filter(isListed);
    const counts = await db.articleCounts.bulkGet(articles.map((article) => article.id));
    return articles.map((article, index) => ({ ...libraryArticle(article), annotationCount: counts[index]?.annotations ?? 0 }));
  });
}

/** A story is listed once, by its newest version. */
function isListed(article: ArticleRecord): boolean {
  return article.newerVersionId === undefined;
}

function libraryArticle(article: ArticleRecord): LibraryArticle {
  return {
    id: article.id,
    title: article.title,
    date: article.date,
    fileName: article.source.fileName,
    openedAt: article.openedAt,
    version: article.version ?? 1,
  };
}

/** How many annotations each article of the library has, as the library keeps them (see library-counts.ts). */
export async function countAnnotations(db: NewsroomDB): Promise<Map<string, number>> {
  const counts = await db.articleCounts.toArray();
  return new Map(counts.map((count) => [count.articleId, count.annotations]));
}

/** Library entries: the articles in their order, each with its count. */
export function libraryEntries(articles: readonly LibraryArticle[], counts: ReadonlyMap<string, number>): LibraryEntry[] {
  return articles.map((article) => ({ ...article, annotationCount: counts.get(article.id) ?? 0 }));
}

/** The tags in the order the editor gave them. */
export async function listTags(db: NewsroomDB): Promise<StoredTag[]> {
  return db.tags.orderBy('position').toArray();
}

/**
 * Everything an export needs, read in one transaction so it is one consistent state. The reads are all asked at
 * once: IndexedDB answers them one after another, and the window's share of each (turning stored records into
 * objects) then overlaps the next.
 */
export async function readAnnotationSet(db: NewsroomDB, articleIds: readonly string[] | 'all'): Promise<AnnotationSetInput> {
  return db.transaction('r', [db.articles, db.articleTexts, db.annotations, db.tags, db.entities], async () => {
    const [articles, annotations, tags, entities] = await Promise.all([
      articleIds === 'all' ? readAllArticles(db) : readArticles(db, articleIds),
      articleIds === 'all'
        ? db.annotations.toArray()
        : db.annotations
            .where('articleId')
            .anyOf([...articleIds])
            .toArray(),
      listTags(db),
      db.entities.toArray(),
    ]);
    const byArticle = new Map<string, Annotation[]>();
    for (const annotation of annotations) {
      const ofArticle = byArticle.get(annotation.articleId);
      if (ofArticle) ofArticle.push(annotation);
      else byArticle.set(annotation.articleId, [annotation]);
    }
    return {
      tags,
      entities,
      articles: articles.map((article) => ({
        article,
        annotations: (byArticle.get(article.id) ?? []).sort(compareByPosition),
        ...(article.storyId === undefined
          ? {}
          : { story: { version: article.version ?? 1, previousVersionId: article.previousVersionId ?? null } }),
      })),
    };
  });
}

export interface EntityIndexEntry {
  entity: Entity;
  mentions: number;
  /** How many articles mention the entity or quote it as a speaker. */
  articleCount: number;
}

/** The kept counts of every entity that appears anywhere, by entity: 2,000 of them read in a few milliseconds. */
export function readEntityCounts(db: NewsroomDB): Promise<ReadonlyMap<string, EntityCounts>> {
  return db.entityCounts.toArray().then((counts) => new Map(counts.map((count) => [count.entityId, count] as const)));
}

const ENTITY_ORDER = ['person', 'organization', 'place'];

/** The order of the entity index: people first, then organisations and places, each by name. */
function compareForIndex(a: Entity, b: Entity): number {
  return ENTITY_ORDER.indexOf(a.tag) - ENTITY_ORDER.indexOf(b.tag) || compareNames(a.name, b.name);
}

/**
 * The library's entities in the index's order. The core keeps them so, sorted when they change, so that the frame
 * that shows the index does not sort 2,000 names (5–6 ms).
 */
export function listEntities(db: NewsroomDB): Promise<Entity[]> {
  // Sorted a copy: a live query's answers are frozen.
  return db.entities.toArray().then((entities) => [...entities].sort(compareForIndex));
}

/** Every entity with its mentions and the number of articles it appears in, in the order of `entities`. */
export function entityIndexOf(entities: readonly Entity[], counts: ReadonlyMap<string, EntityCounts>): EntityIndexEntry[] {
  return entities.map((entity) => ({
    entity,
    mentions: counts.get(entity.id)?.mentions ?? 0,
    articleCount: counts.get(entity.id)?.articles ?? 0,
  }));
}

/** An article an entity appears in, and how often. */
export interface EntityAppearance {
  articleId: string;
  title: string;
  date: string | null;
  mentions: number;
  quotes: number;
}

/**
 * The articles that mention `entityId` or quote it as a speaker, the newest stories first: its rows of the kept
 * counts and those articles' records, never a scan of the annotations.
 */
export async function entityAppearances(db: NewsroomDB, entityId: string): Promise<EntityAppearance[]> {
  return db.transaction('r', [db.entityArticles, db.articles], async () => {
    const rows = await db.entityArticles
      .where('[entityId+articleId]')
      .between([entityId, Dexie.minKey], [entityId, Dexie.maxKey])
      .toArray();
    const articles = await db.articles.bulkGet(rows.map((row) => row.articleId));
    return rows
      .flatMap((row, index) => {
        const article = articles[index];
        return article
          ? [{ articleId: row.articleId, title: article.title, date: article.date, mentions: row.mentions, quotes: row.quotes }]
          : [];
      })
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || compareNames(a.title, b.title));
  });
}

/** The first annotation of `articleId` that mentions `entityId` or quotes it, by position; undefined when none. */
export async function firstAppearance(db: NewsroomDB, entityId: string, articleId: string): Promise<string | undefined> {
  const annotations = await db.annotations.where('articleId').equals(articleId).toArray();
  return annotations
    .filter((annotation) => annotation.entityId === entityId || annotation.speakerId === entityId)
    .sort(compareByPosition)[0]?.id;
}

/** What merging `source` into `target` changes: mentions and quotes relinked, names kept as aliases. */
export async function planEntityMerge(
  db: NewsroomDB,
  source: Entity,
  target: Entity,
  now: Date,
): Promise<{ targetAfter: Entity; relinked: { before: Annotation; after: Annotation }[] }> {
  const known = new Set([target.name, ...target.aliases]);
  const aliases = [...target.aliases, ...[source.name, ...source.aliases].filter((name) => !known.has(name))];
  const relinked = await relinkMentions(db, new Map([[source.id, target.id]]), now);
  return { targetAfter: { ...target, aliases }, relinked };
}

/**
 * The mentions and quotes of the entities `moved` maps (by id) to others, each relinked to where its entity went:
 * what a merge changes, here or, through the desk, in another editor's library.
 */
export async function relinkMentions(
  db: NewsroomDB,
  moved: ReadonlyMap<string, string>,
  now: Date,
): Promise<{ before: Annotation; after: Annotation }[]> {
  const sources = [...moved.keys()];
  const mentions = await db.annotations.where('entityId').anyOf(sources).toArray();
  const quotes = await db.annotations.where('speakerId').anyOf(sources).toArray();
  const byId = new Map([...mentions, ...quotes].map((annotation) => [annotation.id, annotation] as const));
  const movedTo = (id: string | undefined) => (id === undefined ? undefined : moved.get(id));
  return [...byId.values()].map((before) => {
    const entityId = movedTo(before.entityId);
    const speakerId = movedTo(before.speakerId);
    return {
      before,
      after: {
        ...before,
        ...(entityId === undefined ? {} : { entityId }),
        ...(speakerId === undefined ? {} : { speakerId }),
        updatedAt: now.toISOString(),
      },
    };
  });
}
