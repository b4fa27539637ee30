// Merges an imported annotation set into the library: new records are added, records both sides changed keep the
// newer version, and it all happens in one transaction, so a failure halfway leaves the library as it was.
import type { Annotation, Entity } from '../../../shared/annotation';
import type { Article } from '../../../shared/article/article';
import { ARTICLE_URN } from '../../../shared/formats/export-adapters';
import type { ImportedSet } from '../../../shared/formats/native-import';
import { contentDigest } from '../../../shared/article/article-id';
import { sameRecord } from '../../../shared/same-record';
import { compareInstants } from '../../../shared/timestamps';
import type { ForeignAnnotation } from '../../../shared/formats/web-annotation-import';
import { articleRecords } from './database';
import { readAllArticles, readArticles } from './library';
import type { NewsroomDB, StoredTag } from './database';

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Records the library has in a newer version than the file. */
  skipped: number;
}

interface ImportPlan {
  counts: ImportCounts;
  /** Articles the library does not have yet. */
  articles: Article[];
  /** Annotations to write: `added` are known to be new (added without reading what they replace), `others` put. */
  annotations: { added: Annotation[]; others: Annotation[] };
  entities: Entity[];
  /** Annotations given a new id, as theirs belongs to an annotation of another article, each described. */
  newIds: string[];
}

function spanKey(annotation: Annotation): string {
  return `${annotation.articleId}:${annotation.start}:${annotation.end}:${annotation.tag}`;
}

/** Training data carries no ids: an annotation already in the library on the same span with the same tag is it. */
async function planBySpan(db: NewsroomDB, set: ImportedSet): Promise<Annotation[]> {
  const articleIds = [...new Set(set.annotations.map((annotation) => annotation.articleId))];
  const existing = new Set((await db.annotations.where('articleId').anyOf(articleIds).toArray()).map(spanKey));
  return set.annotations.filter((annotation) => !existing.has(spanKey(annotation)));
}

/**
 * The id an annotation takes when its own already names an annotation of another article: made from the article and
 * the old id, so that importing the same file again finds it under the same new id.
 */
