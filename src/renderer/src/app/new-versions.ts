// Opening an edited copy of a story in the library: found by its file (path, or name) or its title and date, and its
// text; asked about, unless the editor chose to be asked no more; stored as the story's next version with the
// annotations carried over from the newest version, and what could not be placed kept as orphans (in the library
// worker).
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../../shared/i18n/formatting';
import { annotationCountLabel } from '../count-labels';
import type { Article } from '../../../shared/article/article';
import type { Result } from '../../../shared/result';
import { err } from '../../../shared/result';
import { likelyStories, SAME_STORY_SIMILARITY, textSimilarity } from '../../../shared/versions/story-match';
import type { ArticleRecord, NewsroomDB } from '../db/database';
import type { AddedVersion } from '../db/story-versions';
import { latestVersions } from '../db/story-versions';
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

  /** Stores `article` as the version after `previous`, its annotations carried over, in the library worker. */
  async add(previous: ArticleRecord, article: Article, sourceBytes?: Uint8Array): Promise<Result<AddedVersion>> {
    const added = await this.parts.jobs.addVersion(this.parts.db, previous.id, article, sourceBytes);
    return added.ok ? added : err(msg(str`${article.source.fileName}: it could not be saved in the library (${added.error})`));
  }
}

/** What the editor is told of a new version. */
export function describeAddedVersion({ title, version, carried, changed, orphans }: AddedVersion): string {
  const parts = [msg(str`${annotationCountLabel(carried)} carried over`)];
  if (changed > 0) parts.push(msg(str`${formatNumber(changed)} changed, to confirm`));
  if (orphans > 0) parts.push(msg(str`${formatNumber(orphans)} not placed (see Orphans)`));
  return msg(str`Opened version ${version} of ${title}: ${parts.join(', ')}`);
}
