// Merges an imported annotation set into the library: new records are added, records both sides changed keep the
// newer version, and it all happens in one transaction, so a failure halfway leaves the library as it was.
import { msg, str } from '@lit/localize';
import type { Annotation, Entity } from '../../../shared/annotation';
import type { Article } from '../../../shared/article/article';
import { ARTICLE_URN } from '../../../shared/formats/export-adapters';
import type { ImportedSet, StoryVersionOf } from '../../../shared/formats/native-import';
import { contentDigest } from '../../../shared/article/article-id';
import { sameRecord } from '../../../shared/same-record';
import { compareInstants } from '../../../shared/timestamps';
import type { ForeignAnnotation } from '../../../shared/formats/web-annotation-import';
import { articleRecords } from './database';
import { readAllArticles, readArticles } from './library';
import type { ArticleRecord, NewsroomDB, StoredTag } from './database';

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
 * How many of the library's keys one lookup by id costs: reading every key of the annotations (getAllKeys) took
 * 1.3–1.8 µs a key, looking one id up 21–26 µs (Chromium, 400,000 annotations, 100,000 ids).
 */
const KEYS_PER_LOOKUP = 15;

/**
 * The library's annotation ids at one revision of its annotations, kept between imports by whoever imports (the
 * library worker): while the revision is the same, which ids the library has is known without reading them again.
 */
export class KnownAnnotationIds {
  private revision = -1;
  private ids: Set<string> | null = null;

  /** The ids, if they are those of the library at `revision`. */
  at(revision: number): ReadonlySet<string> | null {
    return this.revision === revision ? this.ids : null;
  }

  remember(revision: number, ids: Set<string>): void {
    this.revision = revision;
    this.ids = ids;
  }

  /** An import at `before` wrote `added` and left the annotations at `after`: the ids are those of `after`. */
  advance(before: number, after: number, added: Iterable<string>): void {
    if (this.revision !== before || !this.ids) return;
    for (const id of added) this.ids.add(id);
    this.revision = after;
  }
}

/**
 * The library's annotations with these ids, looked up only where the library has them. Which those are comes from
 * `known` when it is current, else from the library's keys while reading them all costs less than looking every id
 * up: an import of 100,000 new annotations reads 0.5 s of keys in a library of 400,000 instead of spending 2–3 s on
 * lookups that find nothing, and a few ids in a large library are looked up one by one. (Walking the id index with
 * anyOf cost more with every annotation already there: 7.5 s at 400,000.)
 */
