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

export const DATABASE_NAME = 'newsroom-annotator';

export class NewsroomDB extends Dexie {
  articles!: EntityTable<StoredArticle, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  tags!: EntityTable<Tag, 'id'>;
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
    this.on('populate', (transaction) => {
      void transaction.table<Tag, string>('tags').bulkAdd(DEFAULT_TAGS.map((tag) => ({ ...tag })));
    });
  }
}
