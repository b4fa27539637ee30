// The open article's annotations, held in memory and kept current from what each committed write says it touched.
// A live query reads all of them again after every write: with ten thousand that is a 60–100 ms task on each tag
// key. Dexie's `storagemutated` event names the primary keys a small write touched (from this window, the library
// worker or another window alike), so only those are read again; a write it describes by ranges (a bulk import,
// clearing a table) still reads the article's annotations again.
import Dexie, { RangeSet, cmp, rangesOverlap } from 'dexie';
import type { IntervalTree, ObservabilitySet } from 'dexie';
import type { Annotation } from '../../../shared/annotation';
import { compareByPosition } from '../../../shared/annotation';
import type { NewsroomDB } from './database';

/** Past this many touched annotations, one read of the whole article is quicker than reading them one by one. */
const MOST_KEYS_READ_BY_KEY = 1000;

/** Text order, ties broken by id, so that a list kept up to date by insertion equals one sorted afresh. */
export function compareInText(a: Annotation, b: Annotation): number {
  return compareByPosition(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The primary keys of `table` that a committed write touched: `none` when it did not touch the table, `ranges`
 * when it touched whole ranges of keys (a bulk write or a clear), whose records cannot be listed.
 */
export function touchedKeys(parts: ObservabilitySet, dbName: string, table: string): string[] | 'none' | 'ranges' {
  const trees = ['', ':dels'].map((suffix) => parts[`idb://${dbName}/${table}/${suffix}`]).filter((tree) => tree !== undefined);
  if (trees.length === 0) return 'none';
  const keys = new Set<string>();
  for (const tree of trees) {
    for (const node of RangeSet(tree)) {
      if (typeof node.from !== 'string' || cmp(node.from, node.to) !== 0) return 'ranges';
      keys.add(node.from);
    }
  }
  return [...keys];
}

/** Whether a committed write may have added to, changed or removed from an article's annotations. */
function mayTouchArticle(parts: ObservabilitySet, dbName: string, articleId: string): boolean {
  const index: IntervalTree | undefined = parts[`idb://${dbName}/annotations/articleId`];
  // Without the index part the write did not say which articles it touched (a delete by key range).
  return index === undefined || rangesOverlap(index, new RangeSet(articleId));
}

/** The position at which `annotation` belongs in `sorted`, which is in text order. */
export function insertionIndex(sorted: readonly Annotation[], annotation: Annotation): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = sorted[middle];
    if (other && compareInText(other, annotation) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Follows one article's annotations; `onChange` is told each time `annotations` or `error` is replaced. */
export class ArticleAnnotations {
  /** The article's annotations in text order; undefined until the first read answers. */
  annotations: readonly Annotation[] | undefined;
  error: unknown;
  private articleId: string | null = null;
  private byId = new Map<string, Annotation>();
  /** Reads are applied one after another, in the order the writes committed. */
  private queue: Promise<void> = Promise.resolve();
  private listening = false;
  private readonly onMutated = (parts: ObservabilitySet): void => {
    this.followChanges(parts);
  };

  constructor(
    private readonly db: NewsroomDB,
    private readonly onChange: () => void,
  ) {}

  /** The followed article's annotation with this id, as last read. */
  get(id: string): Annotation | undefined {
    return this.byId.get(id);
  }

  /** Whether the first read for the followed article has answered, with annotations or an error. */
  get settled(): boolean {
    return this.annotations !== undefined || this.error !== undefined;
  }

  /** Follows `articleId` (none when null): forgets the last article, reads this one's annotations, then keeps them current. */
  follow(articleId: string | null): void {
    if (!this.listening) {
      Dexie.on('storagemutated', this.onMutated);
      this.listening = true;
    }
    this.articleId = articleId;
    this.annotations = undefined;
    this.error = undefined;
    this.byId = new Map();
    this.enqueue(articleId, () => this.readAll(articleId));
  }

  /** Stops listening to the database; `follow` starts again. */
  stop(): void {
    Dexie.on('storagemutated').unsubscribe(this.onMutated);
    this.listening = false;
    this.articleId = null;
  }

  private followChanges(parts: ObservabilitySet): void {
    const articleId = this.articleId;
    if (articleId === null) return;
    const keys = touchedKeys(parts, this.db.name, 'annotations');
    if (keys === 'none') return;
    const touchesArticle = mayTouchArticle(parts, this.db.name, articleId);
    if (keys === 'ranges' || keys.length > MOST_KEYS_READ_BY_KEY) {
      if (touchesArticle) this.enqueue(articleId, () => this.readAll(articleId));
    } else if (touchesArticle || keys.some((key) => this.byId.has(key))) {
      this.enqueue(articleId, () => this.readKeys(articleId, keys));
    }
  }

  private enqueue(articleId: string | null, read: () => Promise<void>): void {
    this.queue = this.queue.then(async () => {
      // The editor may have opened another article while earlier reads ran.
      if (articleId !== this.articleId) return;
      try {
        await read();
      } catch (error) {
        if (articleId !== this.articleId) return;
        this.error = error;
        this.onChange();
      }
    });
  }

  private async readAll(articleId: string | null): Promise<void> {
    const annotations = articleId === null ? [] : await this.db.annotations.where('articleId').equals(articleId).toArray();
    if (articleId !== this.articleId) return;
    annotations.sort(compareInText);
    this.byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
    this.annotations = annotations;
    this.error = undefined;
    this.onChange();
  }

  private async readKeys(articleId: string, keys: readonly string[]): Promise<void> {
    const records = await this.db.annotations.bulkGet([...keys]);
    if (articleId !== this.articleId || !this.annotations) return;
    const next = [...this.annotations];
    let changed = false;
    for (const [index, key] of keys.entries()) {
      const before = this.byId.get(key);
      const record = records[index];
      const after = record?.articleId === articleId ? record : undefined;
      if (!before && !after) continue;
      changed = true;
      if (before) {
        next.splice(next.indexOf(before), 1);
        this.byId.delete(key);
      }
      if (after) {
        next.splice(insertionIndex(next, after), 0, after);
        this.byId.set(key, after);
      }
    }
    if (!changed) return;
    this.annotations = next;
    this.onChange();
  }
}