async function existingById(
  db: NewsroomDB,
  ids: readonly string[],
  revision: number,
  known: KnownAnnotationIds | undefined,
): Promise<Map<string, Annotation>> {
  if (ids.length === 0) return new Map();
  let libraryIds = known?.at(revision) ?? null;
  if (!libraryIds && (await db.annotations.count()) <= ids.length * KEYS_PER_LOOKUP) {
    const read = new Set(await db.annotations.toCollection().primaryKeys());
    known?.remember(revision, read);
    libraryIds = read;
  }
  const present = libraryIds ? ids.filter((id) => libraryIds.has(id)) : ids;
  const found = await db.annotations.bulkGet([...present]);
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
  at: { revision: number; known: KnownAnnotationIds | undefined },
): Promise<ImportPlan['annotations']> {
  const existing = await existingById(
    db,
    set.annotations.map((annotation) => annotation.id),
    at.revision,
    at.known,
  );
  const renamedIds: string[] = [];
  const incoming = set.annotations.map((annotation) => {
    const owner = existing.get(annotation.id);
    if (!owner || owner.articleId === annotation.articleId) return annotation;
    newIds.push(msg(str`“${annotation.quote.slice(0, 80)}”: its id belongs to “${owner.quote.slice(0, 80)}” in another article`));
    const id = idInArticle(annotation);
    renamedIds.push(id);
    return { ...annotation, id };
  });
  for (const [id, annotation] of await existingById(db, renamedIds, at.revision, at.known)) existing.set(id, annotation);

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

/**
 * What the import does to the annotations, worked out against the library at `revision`: valid for as long as the
 * annotations' revision is that number, that is until anything writes to them.
 */
export interface PlannedAnnotations {
  revision: number;
  counts: ImportCounts;
  annotations: ImportPlan['annotations'];
  newIds: string[];
}

/** The annotations' revision as the current transaction sees it (library-counts.ts keeps it). */
async function annotationsRevision(db: NewsroomDB): Promise<number> {
  return (await db.revisions.get('annotations'))?.revision ?? 0;
}

async function planAnnotations(
  db: NewsroomDB,
  set: ImportedSet,
  known: KnownAnnotationIds | undefined,
): Promise<PlannedAnnotations> {
  const revision = await annotationsRevision(db);
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  const newIds: string[] = [];
  if (set.matchBy === 'span') {
    // New spans, but their ids are not checked against the library: they are put.
    const added = await planBySpan(db, set);
    counts.added = added.length;
    counts.unchanged = set.annotations.length - added.length;
    return { revision, counts, annotations: { added: [], others: added }, newIds };
  }
  return { revision, counts, annotations: await planById(db, set, counts, newIds, { revision, known }), newIds };
}

/**
 * The whole plan. `planned`, worked out when the editor was shown the preview, is taken as it is if nothing has
 * written to the annotations since: checking 100,000 ids against a library of 400,000 again cost as much as the first
 * time (0.5–0.7 s), and grew with the library.
 */
async function plan(
  db: NewsroomDB,
  set: ImportedSet,
  known: KnownAnnotationIds | undefined,
  planned?: PlannedAnnotations,
): Promise<ImportPlan & { planned: PlannedAnnotations }> {
  const current =
    planned && planned.revision === (await annotationsRevision(db)) ? planned : await planAnnotations(db, set, known);
  // Which articles the library has, asked once, of the index alone: their texts are not needed.
  const articleIds = new Set([...set.articles.map((article) => article.id), ...set.annotations.map((a) => a.articleId)]);
  const knownArticles = new Set(
    await db.articles
      .where('id')
      .anyOf([...articleIds])
      .primaryKeys(),
  );
  const knownEntities = new Set(
    (await db.entities.bulkGet(set.entities.map((entity) => entity.id))).flatMap((entity) => (entity ? [entity.id] : [])),
  );
  return {
    counts: { ...current.counts },
    articles: set.articles.filter((article) => !knownArticles.has(article.id)),
    annotations: current.annotations,
    entities: set.entities.filter((entity) => !knownEntities.has(entity.id)),
    newIds: current.newIds,
    planned: current,
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

/**
 * What importing would do, and the annotations' part of it for `applyImport` to take as it is while nothing writes to
 * them (it stays with the prepared import in the worker; the window gets the preview only).
 */
export async function planImport(
  db: NewsroomDB,
  set: ImportedSet,
  known?: KnownAnnotationIds,
): Promise<{ preview: ImportPreview; planned: PlannedAnnotations }> {
  return db.transaction('r', [db.annotations, db.entities, db.articles, db.tags, db.revisions], async () => {
    const { counts, articles, newIds, planned } = await plan(db, set, known);
    // A native set carries every tag it uses, most of them the library's own already.
    const knownTags = new Set(await db.tags.toCollection().primaryKeys());
    const newTags = set.tags.filter((tag) => !knownTags.has(tag.id)).map((tag) => tag.label);
    return { preview: { counts, newArticles: articles.length, newTags, newIds }, planned };
  });
}

/** What importing would do, for the editor to confirm. */
export async function previewImport(db: NewsroomDB, set: ImportedSet): Promise<ImportPreview> {
  return (await planImport(db, set)).preview;
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

/**
 * The new articles' records with their places among their stories' versions, as the file gives them; and the
 * library's earlier versions they follow marked as followed. A version whose earlier version is in neither the file
 * nor the library starts its story. Runs in the import's transaction.
 */
async function linkVersions(
  db: NewsroomDB,
  versions: readonly StoryVersionOf[],
  added: ArticleRecord[],
): Promise<ArticleRecord[]> {
  if (versions.length === 0) return added;
  const addedById = new Map(added.map((record) => [record.id, record] as const));
  const fromFile = new Map(versions.map((version) => [version.articleId, version] as const));
  const previousIds = versions.flatMap((version) => (version.previousVersionId === null ? [] : [version.previousVersionId]));
  const inLibrary = new Map(
    (await db.articles.bulkGet(previousIds)).flatMap((record) => (record ? [[record.id, record] as const] : [])),
  );
  /** The first version of `articleId`'s story, following the earlier versions as far as the file and library go. */
  const storyOf = (articleId: string): string => {
    const seen = new Set<string>();
    let current = articleId;
    for (;;) {
      seen.add(current);
      const known = inLibrary.get(current);
      if (known) return known.storyId ?? known.id;
      const previous = fromFile.get(current)?.previousVersionId ?? null;
      if (
        previous === null ||
        seen.has(previous) ||
        (!fromFile.has(previous) && !inLibrary.has(previous) && !addedById.has(previous))
      )
        return current;
      current = previous;
    }
  };
  for (const version of versions) {
    const record = addedById.get(version.articleId);
    if (!record) continue;
    const storyId = storyOf(version.articleId);
    const previous =
      version.previousVersionId === null
        ? undefined
        : (addedById.get(version.previousVersionId) ?? inLibrary.get(version.previousVersionId));
    Object.assign(record, { storyId, version: version.version }, previous ? { previousVersionId: previous.id } : {});
    if (previous && previous.newerVersionId === undefined) {
      // A record read from the library may be shared and frozen: it is written as a new one.
      if (inLibrary.has(previous.id)) await db.articles.put({ ...previous, storyId, newerVersionId: record.id });
      else Object.assign(previous, { storyId, newerVersionId: record.id });
    }
  }
  return added;
}

/**
 * Imports the set in one transaction: articles and entities the library lacks, annotations by id, newer wins. With
 * `planned` from `planImport`, the annotations are not checked again unless something wrote to them since; `known`
 * learns the ids written once the transaction has committed.
 */
export async function applyImport(
  db: NewsroomDB,
  set: ImportedSet,
  now: Date,
  planned?: PlannedAnnotations,
  known?: KnownAnnotationIds,
): Promise<ImportCounts> {
  const { counts, revisions, written } = await db.transaction(
    'rw',
    [db.articles, db.articleTexts, db.annotations, db.entities, db.tags, db.revisions],
    async () => {
      const { counts, articles, annotations, entities, planned: used } = await plan(db, set, known, planned);
      const records = articles.map((article) => articleRecords(article, now.toISOString(), now.toISOString()));
      await db.articles.bulkAdd(
        await linkVersions(
          db,
          set.storyVersions ?? [],
          records.map(({ record }) => record),
        ),
      );
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
      const written = [...annotations.added, ...annotations.others].map((annotation) => annotation.id);
      return { counts, revisions: { before: used.revision, after: await annotationsRevision(db) }, written };
    },
  );
  known?.advance(revisions.before, revisions.after, written);
  return counts;
}
