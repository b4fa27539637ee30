// The one IndexedDB database, through Dexie. Every schema version stays here, each change with its upgrade.
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../../shared/i18n/formatting';
import type { EntityTable } from 'dexie';
import { Dexie } from 'dexie';
import type { Article, Block } from '../../../shared/article/article';
import type { Annotation, Entity, Tag } from '../../../shared/annotation';
import { DEFAULT_TAGS } from '../../../shared/annotation';
import type { ArticleCounts, EntityCounts, EntityInArticle, Revision } from './library-counts';
import { CountChanges, libraryCountsMiddleware } from './library-counts';
import type { DeskAuthor, OutboxEntry, SyncStateRow } from './sync-outbox';
import { DESK_AUTHORS_TABLE, OUTBOX_TABLE, SYNC_STATE_TABLE, syncOutboxMiddleware } from './sync-outbox';
import type { StoredTextIndex } from './text-index';

/** What the library lists of an article: all but its text, which is stored apart (see the schema's version 6). */
export interface ArticleRecord extends Omit<Article, 'text' | 'blocks'> {
  /** When the article first entered the library (ISO). */
  addedAt: string;
  /** When it was last opened, to list recent work first (ISO). */
  openedAt: string;
  /**
   * The story this article is a version of: its first version's id. Set on every version once a story has two; an
   * article never edited has none, and is a story of one version.
   */
  storyId?: string;
  /** Its place among its story's versions, from 1 (absent: 1). */
  version?: number;
  previousVersionId?: string;
  /** The version that followed it. The library lists a story once, by the version that has none. */
  newerVersionId?: string;
}

/** An article's text and its blocks, read only when the article is shown, exported or searched. */
export interface ArticleText {
  articleId: string;
  text: string;
  blocks: Block[];
}

/** An article as the window shows it: its record and its text together. */
export type StoredArticle = ArticleRecord & Pick<Article, 'text' | 'blocks'>;

/**
 * An article's record, built field by field so that nothing else a row carries (a native file's article also holds
 * its annotations, an older version's row its text) is stored with it.
 */
export function articleRecord(article: ArticleRecord): ArticleRecord {
  const { id, title, date, source, addedAt, openedAt, storyId, version, previousVersionId, newerVersionId } = article;
  return {
    id,
    title,
    date,
    source,
    addedAt,
    openedAt,
    ...(storyId === undefined ? {} : { storyId }),
    ...(version === undefined ? {} : { version }),
    ...(previousVersionId === undefined ? {} : { previousVersionId }),
    ...(newerVersionId === undefined ? {} : { newerVersionId }),
  };
}

/** The two records an article is stored as. */
export function articleRecords(
  article: Article,
  addedAt: string,
  openedAt: string,
): { record: ArticleRecord; text: ArticleText } {
  return {
    record: articleRecord({ ...article, addedAt, openedAt }),
    text: { articleId: article.id, text: article.text, blocks: article.blocks },
  };
}

/** The bytes an article was read from, kept so it can be read again with another encoding. */
export interface SourceFile {
  articleId: string;
  fileName: string;
  bytes: Uint8Array;
}

/** A suggestion the editor rejected: `id` is the article's id and the suggestion's, which is stable for its text. */
export interface RejectedSuggestion {
  id: string;
  articleId: string;
  suggestionId: string;
}

/**
 * An annotation of a story's previous version that could not be placed in this version with confidence: kept whole,
 * for the editor to place again by hand or drop. `id` is this version's id and the annotation's.
 */
export interface Orphan {
  id: string;
  articleId: string;
  annotation: Annotation;
}

/** A tag as stored: its place in the palette is kept with it. */
export interface StoredTag extends Tag {
  position: number;
}

export const DATABASE_NAME = 'newsroom-annotator';

/** How many annotations an upgrade counts between two reports of how far it has got. */
const UPGRADE_PROGRESS_STEP = 50_000;

