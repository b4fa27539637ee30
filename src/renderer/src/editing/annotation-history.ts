// Undo and redo of annotation edits. Each change is written to the database before it enters the history.
import type { Annotation } from '../../../shared/annotation';
import type { NewsroomDB } from '../db/database';

export type AnnotationChange =
  | { kind: 'create'; annotation: Annotation }
  | { kind: 'delete'; annotation: Annotation }
  | { kind: 'retag'; annotationId: string; fromTag: string; toTag: string };

function inverseOf(change: AnnotationChange): AnnotationChange {
  switch (change.kind) {
    case 'create':
      return { kind: 'delete', annotation: change.annotation };
    case 'delete':
      return { kind: 'create', annotation: change.annotation };
    case 'retag':
      return { kind: 'retag', annotationId: change.annotationId, fromTag: change.toTag, toTag: change.fromTag };
  }
}

async function write(db: NewsroomDB, change: AnnotationChange, now: Date): Promise<void> {
  switch (change.kind) {
    case 'create':
      await db.annotations.add(change.annotation);
      return;
    case 'delete':
      await db.annotations.delete(change.annotation.id);
      return;
    case 'retag': {
      const updated = await db.annotations.update(change.annotationId, { tag: change.toTag, updatedAt: now.toISOString() });
      if (updated === 0) throw new Error('The annotation no longer exists');
      return;
    }
  }
}

/**
 * One article's edit history. A failed write leaves both the database and the history as they were. Calls run
 * one after another in the order they were made, so keys pressed faster than the database writes still undo
 * and redo the right changes.
 */
export class AnnotationHistory {
  private readonly done: AnnotationChange[] = [];
  private readonly undone: AnnotationChange[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: NewsroomDB,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  apply(change: AnnotationChange): Promise<void> {
    return this.enqueue(async () => {
      await write(this.db, change, this.clock());
      this.done.push(change);
      this.undone.length = 0;
    });
  }

  /** Reverts the latest change; returns it, or null when there is nothing to undo. */
  undo(): Promise<AnnotationChange | null> {
    return this.enqueue(async () => {
      const change = this.done.at(-1);
      if (!change) return null;
      await write(this.db, inverseOf(change), this.clock());
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
      await write(this.db, change, this.clock());
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
