// Counts the library keeps instead of counting: per article its annotations and its claims by status, per entity its
// mentions and the articles it appears in, per entity and article how often. Counting them from the annotations took
// 17 s (articles) and 15 s (entities) in a library of 500,000 annotations. A Dexie middleware keeps them in the same
// transaction as every write of an annotation, whoever makes it (an edit, an undo, an import, a restore, another
// window), so they can never disagree with the annotations they count.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { Dexie } from 'dexie';
import type { Annotation, ClaimStatus } from '../../../shared/annotation';

export interface ArticleCounts {
  articleId: string;
  annotations: number;
  /** Claims by status; a status no claim has is left out. */
  claims: Partial<Record<ClaimStatus, number>>;
}

export interface EntityCounts {
  entityId: string;
  /** Annotations linked to the entity. */
  mentions: number;
  /** Articles that mention the entity or quote it as a speaker. */
  articles: number;
}

/** How one article involves one entity: the library's answer to "where does this person appear?". */
export interface EntityInArticle {
  entityId: string;
  articleId: string;
  mentions: number;
  /** Quotes the entity is the speaker of. */
  quotes: number;
}

/** The tables the counts are kept in: derived from the annotations, so never backed up or restored. */
export const COUNT_TABLES = ['articleCounts', 'entityCounts', 'entityArticles'] as const;

/**
 * How many writes a table has had, kept in the same transaction as each (the table `revisions`, one row for the
 * annotations and one for the article texts): equal at two moments, nothing was written to it in between. It only
 * ever grows, a restore included, so an earlier number never comes back. Derived, so never backed up.
 */
export interface Revision {
  table: RevisedTable;
  revision: number;
}

/** The tables whose writes are counted: the annotations for imports, the texts for the full-text index. */
export type RevisedTable = 'annotations' | 'articleTexts';

export const REVISION_TABLE = 'revisions';

/** Every table kept from the annotations by this middleware. */
export const DERIVED_TABLES = [...COUNT_TABLES, REVISION_TABLE] as const;

/** Moves `revised`'s revision on by one, in `trans` (the write's own transaction). */
function bumpRevision(core: DBCore, trans: DBCoreTransaction, revised: RevisedTable): PromiseLike<void> {
  const table = core.table(REVISION_TABLE);
  return Dexie.Promise.resolve(table.get({ trans, key: revised })).then((stored: Revision | undefined) =>
    table
      .mutate({ type: 'put', trans, values: [{ table: revised, revision: (stored?.revision ?? 0) + 1 }] })
      .then(() => undefined),
  );
}

/** The change a set of annotations coming in (+1) and going out (-1) makes to the counts. */
export class CountChanges {
  readonly articles = new Map<string, { annotations: number; claims: Map<ClaimStatus, number> }>();
  /** By `entityId` and `articleId` together. */
  readonly pairs = new Map<string, EntityInArticle>();

  get empty(): boolean {
    return this.articles.size === 0 && this.pairs.size === 0;
  }

  count(annotation: Annotation, sign: 1 | -1): void {
    let article = this.articles.get(annotation.articleId);
    if (!article) this.articles.set(annotation.articleId, (article = { annotations: 0, claims: new Map() }));
    article.annotations += sign;
    if (annotation.tag === 'claim') {
      const status = annotation.claim?.status ?? 'unverified';
      article.claims.set(status, (article.claims.get(status) ?? 0) + sign);
    }
    if (annotation.entityId) this.pair(annotation.entityId, annotation.articleId).mentions += sign;
    if (annotation.speakerId) this.pair(annotation.speakerId, annotation.articleId).quotes += sign;
  }

  private pair(entityId: string, articleId: string): EntityInArticle {
    const key = `${entityId}\u0000${articleId}`;
    let pair = this.pairs.get(key);
    if (!pair) this.pairs.set(key, (pair = { entityId, articleId, mentions: 0, quotes: 0 }));
    return pair;
  }
}

/**
 * Writes `changes` onto the stored counts, in the transaction `trans` of the write they come from. Chained on Dexie's
 * own promise rather than awaited: the layers below read the transaction from Dexie's zone, which `await` leaves.
 */