function idInArticle(annotation: Annotation): string {
  const hex = contentDigest(`${annotation.articleId}\n${annotation.id}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The library's annotations with these ids. Walking the id index for all of them (anyOf) costs more with every
 * annotation the library has (an import of 100,000 took 0.9 s into an empty library, 7.5 s into one of 400,000); a
 * lookup per id costs the same however large the library is (3 s). The smaller library walks, the larger looks up.
 */
async function existingById(db: NewsroomDB, ids: readonly string[]): Promise<Map<string, Annotation>> {
  const walk = (await db.annotations.count()) < ids.length;
  const found = walk
    ? await db.annotations.bulkGet(
        await db.annotations
          .where('id')
          .anyOf([...ids])
          .primaryKeys(),
      )
    : await db.annotations.bulkGet([...ids]);
  return new Map(found.flatMap((a) => (a ? [[a.id, a] as const] : [])));
}

/**
 * Matches annotations by id across the whole library: an id is the annotation's wherever it is, so one that already
 * belongs to an annotation of another article must not move that annotation here. Such an annotation comes in with a
 * new id, described in `newIds`.
 */
async function planById(
  db: NewsroomDB,
  set: ImportedSet,
  counts: ImportCounts,
  newIds: string[],
): Promise<ImportPlan['annotations']> {
  const existing = await existingById(
    db,
    set.annotations.map((annotation) => annotation.id),
  );
  const renamedIds: string[] = [];
  const incoming = set.annotations.map((annotation) => {
    const owner = existing.get(annotation.id);
    if (!owner || owner.articleId === annotation.articleId) return annotation;
    newIds.push(`“${annotation.quote.slice(0, 80)}”: its id belongs to “${owner.quote.slice(0, 80)}” in another article`);
    const id = idInArticle(annotation);
    renamedIds.push(id);
    return { ...annotation, id };
  });
  for (const [id, annotation] of await existingById(db, renamedIds)) existing.set(id, annotation);

  const annotations: ImportPlan['annotations'] = { added: [], others: [] };
  for (const annotation of incoming) {
    const current = existing.get(annotation.id);
    const newer = current ? compareInstants(annotation.updatedAt, current.updatedAt) : 0;
    if (!current) {
      counts.added++;
      annotations.added.push(annotation);
    } else if (newer === 0 || sameRecord(current, annotation)) {
      // The same edit: a format that carries less of an annotation (W3C) must not count as a change.
      counts.unchanged++;
    } else if (newer > 0) {
      counts.updated++;
      annotations.others.push(annotation);
    } else {
      counts.skipped++;
    }
  }
  return annotations;
}

async function plan(db: NewsroomDB, set: ImportedSet): Promise<ImportPlan> {
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  const newIds: string[] = [];
  // Which articles the library has, asked once, of the index alone: their texts are not needed.
  const articleIds = new Set([...set.articles.map((article) => article.id), ...set.annotations.map((a) => a.articleId)]);
  const knownArticles = new Set(
    await db.articles
      .where('id')
      .anyOf([...articleIds])
      .primaryKeys(),
  );
  let annotations: ImportPlan['annotations'];
  if (set.matchBy === 'span') {
    // New spans, but their ids are not checked against the library: they are put.
    const added = await planBySpan(db, set);
    annotations = { added: [], others: added };
    counts.added = added.length;
    counts.unchanged = set.annotations.length - added.length;
  } else {
    annotations = await planById(db, set, counts, newIds);
  }
  const knownEntities = new Set(
    (await db.entities.bulkGet(set.entities.map((entity) => entity.id))).flatMap((entity) => (entity ? [entity.id] : [])),
  );
  return {
    counts,
    articles: set.articles.filter((article) => !knownArticles.has(article.id)),
    annotations,
    entities: set.entities.filter((entity) => !knownEntities.has(entity.id)),
    newIds,
  };
}

/** What importing would do, for the editor to confirm. */
export interface ImportPreview {
  counts: ImportCounts;
  /** Articles the file brings that the library does not have yet. */
  newArticles: number;
  /** Names of the tags the import adds, for labels no library tag has. */
  newTags: string[];
  /** Annotations that come in with a new id, as theirs belongs to an annotation of another article. */
  newIds: string[];
}

export async function previewImport(db: NewsroomDB, set: ImportedSet): Promise<ImportPreview> {
  return db.transaction('r', [db.annotations, db.entities, db.articles, db.tags], async () => {
    const { counts, articles, newIds } = await plan(db, set);
    // A native set carries every tag it uses, most of them the library's own already.
    const known = new Set(await db.tags.toCollection().primaryKeys());
    const newTags = set.tags.filter((tag) => !known.has(tag.id)).map((tag) => tag.label);
    return { counts, newArticles: articles.length, newTags, newIds };
  });
}

/**
 * The articles web annotations may belong to: the ones they name by this app's id, or, when any names a document
 * some other way, every article in the library, to be searched for their quotes.
 */
export async function articlesForWebAnnotations(db: NewsroomDB, annotations: readonly ForeignAnnotation[]): Promise<Article[]> {
  const sources = new Set(annotations.map((annotation) => annotation.source));
  const ids = [...sources].filter((source) => source.startsWith(ARTICLE_URN)).map((source) => source.slice(ARTICLE_URN.length));
  const named = await readArticles(db, ids);
  if (named.length === sources.size) return named;
  return readAllArticles(db);
}

/** Imports the set in one transaction: articles and entities the library lacks, annotations by id, newer wins. */
export async function applyImport(db: NewsroomDB, set: ImportedSet, now: Date): Promise<ImportCounts> {
  return db.transaction('rw', [db.articles, db.articleTexts, db.annotations, db.entities, db.tags], async () => {
    const { counts, articles, annotations, entities } = await plan(db, set);
    const records = articles.map((article) => articleRecords(article, now.toISOString(), now.toISOString()));
    await db.articles.bulkAdd(records.map(({ record }) => record));
    await db.articleTexts.bulkPut(records.map(({ text }) => text));
    const tags = await db.tags.toArray();
    const knownTags = new Set(tags.map((tag) => tag.id));
    const newTags: StoredTag[] = set.tags
      .filter((tag) => !knownTags.has(tag.id))
      .map((tag, index) => ({ ...tag, position: tags.length + index }));
    await db.tags.bulkAdd(newTags);
    await db.entities.bulkAdd(entities);
    // Added, not put: the library's counts then need not read what each one replaces (nothing).
    await db.annotations.bulkAdd(annotations.added);
    await db.annotations.bulkPut(annotations.others);
    return counts;
  });
}
