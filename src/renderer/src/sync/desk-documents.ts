// The library's shared rows as documents of the desk's CouchDB database, one document per row, and the rule that
// picks one of two versions of a row. The rule is the import's: of two versions of an annotation the later wins; a
// deletion counts as a version made when it was deleted, so an edit made after a deletion (by someone who had not seen
// it) brings the annotation back, and a deletion made after the last edit removes it. Rows without a time (articles,
// texts, entities, tags) take the version CouchDB picks as the winner, which every replica picks alike.
import type { Annotation } from '../../../shared/annotation';
import { sameRecord } from '../../../shared/same-record';
import type { ArticleRecord } from '../db/database';
import type { SharedTable } from '../db/sync-outbox';

/** A row of a shared table as the desk stores it. */
export interface DeskDocument {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  table: SharedTable;
  /** The row; absent from a deletion. */
  row?: Record<string, unknown>;
  /** When the row was deleted (ISO), on a deletion. */
  deletedAt?: string;
  /** Who wrote this version: their name on the desk's server. */
  by?: string;
  /** On the deletion of an entity merged into another: that other entity, where mentions of this one belong. */
  mergedInto?: string;
}

/** A version of a row, as the rule compares them: the row, or its deletion and when; and who made it, if known. */
export type RowVersion = ({ row: Record<string, unknown> } | { deletedAt: string; mergedInto?: string }) & { by?: string };

const PREFIX: Record<SharedTable, string> = {
  articles: 'article',
  articleTexts: 'text',
  annotations: 'annotation',
  entities: 'entity',
  tags: 'tag',
};

const TABLE_OF_PREFIX = new Map(Object.entries(PREFIX).map(([table, prefix]) => [prefix, table as SharedTable]));

export function documentId(table: SharedTable, key: string): string {
  return `${PREFIX[table]}:${key}`;
}

/** The ids of a table's documents, as a range of keys of the desk's `_all_docs`. */
export function documentIdRange(table: SharedTable): { startkey: string; endkey: string } {
  return { startkey: `${PREFIX[table]}:`, endkey: `${PREFIX[table]}:\ufff0` };
}

/** The table and key of a document of the desk, or null for a document the app did not write. */
export function rowAddress(id: string): { table: SharedTable; key: string } | null {
  const colon = id.indexOf(':');
  const table = colon > 0 ? TABLE_OF_PREFIX.get(id.slice(0, colon)) : undefined;
  return table ? { table, key: id.slice(colon + 1) } : null;
}

/**
 * What the desk stores of a row. When an editor last opened an article is theirs alone: it orders their own library,
 * and leaves the desk's copy as it is.
 */
export function sharedRow(table: SharedTable, row: object): Record<string, unknown> {
  if (table === 'articles') {
    const { openedAt: _openedAt, ...shared } = row as ArticleRecord;
    return shared;
  }
  return { ...row };
}

/** The row to store from the desk's copy, keeping what is this editor's own from `stored`, the row in the library. */
export function libraryRow(table: SharedTable, shared: Record<string, unknown>, stored: object | undefined): object {
  if (table === 'articles') {
    const record = shared as unknown as Omit<ArticleRecord, 'openedAt'>;
    return { ...record, openedAt: (stored as ArticleRecord | undefined)?.openedAt ?? record.addedAt };
  }
  return shared;
}

/** Whether two versions hold the same (two deletions are the same whenever they were made). */
export function sameVersion(a: RowVersion, b: RowVersion): boolean {
  if ('row' in a && 'row' in b) return sameRecord(a.row, b.row);
  return 'deletedAt' in a && 'deletedAt' in b;
}

/** When a version of an annotation was made; null for rows that keep no time. */
function madeAt(table: SharedTable, version: RowVersion): string | null {
  if ('deletedAt' in version) return version.deletedAt;
  if (table !== 'annotations') return null;
  return (version.row as unknown as Annotation).updatedAt;
}

/**
 * Which of two versions of one row the rule keeps: `first` or `second`, or `null` where the rule cannot tell (same
 * time, or a row without times), and the desk's own winner stands.
 */
export function laterVersion(table: SharedTable, first: RowVersion, second: RowVersion): RowVersion | null {
  const firstAt = madeAt(table, first);
  const secondAt = madeAt(table, second);
  if (firstAt === null || secondAt === null || firstAt === secondAt) return null;
  return firstAt > secondAt ? first : second;
}

/** The version a document holds. */
export function versionOf(document: DeskDocument): RowVersion {
  const by = document.by === undefined ? {} : { by: document.by };
  if (document._deleted || !document.row) {
    const mergedInto = document.mergedInto === undefined ? {} : { mergedInto: document.mergedInto };
    return { deletedAt: document.deletedAt ?? '', ...mergedInto, ...by };
  }
  return { row: document.row, ...by };
}
