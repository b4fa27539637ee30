// Merges an imported annotation set into the library: new records are added, records both sides changed keep the
// newer version, and it all happens in one transaction, so a failure halfway leaves the library as it was.
import type { Annotation, Entity } from '../../../shared/annotation';
import type { ImportedSet } from '../../../shared/native-import';
import type { NewsroomDB, StoredTag } from './database';

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Records the library has in a newer version than the file. */
  skipped: number;
}

interface ImportPlan {
  counts: ImportCounts;
  annotations: Annotation[];
  entities: Entity[];
}

/** JSON with object keys sorted at every level, so two records compare by content, not by key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    nested && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => a.localeCompare(b)))
      : nested,
  );
}

function sameRecord(a: object, b: object): boolean {
  return canonical(a) === canonical(b);
}

async function plan(db: NewsroomDB, set: ImportedSet): Promise<ImportPlan> {
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  const existing = new Map(
    (await db.annotations.bulkGet(set.annotations.map((annotation) => annotation.id))).flatMap((a) =>
      a ? [[a.id, a] as const] : [],
    ),
  );
  const annotations: Annotation[] = [];
  for (const incoming of set.annotations) {
    const current = existing.get(incoming.id);
    if (!current) {
      counts.added++;
      annotations.push(incoming);
    } else if (sameRecord(current, incoming)) {
      counts.unchanged++;
    } else if (incoming.updatedAt > current.updatedAt) {
      counts.updated++;
      annotations.push(incoming);
    } else {
      counts.skipped++;
    }
  }
  const knownEntities = new Set(
    (await db.entities.bulkGet(set.entities.map((entity) => entity.id))).flatMap((entity) => (entity ? [entity.id] : [])),
  );
  return { counts, annotations, entities: set.entities.filter((entity) => !knownEntities.has(entity.id)) };
}

/** What importing would do, for the editor to confirm. */
export async function previewImport(db: NewsroomDB, set: ImportedSet): Promise<ImportCounts> {
  return db.transaction('r', db.annotations, db.entities, async () => (await plan(db, set)).counts);
}

/** Imports the set in one transaction: articles and entities the library lacks, annotations by id, newer wins. */
export async function applyImport(db: NewsroomDB, set: ImportedSet, now: Date): Promise<ImportCounts> {
  return db.transaction('rw', [db.articles, db.annotations, db.entities, db.tags], async () => {
    const { counts, annotations, entities } = await plan(db, set);
    const knownArticles = new Set(
      (await db.articles.bulkGet(set.articles.map((article) => article.id))).flatMap((a) => (a ? [a.id] : [])),
    );
    await db.articles.bulkAdd(
      set.articles
        .filter((article) => !knownArticles.has(article.id))
        .map((article) => ({ ...article, addedAt: now.toISOString(), openedAt: now.toISOString() })),
    );
    const tags = await db.tags.toArray();
    const knownTags = new Set(tags.map((tag) => tag.id));
    const newTags: StoredTag[] = set.tags
      .filter((tag) => !knownTags.has(tag.id))
      .map((tag, index) => ({ ...tag, position: tags.length + index }));
    await db.tags.bulkAdd(newTags);
    await db.entities.bulkAdd(entities);
    await db.annotations.bulkPut(annotations);
    return counts;
  });
}