export function applyCountChanges(core: DBCore, trans: DBCoreTransaction, changes: CountChanges): PromiseLike<void> {
  if (changes.empty) return Dexie.Promise.resolve();
  const entityDeltas = new Map<string, { mentions: number; articles: number }>();
  const articleIds = [...changes.articles.keys()];
  const pairs = [...changes.pairs.values()];
  return updateRows<ArticleCounts>(
    core.table('articleCounts'),
    trans,
    articleIds,
    (stored, index) => {
      const articleId = articleIds[index] ?? '';
      const change = changes.articles.get(articleId);
      const claims = new Map(Object.entries(stored?.claims ?? {}) as [ClaimStatus, number][]);
      for (const [status, delta] of change?.claims ?? []) claims.set(status, (claims.get(status) ?? 0) + delta);
      return {
        articleId,
        annotations: (stored?.annotations ?? 0) + (change?.annotations ?? 0),
        claims: Object.fromEntries([...claims].filter(([, count]) => count > 0)),
      };
    },
    (row) => row.annotations > 0,
    (row) => row.articleId,
  )
    .then(() =>
      updateRows<EntityInArticle>(
        core.table('entityArticles'),
        trans,
        pairs.map((pair) => [pair.entityId, pair.articleId]),
        (stored, index) => {
          const change = pairs[index] ?? { entityId: '', articleId: '', mentions: 0, quotes: 0 };
          const row = {
            ...change,
            mentions: (stored?.mentions ?? 0) + change.mentions,
            quotes: (stored?.quotes ?? 0) + change.quotes,
          };
          const appearedBefore = stored !== undefined && stored.mentions + stored.quotes > 0;
          const delta = entityDeltas.get(change.entityId) ?? { mentions: 0, articles: 0 };
          delta.mentions += change.mentions;
          delta.articles += Number(row.mentions + row.quotes > 0) - Number(appearedBefore);
          entityDeltas.set(change.entityId, delta);
          return row;
        },
        (row) => row.mentions + row.quotes > 0,
        (row) => [row.entityId, row.articleId],
      ),
    )
    .then(() => {
      const entityIds = [...entityDeltas.keys()];
      return updateRows<EntityCounts>(
        core.table('entityCounts'),
        trans,
        entityIds,
        (stored, index) => {
          const entityId = entityIds[index] ?? '';
          const delta = entityDeltas.get(entityId);
          return {
            entityId,
            mentions: (stored?.mentions ?? 0) + (delta?.mentions ?? 0),
            articles: (stored?.articles ?? 0) + (delta?.articles ?? 0),
          };
        },
        (row) => row.mentions > 0 || row.articles > 0,
        (row) => row.entityId,
      );
    });
}

/**
 * Reads the rows of `keys`, works out each anew from the stored one (undefined when there is none), and puts those
 * that still count something; the others are deleted.
 */
function updateRows<Row>(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  keys: unknown[],
  next: (stored: Row | undefined, index: number) => Row,
  counts: (row: Row) => boolean,
  keyOf: (row: Row) => unknown,
): PromiseLike<void> {
  if (keys.length === 0) return Dexie.Promise.resolve();
  return Dexie.Promise.resolve(table.getMany({ trans, keys }))
    .then((stored: (Row | undefined)[]) => {
      const rows = stored.map(next);
      const kept = rows.filter(counts);
      const dropped = rows.filter((row) => !counts(row)).map(keyOf);
      return kept.length > 0 ? table.mutate({ type: 'put', trans, values: kept }).then(() => dropped) : dropped;
    })
    .then((dropped) => {
      if (dropped.length > 0) return table.mutate({ type: 'delete', trans, keys: dropped });
      return undefined;
    })
    .then(() => undefined);
}

/** Whether a write clears the whole table, as a restore does: Dexie's DBCoreRangeType.Any (3, a const enum). */
function clearsTable(request: DBCoreMutateRequest): boolean {
  const rangeType: number = request.type === 'deleteRange' ? request.range.type : 0;
  return rangeType === 3;
}

/** The annotations a write replaces or removes, read before it runs. */
function replacedBy(table: DBCoreTable, request: DBCoreMutateRequest): PromiseLike<(Annotation | undefined)[]> {
  switch (request.type) {
    case 'add':
      return Dexie.Promise.resolve([]);
    case 'put':
      return table.getMany({ trans: request.trans, keys: request.keys ?? request.values.map((value: Annotation) => value.id) });
    case 'delete':
      return table.getMany({ trans: request.trans, keys: request.keys });
    case 'deleteRange':
      return table
        .query({ trans: request.trans, values: true, query: { index: table.schema.primaryKey, range: request.range } })
        .then((found) => found.result as Annotation[]);
  }
}

