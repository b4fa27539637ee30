// Undo and redo of annotation edits. Each change is written to the database, in one transaction with the
// entities it brings in, before it enters the history.
import type { Annotation, Entity } from '../../../shared/annotation';
import type { NewsroomDB, StoredTag } from '../db/database';

/**
 * One editor action. `createdEntities` are entities the action brought into the library (a name tagged for
 * the first time); undoing the action removes them again.
 */
export type AnnotationChange =
  | { kind: 'create'; annotation: Annotation; createdEntities: Entity[] }
  | { kind: 'delete'; annotation: Annotation }
  | { kind: 'update'; before: Annotation; after: Annotation; createdEntities: Entity[] }
  /** Several mentions tagged at once ("Tag all mentions"). */
  | { kind: 'createMany'; annotations: Annotation[] }
  /** An entity renamed or given another alias. */
  | { kind: 'entity'; before: Entity; after: Entity }
  /** `source` merged into another entity: its mentions and quotes now point there, its names became aliases. */
  | {
      kind: 'merge';
      source: Entity;
      targetBefore: Entity;
      targetAfter: Entity;
      relinked: { before: Annotation; after: Annotation }[];
    }
  /** The tag set edited; annotations of deleted tags moved to the tags the editor chose. */
  | { kind: 'tags'; before: StoredTag[]; after: StoredTag[]; retagged: { before: Annotation; after: Annotation }[] };

type Direction = 'forward' | 'backward';

async function write(db: NewsroomDB, change: AnnotationChange, direction: Direction): Promise<void> {
  await db.transaction('rw', db.annotations, db.entities, db.tags, async () => {
    const forward = direction === 'forward';
    switch (change.kind) {
      case 'create':
        if (forward) {
          await db.entities.bulkAdd(change.createdEntities);
          await db.annotations.add(change.annotation);
        } else {
          await db.annotations.delete(change.annotation.id);
          await db.entities.bulkDelete(change.createdEntities.map((entity) => entity.id));
        }
        return;
      case 'delete':
        if (forward) await db.annotations.delete(change.annotation.id);
        else await db.annotations.add(change.annotation);
        return;
      case 'createMany':
        if (forward) await db.annotations.bulkAdd(change.annotations);
        else await db.annotations.bulkDelete(change.annotations.map((annotation) => annotation.id));
        return;
      case 'merge':
        if (forward) {
          await db.entities.put(change.targetAfter);
          await db.annotations.bulkPut(change.relinked.map((pair) => pair.after));
          await db.entities.delete(change.source.id);
        } else {
          await db.entities.add(change.source);
          await db.entities.put(change.targetBefore);
          await db.annotations.bulkPut(change.relinked.map((pair) => pair.before));
        }
        return;
      case 'tags':
        await db.tags.clear();
        await db.tags.bulkAdd(forward ? change.after : change.before);
        await db.annotations.bulkPut(change.retagged.map((pair) => (forward ? pair.after : pair.before)));
        return;
      case 'entity':
        if (!(await db.entities.get(change.before.id))) throw new Error('The entity no longer exists');
        await db.entities.put(forward ? change.after : change.before);
        return;
      case 'update': {
        if (!(await db.annotations.get(change.before.id))) throw new Error('The annotation no longer exists');
        if (forward) {
          await db.entities.bulkAdd(change.createdEntities);
          await db.annotations.put(change.after);
        } else {
          await db.annotations.put(change.before);
          await db.entities.bulkDelete(change.createdEntities.map((entity) => entity.id));
        }
        return;
      }
    }
  });
}

/**
 * An edit history: one per article, and one for the library's entities. A failed write leaves both the
 * database and the history as they were. Calls run one after another in the order they were made, so keys
 * pressed faster than the database writes still undo and redo the right changes.
 */
export class AnnotationHistory {
  private readonly done: AnnotationChange[] = [];
  private readonly undone: AnnotationChange[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: NewsroomDB) {}

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  apply(change: AnnotationChange): Promise<void> {
    return this.enqueue(async () => {
      await write(this.db, change, 'forward');
      this.done.push(change);
      this.undone.length = 0;
    });
  }

  /** Reverts the latest change; returns it, or null when there is nothing to undo. */
  undo(): Promise<AnnotationChange | null> {
    return this.enqueue(async () => {
      const change = this.done.at(-1);
      if (!change) return null;
      await write(this.db, change, 'backward');
      this.done.pop();
      this.undone.push(change);
      return change;
    });
  }

  /** Applies the latest undone change again; returns it, or null when there is nothing to redo. */
  redo(): Promise<AnnotationChange | null> {
    return this.enqueue(async () => {
      const change = this.undone.at(-1);
      if (!change) return null;
      await write(this.db, change, 'forward');
      this.undone.pop();
      this.done.push(change);
      return change;
    });
  }

  private enqueue<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation);
    // The queue goes on after a failure; the caller still sees it through `result`.
    this.queue = result.catch(() => undefined);
    return result;
  }
}
