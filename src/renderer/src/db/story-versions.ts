// A story's versions in the library: a new version stored with the annotations carried over from the one before (and
// what could not be carried, as orphans), the versions of a story, and the orphans of one.
import type { Article } from '../../../shared/article/article';
import type { Annotation } from '../../../shared/annotation';
import { carryAnnotations } from '../../../shared/versions/carry-over';
import type { StoryCandidate } from '../../../shared/versions/story-match';
import type { ArticleRecord, NewsroomDB, Orphan } from './database';
import { articleRecords } from './database';

/** A new version stored, and what became of the previous version's annotations. */
export interface AddedVersion {
  articleId: string;
  title: string;
  version: number;
  /** Annotations placed in the new version; of them, those whose text changed, for the editor to confirm. */
  carried: number;
  changed: number;
  orphans: number;
}

/** The orphan record of `annotation`, left out of the version `articleId`. */
export function orphanOf(articleId: string, annotation: Annotation): Orphan {
  return { id: `${articleId}:${annotation.id}`, articleId, annotation };
}

/**
 * Stores `article` as the version after `previousId`, the previous version's annotations carried over
 * (carryAnnotations) and what could not be placed kept as orphans, in one transaction: the annotations carried are
 * the ones stored when it runs, and either all of it is in the library or none. The previous version and its
 * annotations stay as they were. The library worker runs it: for a long story, reading, re-anchoring and writing
 * ten thousand annotations would stop the window for a second.
 */
export async function addVersion(
  db: NewsroomDB,
  previousId: string,
  article: Article,
  now: Date,
  sourceBytes?: Uint8Array,
): Promise<AddedVersion> {
  const tables = [db.articles, db.articleTexts, db.annotations, db.orphans, db.sourceFiles];
  return db.transaction('rw', tables, async () => {
    const [previous, previousText, existing] = await Promise.all([
      db.articles.get(previousId),
      db.articleTexts.get(previousId),
      db.articles.get(article.id),
    ]);
    if (!previous || !previousText) throw new Error(`The previous version ${previousId} is not in the library`);
    if (previous.newerVersionId) throw new Error(`“${previous.title}” has a newer version already`);
    if (existing) throw new Error(`“${article.title}” is in the library already`);
    const annotations = await db.annotations.where('articleId').equals(previousId).toArray();
    const carried = carryAnnotations({ previousText: previousText.text, next: article }, annotations, () => crypto.randomUUID());
    const storyId = previous.storyId ?? previous.id;
    const version = (previous.version ?? 1) + 1;
    const { record, text } = articleRecords(article, now.toISOString(), now.toISOString());
    await db.articles.add({ ...record, storyId, version, previousVersionId: previous.id });
    await db.articleTexts.put(text);
    await db.articles.update(previous.id, { storyId, newerVersionId: article.id });
    await db.annotations.bulkAdd(carried.annotations);
    await db.orphans.bulkAdd(carried.orphans.map((annotation) => orphanOf(article.id, annotation)));
    if (sourceBytes) await db.sourceFiles.put({ articleId: article.id, fileName: article.source.fileName, bytes: sourceBytes });
    return {
      articleId: article.id,
      title: article.title,
      version,
      carried: carried.annotations.length,
      changed: carried.annotations.filter((annotation) => annotation.previousQuote !== undefined).length,
      orphans: carried.orphans.length,
    };
  });
}

/** The versions of the story `article` belongs to, oldest first; an article never edited is its only version. */
export async function storyVersions(db: NewsroomDB, article: Pick<ArticleRecord, 'id' | 'storyId'>): Promise<ArticleRecord[]> {
  if (article.storyId === undefined) {
    const only = await db.articles.get(article.id);
    return only ? [only] : [];
  }
  const versions: readonly ArticleRecord[] = await db.articles.where('storyId').equals(article.storyId).toArray();
  return [...versions].sort((a, b) => (a.version ?? 1) - (b.version ?? 1));
}

/** The newest version of every story, as the open workflow compares a file with them. */
export async function latestVersions(db: NewsroomDB): Promise<StoryCandidate[]> {
  const records = await db.articles.toArray();
  return records
    .filter((record) => record.newerVersionId === undefined)
    .map(({ id, title, date, source }) => ({ id, title, date, fileName: source.fileName, path: source.path ?? null }));
}

/** What a version could not carry over from the one before, in the order it stood there. */
export async function orphansOf(db: NewsroomDB, articleId: string): Promise<Orphan[]> {
  const orphans: readonly Orphan[] = await db.orphans.where('articleId').equals(articleId).toArray();
  return [...orphans].sort((a, b) => a.annotation.start - b.annotation.start || a.annotation.end - b.annotation.end);
}
