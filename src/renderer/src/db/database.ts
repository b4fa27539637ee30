// The one IndexedDB database, through Dexie. Every schema version stays here, each change with its upgrade.
import type { EntityTable } from 'dexie';
import { Dexie } from 'dexie';
import type { Article } from '../../../shared/article';
import type { Annotation, Entity, Tag } from '../../../shared/annotation';
import { DEFAULT_TAGS } from '../../../shared/annotation';

export interface StoredArticle extends Article {
  /** When the article first entered the library (ISO). */
  addedAt: string;
  /** When it was last opened, to list recent work first (ISO). */
  openedAt: string;
}

/** The bytes an article was read from, kept so it can be read again with another encoding. */
export interface SourceFile {
  articleId: string;
  fileName: string;
  bytes: Uint8Array;
}

/** A tag as stored: its place in the palette is kept with it. */
export interface StoredTag extends Tag {
  position: number;
}

export const DATABASE_NAME = 'newsroom-annotator';

export class NewsroomDB extends Dexie {
  articles!: EntityTable<StoredArticle, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  tags!: EntityTable<StoredTag, 'id'>;
  entities!: EntityTable<Entity, 'id'>;
  sourceFiles!: EntityTable<SourceFile, 'articleId'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
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
    this.on('populate', (transaction) => {
      void transaction.table<StoredTag, string>('tags').bulkAdd(DEFAULT_TAGS.map((tag, position) => ({ ...tag, position })));
    });
  }
}
