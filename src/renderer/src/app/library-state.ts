// What the window shows of the library, each a live query kept current as anything writes: the open article and
// whether its file's bytes are kept, the tags, the entities, the article list with its counts, and the entity index.
import type { Entity, Tag } from '../../../shared/annotation';
import type { ArticleRecord, NewsroomDB, Orphan, StoredArticle } from '../db/database';
import type { EntityCounts } from '../db/library-counts';
import { orphansOf, storyVersions } from '../db/story-versions';
import type { EntityAppearance, EntityIndexEntry, LibraryArticle, LibraryEntry } from '../db/library';
import {
  countAnnotations,
  entityAppearances,
  entityIndexOf,
  libraryEntries,
  listLibraryArticles,
  listNewestLibraryEntries,
  listEntities,
  listTags,
  readArticle,
  readEntityCounts,
} from '../db/library';
import { rememberLast } from '../remember-last';
import { LiveValue } from './live-value';

/** Stable empty lists, so that remembered answers are reused while a query has not answered yet. */
const NO_ENTITIES: readonly Entity[] = [];
const NO_TAGS: readonly Tag[] = [];

/** Rows of the list read ahead of the whole library: more than the tallest screen shows. */
const FIRST_ROWS = 40;

export class LibraryState {
  readonly article: LiveValue<StoredArticle | undefined>;
  readonly hasSourceFile: LiveValue<boolean>;
  /** The versions of the open article's story, oldest first, and what its version could not carry over. */
  readonly versions: LiveValue<ArticleRecord[]>;
  readonly orphans: LiveValue<Orphan[]>;
  private readonly tagsQuery: LiveValue<Tag[]>;
  private readonly entitiesQuery: LiveValue<Entity[]>;
  /** The library list, read once for the library panel and the export dialog alike, and its counts apart. */
  private readonly articles: LiveValue<LibraryArticle[]>;
  private readonly counts: LiveValue<Map<string, number>>;
  /** The entities' counts, which only the entity index shows: followed from the first time it is shown or idle. */
  private readonly entityCounts: LiveValue<ReadonlyMap<string, EntityCounts>>;
  private readonly entriesOf = rememberLast(libraryEntries);
  private readonly indexOf = rememberLast(entityIndexOf);
  private newestEntries: LibraryEntry[] | undefined;
  private stopped = false;

  constructor(
    private readonly db: NewsroomDB,
    private readonly changed: () => void,
  ) {
    this.article = new LiveValue(changed);
    this.hasSourceFile = new LiveValue(changed);
    this.versions = new LiveValue(changed);
    this.orphans = new LiveValue(changed);
    this.tagsQuery = new LiveValue(changed);
    this.entitiesQuery = new LiveValue(changed);
    this.articles = new LiveValue(changed);
    this.counts = new LiveValue(changed);
    this.entityCounts = new LiveValue(changed);
  }

  /**
   * Starts following the library as a whole. IndexedDB answers one request after another: a screenful of the list is
   * read first with the tags and entities (a few milliseconds each), and the whole list and its counts (a few hundred
   * at a newsroom's year of articles) are asked once that screenful is in.
   */
  start(): void {
    void listNewestLibraryEntries(this.db, FIRST_ROWS)
      .then(
        (entries) => {
          this.newestEntries = entries;
          this.changed();
        },
        // The whole list's query, asked next, reports what is wrong with the library.
        () => undefined,
      )
      .then(() => {
        if (this.stopped) return;
        this.articles.follow(() => listLibraryArticles(this.db));
        this.counts.follow(() => countAnnotations(this.db));
      });
    this.tagsQuery.follow(() => listTags(this.db));
    this.entitiesQuery.follow(() => listEntities(this.db));
  }

  /** Follows another article (none when null). */
  followArticle(articleId: string | null): void {
    this.article.follow(async () => (articleId ? readArticle(this.db, articleId) : undefined));
    this.hasSourceFile.follow(async () =>
      articleId ? (await this.db.sourceFiles.where('articleId').equals(articleId).count()) > 0 : false,
    );
    this.versions.follow(async () => {
      const record = articleId ? await this.db.articles.get(articleId) : undefined;
      return record ? storyVersions(this.db, record) : [];
    });
    this.orphans.follow(async () => (articleId ? orphansOf(this.db, articleId) : []));
  }

  /** The articles an entity appears in, the newest first: read when the editor asks, not followed. */
  appearancesOf(entityId: string): Promise<EntityAppearance[]> {
    return entityAppearances(this.db, entityId);
  }

  /**
   * Starts following the entities' counts, if it has not: the core asks once the window is idle after a start, so
   * that the entity index opens from memory, and whenever the index is shown. A start does not wait for them.
   */
  followEntityCounts(): void {
    if (!this.stopped && !this.entityCounts.following) this.entityCounts.follow(() => readEntityCounts(this.db));
  }

  stop(): void {
    this.stopped = true;
    for (const value of [
      this.article,
      this.hasSourceFile,
      this.versions,
      this.orphans,
      this.tagsQuery,
      this.entitiesQuery,
      this.articles,
      this.counts,
      this.entityCounts,
    ])
      value.stop();
  }

  get tags(): readonly Tag[] {
    return this.tagsQuery.value ?? NO_TAGS;
  }

  get entities(): readonly Entity[] {
    return this.entitiesQuery.value ?? NO_ENTITIES;
  }

  /** The library's entries once both the articles and their counts are read. */
  get entries(): LibraryEntry[] | undefined {
    const articles = this.articles.value;
    const counts = this.counts.value;
    return articles && counts ? this.entriesOf(articles, counts) : undefined;
  }

  /**
   * The first rows of the list, most recently opened first, while the whole list is still being read; undefined once
   * it is read (or before these are).
   */
  get firstEntries(): LibraryEntry[] | undefined {
    return this.entries ? undefined : this.newestEntries;
  }

  /** The entity index, once the entities and their counts have answered. */
  get entityIndex(): EntityIndexEntry[] | undefined {
    const entities = this.entitiesQuery.value;
    const counts = this.entityCounts.value;
    return entities && counts ? this.indexOf(entities, counts) : undefined;
  }
}