export class NewsroomDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  articleTexts!: EntityTable<ArticleText, 'articleId'>;
  annotations!: EntityTable<Annotation, 'id'>;
  tags!: EntityTable<StoredTag, 'id'>;
  entities!: EntityTable<Entity, 'id'>;
  sourceFiles!: EntityTable<SourceFile, 'articleId'>;
  /** Kept by `libraryCountsMiddleware` with every write of an annotation; never written otherwise. */
  articleCounts!: EntityTable<ArticleCounts, 'articleId'>;
  entityCounts!: EntityTable<EntityCounts, 'entityId'>;
  entityArticles!: Dexie.Table<EntityInArticle, [string, string]>;
  revisions!: EntityTable<Revision, 'table'>;
  textIndexes!: EntityTable<StoredTextIndex, 'name'>;
  rejectedSuggestions!: EntityTable<RejectedSuggestion, 'id'>;
  orphans!: EntityTable<Orphan, 'id'>;
  /** Kept by `syncOutboxMiddleware` with every write of a shared table while the library is linked to a desk. */
  syncOutbox!: EntityTable<OutboxEntry, 'id'>;
  syncState!: EntityTable<SyncStateRow, 'name'>;
  deskAuthors!: EntityTable<DeskAuthor, 'id'>;
  /**
   * Told how far an upgrade of a library saved by an older version has got, in words for the editor: counting half
   * a million annotations once takes a while, and the window says what it is waiting for.
   */
  onUpgradeProgress: ((message: string) => void) | null = null;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    // Live queries' answers are shared and frozen instead of deep-copied for each reader: nothing changes what a
    // query answered, and copying the library's 5,000 entries after a reload only delayed the list.
    super(name, { cache: 'immutable', ...options });
    this.version(1).stores({
      articles: 'id, openedAt',
      annotations: 'id, articleId, tag, entityId, speakerId',
      tags: 'id',
      entities: 'id, tag, name, *aliases',
    });
    // Version 2 adds a table; no existing record changes, so there is nothing to upgrade.
    this.version(2).stores({ sourceFiles: 'articleId' });
    // Version 3 orders the tags (editors reorder them): each existing tag gets a position, in the order it had.
    this.version(3)
      .stores({ tags: 'id, position' })
      .upgrade(async (transaction) => {
        const tags = await transaction.table<StoredTag, string>('tags').toArray();
        tags.sort((a, b) => a.shortcut.localeCompare(b.shortcut) || a.label.localeCompare(b.label));
        await transaction.table<StoredTag, string>('tags').bulkPut(tags.map((tag, position) => ({ ...tag, position })));
      });
    // Version 4 changes no index: it takes out of every article the annotations that importing a native file stored
    // in it as well (a stale copy, up to megabytes an article, read again with the article every time it was read).
    // The annotations themselves are in their own table and stay as they are.
    this.version(4)
      .stores({})
      .upgrade(async (transaction) => {
        await transaction
          .table<StoredArticle, string>('articles')
          .toCollection()
          .modify((article, ref) => {
            const { record, text } = articleRecords(article, article.addedAt, article.openedAt);
            ref.value = { ...record, text: text.text, blocks: text.blocks };
          });
      });
    // Version 5 keeps counts beside the annotations (see library-counts.ts), worked out here once from every
    // annotation in the library; from then on every write keeps them.
    this.version(5)
      .stores({ articleCounts: 'articleId', entityCounts: 'entityId', entityArticles: '[entityId+articleId], articleId' })
      .upgrade(async (transaction) => {
        const changes = new CountChanges();
        const annotations = transaction.table<Annotation, string>('annotations');
        const total = await annotations.count();
        let counted = 0;
        await annotations.each((annotation) => {
          changes.count(annotation, 1);
          if (++counted % UPGRADE_PROGRESS_STEP === 0)
            this.reportUpgrade(msg(str`Counting the annotations once: ${formatNumber(counted)} of ${formatNumber(total)}`));
        });
        await transaction.table('articleCounts').bulkPut(
          [...changes.articles].map(([articleId, { annotations, claims }]) => ({
            articleId,
            annotations,
            claims: Object.fromEntries(claims),
          })),
        );
        const pairs = [...changes.pairs.values()];
        await transaction.table('entityArticles').bulkPut(pairs);
        const entities = new Map<string, EntityCounts>();
        for (const pair of pairs) {
          const counts = entities.get(pair.entityId) ?? { entityId: pair.entityId, mentions: 0, articles: 0 };
          counts.mentions += pair.mentions;
          counts.articles += 1;
          entities.set(pair.entityId, counts);
        }
        await transaction.table('entityCounts').bulkPut([...entities.values()]);
      });
    // Version 6 moves each article's text to a table of its own, so that listing the library reads titles and dates
    // only (the texts were nine tenths of what a list of 5,000 articles read), and indexes the articles by date.
    this.version(6)
      .stores({ articles: 'id, openedAt, date', articleTexts: 'articleId' })
      .upgrade(async (transaction) => {
        this.reportUpgrade(msg('Keeping the article texts apart from the list'));
        const articles = await transaction.table<StoredArticle, string>('articles').toArray();
        const parts = articles.map((article) => articleRecords(article, article.addedAt, article.openedAt));
        await transaction.table<ArticleRecord, string>('articles').bulkPut(parts.map(({ record }) => record));
        await transaction.table<ArticleText, string>('articleTexts').bulkPut(parts.map(({ text }) => text));
      });
    // Version 7: the annotations' revision (library-counts.ts), so that an import checked before the editor
    // confirms it need not be checked again when nothing was written in between. Nothing to upgrade: no row is 0.
    this.version(7).stores({ revisions: 'table' });
    // Version 8: the full-text index as the library worker last stored it (text-index.ts), so that a start does not
    // index every article again. Derived from the texts: never backed up.
    this.version(8).stores({ textIndexes: 'name' });
    // Version 9: the suggestions an editor rejected, per article, so that they stay rejected.
    this.version(9).stores({ rejectedSuggestions: 'id, articleId' });
    // Version 10: a story's versions (articles listed by story) and the annotations a new version could not place.
    // Nothing to upgrade: an article without a story is a story of one version.
    this.version(10).stores({ articles: 'id, openedAt, date, storyId', orphans: 'id, articleId' });
    // Version 11: the desk's sync (sync-outbox.ts): which rows wait to be sent, the link and where it has got to, and
    // who of the desk last changed each annotation. Nothing to upgrade: a library is linked to no desk until the
    // editor links it.
    this.version(11).stores({ [OUTBOX_TABLE]: 'id, table', [SYNC_STATE_TABLE]: 'name', [DESK_AUTHORS_TABLE]: 'id, articleId' });
    this.use(libraryCountsMiddleware);
    this.use(syncOutboxMiddleware);
    this.on('populate', (transaction) => {
      void transaction.table<StoredTag, string>('tags').bulkAdd(DEFAULT_TAGS.map((tag, position) => ({ ...tag, position })));
    });
  }

  private reportUpgrade(message: string): void {
    this.onUpgradeProgress?.(message);
  }
}