/** Keeps the counts with every write of the annotations table, and the texts' revision with every write of theirs. */
export const libraryCountsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LibraryCounts',
  // Below Dexie's hooks (2), which know only the tables the app's transaction names, and above its observability and
  // cache (0), so that a live query of the counts hears of every change to them.
  level: 1.5,
  create(down) {
    // The transactions opened with the texts' revision in them. An upgrade's transaction is not one: it may write
    // texts before the version that made the revisions table, and nothing reads the revision during an upgrade.
    const textsRevised = new WeakSet<DBCoreTransaction>();
    return {
      ...down,
      transaction(stores, mode, options) {
        // Every transaction that may write annotations may write the counts and the revision too; one that may write
        // texts, their revision.
        const derived =
          mode !== 'readwrite'
            ? []
            : [
                ...(stores.includes('annotations') ? DERIVED_TABLES : []),
                ...(stores.includes('articleTexts') ? [REVISION_TABLE] : []),
              ];
        const transaction = down.transaction(
          derived.length === 0 ? stores : [...new Set([...stores, ...derived])],
          mode,
          options,
        );
        if (derived.includes(REVISION_TABLE)) textsRevised.add(transaction);
        return transaction;
      },
      table(name) {
        const table = down.table(name);
        if (name === REVISION_TABLE) {
          return {
            ...table,
            mutate(request) {
              // A restore clears every table before it imports: the revision must go on from where it was, never
              // back to a number an import checked earlier could still hold.
              if (request.type === 'delete' || request.type === 'deleteRange') {
                const nothingDeleted: DBCoreMutateResponse = { numFailures: 0, failures: {}, lastResult: undefined };
                return Dexie.Promise.resolve(nothingDeleted);
              }
              return table.mutate(request);
            },
          };
        }
        if (name === 'articleTexts') {
          return {
            ...table,
            mutate(request) {
              const written = Dexie.Promise.resolve(table.mutate(request));
              if (!textsRevised.has(request.trans)) return written;
              return written.then((response) => bumpRevision(down, request.trans, 'articleTexts').then(() => response));
            },
          };
        }
        if (name !== 'annotations') return table;
        return {
          ...table,
          mutate(request) {
            // Chained on Dexie's promise, not awaited: the layers below read the transaction from Dexie's zone.
            if (clearsTable(request)) {
              return Dexie.Promise.resolve(table.mutate(request)).then((response) =>
                Dexie.Promise.all(COUNT_TABLES.map((name) => down.table(name).mutate({ ...request })))
                  .then(() => bumpRevision(down, request.trans, 'annotations'))
                  .then(() => response),
              );
            }
            let replaced: (Annotation | undefined)[] = [];
            return Dexie.Promise.resolve(replacedBy(table, request))
              .then((before) => {
                replaced = before;
                return table.mutate(request);
              })
              .then((response) => {
                const changes = new CountChanges();
                if (request.type === 'deleteRange') {
                  for (const before of replaced) if (before) changes.count(before, -1);
                } else {
                  // In the order of the request: a key given twice is replaced by its later value.
                  const values = request.type === 'delete' ? [] : (request.values as readonly Annotation[]);
                  const keys: unknown[] =
                    request.type === 'delete' ? request.keys : (request.keys ?? values.map((value) => value.id));
                  const current = new Map<unknown, Annotation | undefined>();
                  keys.forEach((key, index) => {
                    if (!current.has(key)) current.set(key, replaced[index]);
                  });
                  keys.forEach((key, index) => {
                    if (index in response.failures) return;
                    const before = current.get(key);
                    const after = values[index];
                    if (before) changes.count(before, -1);
                    if (after) changes.count(after, 1);
                    current.set(key, after);
                  });
                }
                return applyCountChanges(down, request.trans, changes)
                  .then(() => bumpRevision(down, request.trans, 'annotations'))
                  .then(() => response);
              });
          },
        };
      },
    };
  },
};
