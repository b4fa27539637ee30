// Opening an edited copy of a story in the library: found by its file (path, or name) or its title and date, and its
// text; asked about, unless the editor chose to be asked no more; stored as the story's next version with the
// annotations carried over from the newest version (re-anchored in a worker), and what could not be placed kept as
// orphans.
import type { Article } from '../../../shared/article/article';
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';
import { likelyStories, SAME_STORY_SIMILARITY, textSimilarity } from '../../../shared/versions/story-match';
import type { ArticleRecord, NewsroomDB, StoredArticle } from '../db/database';
import { addVersion, latestVersions } from '../db/story-versions';
import { describeStorageError } from '../storage-errors';
import type { BackgroundJobs } from './background-jobs';
import type { Preferences } from './preferences';

/** Where the editor's answer "always open edited copies as new versions" is kept. */
export const NEW_VERSIONS_SETTING = 'newsroom-annotator:new-versions';

/** What the version dialog asks. */
export interface VersionQuestion {
  fileName: string;
  /** The story's newest version in the library. */
  previous: Pick<ArticleRecord, 'title' | 'date' | 'version'>;
}

/** The editor's answer: a new version or an article of its own, and whether to ask again. */
export interface VersionAnswer {
  asVersion: boolean;
  always: boolean;
}

export interface NewVersionParts {
  db: NewsroomDB;
  jobs: BackgroundJobs;
  preferences: Preferences;
  chooseVersion(question: VersionQuestion): Promise<VersionAnswer | null>;
}

/** A new version stored, and what became of the previous version's annotations. */
export interface OpenedVersion {
  article: StoredArticle;
  carried: number;
  changed: number;
  orphans: number;
}

export class NewVersions {
  constructor(private readonly parts: NewVersionParts) {}

  /** The newest version of the story `article` is an edited copy of, or null when it is a story of its own. */
  async previousVersionOf(article: Article): Promise<ArticleRecord | null> {
    const { db } = this.parts;
    // The same text is the same article: it is reopened as it is.
    if (await db.articles.get(article.id)) return null;
    for (const candidate of likelyStories(article, await latestVersions(db))) {
      const stored = await db.articleTexts.get(candidate.id);
      if (stored && textSimilarity(stored.text, article.text) >= SAME_STORY_SIMILARITY) {
        return (await db.articles.get(candidate.id)) ?? null;
      }
    }
    return null;
  }

  /** Whether to store `article` as the next version of `previous`: asked, unless the editor said always; null: cancelled. */
  async asVersion(fileName: string, previous: ArticleRecord): Promise<boolean | null> {
    const { preferences } = this.parts;
    if (preferences.getItem(NEW_VERSIONS_SETTING) === 'always') return true;
    const answer = await this.parts.chooseVersion({ fileName, previous });
    if (answer === null) return null;
    if (answer.always && answer.asVersion) preferences.setItem(NEW_VERSIONS_SETTING, 'always');
    return answer.asVersion;
  }

  /** Stores `article` as the version after `previous`, its annotations carried over, in one transaction. */
  async add(previous: ArticleRecord, article: Article, sourceBytes?: Uint8Array): Promise<Result<OpenedVersion>> {
    const { db, jobs } = this.parts;
    try {
      const [previousText, annotations] = await Promise.all([
        db.articleTexts.get(previous.id),
        db.annotations.where('articleId').equals(previous.id).toArray(),
      ]);
      if (!previousText) return err(`${article.source.fileName}: the previous version’s text is not in the library`);
      const next = { id: article.id, text: article.text };
      const carried = await jobs.carryOver({ previousText: previousText.text, next }, annotations);
      if (!carried.ok) return err(`${article.source.fileName}: the annotations could not be carried over (${carried.error})`);
      const stored = await addVersion(db, previous.id, article, carried.value, new Date(), sourceBytes);
      const { annotations: placed, orphans } = carried.value;
      return ok({
        article: stored,
        carried: placed.length,
        changed: placed.filter((annotation) => annotation.previousQuote !== undefined).length,
        orphans: orphans.length,
      });
    } catch (error) {
      return err(`${article.source.fileName}: it could not be saved in the library (${describeStorageError(error)})`);
    }
  }
}

/** What the editor is told of a new version. */
export function describeOpenedVersion({ article, carried, changed, orphans }: OpenedVersion): string {
  const parts = [`${carried} ${carried === 1 ? 'annotation' : 'annotations'} carried over`];
  if (changed > 0) parts.push(`${changed} changed, to confirm`);
  if (orphans > 0) parts.push(`${orphans} not placed (see Orphans)`);
  return `Opened version ${article.version ?? 1} of ${article.title}: ${parts.join(', ')}`;
}
