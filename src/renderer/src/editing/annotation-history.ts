// Undo and redo of annotation edits. Each change is written to the database, in one transaction with the
// entities it brings in, before it enters the history. Undo and redo change only the fields their step changed, and
// only while those still hold what the step left: a newer edit from another window or an import is never overwritten.
import { msg, str } from '@lit/localize';
import type { Annotation, Entity } from '../../../shared/annotation';
import { sameRecord } from '../../../shared/same-record';
import type { NewsroomDB, Orphan, StoredTag } from '../db/database';
import { noteMergedInto } from '../db/sync-outbox';

/**
 * One editor action. `createdEntities` are entities the action brought into the library (a name tagged for
 * the first time); undoing the action removes them again. `releasedEntities` are entities the action may leave with
 * no mention and no quote (a mis-tag deleted or retagged): they leave the library with it, and come back on undo.
 */
export type AnnotationChange =
  | { kind: 'create'; annotation: Annotation; createdEntities: Entity[] }
  | { kind: 'delete'; annotation: Annotation; releasedEntities?: Entity[] }
  | { kind: 'update'; before: Annotation; after: Annotation; createdEntities: Entity[]; releasedEntities?: Entity[] }
  /** Several annotations made at once ("Tag all mentions", suggestions accepted), and the entities they started. */
  | { kind: 'createMany'; annotations: Annotation[]; createdEntities: Entity[] }
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
  /** An annotation a new version could not carry over, placed by the editor: it leaves the orphans for the text. */
  | { kind: 'placeOrphan'; orphan: Orphan; annotation: Annotation }
  /** An orphan the editor dropped. */
  | { kind: 'dropOrphan'; orphan: Orphan }
  /** The tag set edited; annotations of deleted tags moved to the tags the editor chose. */
  | { kind: 'tags'; before: StoredTag[]; after: StoredTag[]; retagged: { before: Annotation; after: Annotation }[] };

type Direction = 'forward' | 'backward';

/**
 * A step that cannot be applied, undone or redone without overwriting a change made since: in another window, by an
 * import, or by an edit of the same record here. Nothing was written, and the step leaves the history.
 */
export class ChangedSinceError extends Error {
  override readonly name = 'ChangedSinceError';
}

/** The fields a step changes from `from` to `to`: every field but the time of the change. */
function changedFields<T extends object>(from: T, to: T): (keyof T)[] {
  const keys = new Set([...Object.keys(from), ...Object.keys(to)] as (keyof T)[]);
  return [...keys].filter((key) => key !== 'updatedAt' && !sameRecord(from[key], to[key]));
}

/**
 * `stored` with the fields that go from `from` to `to` set as in `to`, and nothing else: what was changed since in
 * other fields stays. Throws ChangedSinceError when one of those fields no longer holds what `from` had.
 */
function moveFields<T extends object>(stored: T, from: T, to: T, what: string): T {
  const changed = new Set(changedFields(from, to));
  for (const key of changed) {
    if (!sameRecord(stored[key], from[key])) throw new ChangedSinceError(msg(str`${what} was changed since`));
  }
  const kept = Object.entries(stored).filter(([key]) => !changed.has(key as keyof T));
  const set = Object.entries(to).filter(([key, value]) => changed.has(key as keyof T) && value !== undefined);
  return Object.fromEntries([...kept, ...set]) as T;
}

/** The time of a change written now: `proposed`, unless the stored version is as new, when a millisecond later. */
function changeTime(stored: Annotation, proposed: string): string {
  return new Date(Math.max(Date.parse(proposed), Date.parse(stored.updatedAt) + 1)).toISOString();
}

function quoted(annotation: Annotation): string {
  return `“${annotation.quote.length > 40 ? `${annotation.quote.slice(0, 40)}…` : annotation.quote}”`;
}

/**
 * Writes that check what is stored first (compare and set), so that a step never overwrites a newer change: each
 * reads the records it changes in its own transaction and writes only if they hold what the step expects.
 */
class CheckedWrites {
  constructor(
    private readonly db: NewsroomDB,
    /** When a step is first applied, the times its change carries; when undone or redone, now. */
    private readonly proposedTime: (annotation: Annotation) => string,
  ) {}

  /** Moves the changed fields of annotations from one version to the other, on what is stored now. */
  async moveAnnotations(pairs: readonly { from: Annotation; to: Annotation }[]): Promise<void> {
    const stored = await this.db.annotations.bulkGet(pairs.map((pair) => pair.from.id));
    const moved = pairs.map(({ from, to }, index) => {
      const current = stored[index];
      if (!current) throw new ChangedSinceError(msg(str`${quoted(from)} was deleted since`));
      const next = moveFields(current, from, to, quoted(from));
      return { ...next, updatedAt: changeTime(current, this.proposedTime(to)) };
    });
    await this.db.annotations.bulkPut(moved);
  }

  /** Deletes annotations that are still as the step left them. */
  async deleteAnnotations(annotations: readonly Annotation[]): Promise<void> {
    const stored = await this.db.annotations.bulkGet(annotations.map((annotation) => annotation.id));
    annotations.forEach((annotation, index) => {
      const current = stored[index];
      if (current && changedFields(current, annotation).length > 0)
        throw new ChangedSinceError(msg(str`${quoted(annotation)} was changed since`));
    });
    await this.db.annotations.bulkDelete(annotations.map((annotation) => annotation.id));
  }

  /** Adds annotations back, unless one of their ids is in use again (an import brought it back, say). */
  async addAnnotations(annotations: readonly Annotation[]): Promise<void> {
    const stored = await this.db.annotations.bulkGet(annotations.map((annotation) => annotation.id));
    const back = stored.findIndex((current) => current !== undefined);
    const annotation = annotations[back];
    if (annotation) throw new ChangedSinceError(msg(str`${quoted(annotation)} is in the library again`));
    await this.db.annotations.bulkAdd([...annotations]);
  }

  /** Takes an orphan out of its version's list, if it is still there. */
  async removeOrphan(orphan: Orphan): Promise<void> {
    if (!(await this.db.orphans.get(orphan.id)))
      throw new ChangedSinceError(msg(str`${quoted(orphan.annotation)} was placed or dropped since`));
    await this.db.orphans.delete(orphan.id);
  }

  /** Puts an orphan back in its version's list, unless it is there again. */
  async restoreOrphan(orphan: Orphan): Promise<void> {
    if (await this.db.orphans.get(orphan.id))
      throw new ChangedSinceError(msg(str`${quoted(orphan.annotation)} is an orphan again`));
    await this.db.orphans.add(orphan);
  }

  /** Adds the entities a step brought in that the library does not have (an undo may have kept one in use). */
  async addEntities(entities: readonly Entity[]): Promise<void> {
    const stored = await this.db.entities.bulkGet(entities.map((entity) => entity.id));
    await this.db.entities.bulkAdd(entities.filter((_entity, index) => stored[index] === undefined));
  }

  /** Removes entities a step brought in, except those that mentions or quotes point to now. */
  async removeUnusedEntities(entities: readonly Entity[]): Promise<void> {
    const unused: string[] = [];
    for (const entity of entities) {
      const mentions = await this.db.annotations.where('entityId').equals(entity.id).count();
      const quotes = await this.db.annotations.where('speakerId').equals(entity.id).count();
      if (mentions + quotes === 0) unused.push(entity.id);
    }
    await this.db.entities.bulkDelete(unused);
  }

  async moveEntity(from: Entity, to: Entity): Promise<void> {
    const current = await this.db.entities.get(from.id);
    if (!current) throw new ChangedSinceError(msg(str`The entity ${from.name} was deleted since`));
    await this.db.entities.put(moveFields(current, from, to, msg(str`The entity ${from.name}`)));
  }

  /** Replaces the tag set, if it is still the one the step started from. */
  async replaceTags(from: readonly StoredTag[], to: readonly StoredTag[]): Promise<void> {
    const byId = (tags: readonly StoredTag[]) => [...tags].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (!sameRecord(byId(await this.db.tags.toArray()), byId(from))) {
      throw new ChangedSinceError(msg('The tags were changed since'));
    }
    const kept = new Set(to.map((tag) => tag.id));
    await this.db.tags.bulkDelete(from.filter((tag) => !kept.has(tag.id)).map((tag) => tag.id));
    await this.db.tags.bulkPut([...to]);
  }
}

/** A step written in one direction: forward applies or redoes it, backward undoes it. */
async function write(db: NewsroomDB, change: AnnotationChange, direction: Direction, firstTime: boolean): Promise<void> {
  const now = new Date().toISOString();
  const writes = new CheckedWrites(db, (annotation) => (firstTime ? annotation.updatedAt : now));
  const forward = direction === 'forward';
  await db.transaction('rw', [db.annotations, db.entities, db.tags, db.orphans, db.syncOutbox], async () => {
    switch (change.kind) {
      case 'placeOrphan':
        if (forward) {
          await writes.removeOrphan(change.orphan);
          await writes.addAnnotations([change.annotation]);
        } else {
          await writes.deleteAnnotations([change.annotation]);
          await writes.restoreOrphan(change.orphan);
        }
        return;
      case 'dropOrphan':
        if (forward) await writes.removeOrphan(change.orphan);
        else await writes.restoreOrphan(change.orphan);
        return;
      case 'create':
        if (forward) {
          await writes.addEntities(change.createdEntities);
          await writes.addAnnotations([change.annotation]);
        } else {
          await writes.deleteAnnotations([change.annotation]);
          await writes.removeUnusedEntities(change.createdEntities);
        }
        return;
      case 'delete':
        if (forward) {
          await writes.deleteAnnotations([change.annotation]);
          await writes.removeUnusedEntities(change.releasedEntities ?? []);
        } else {
          await writes.addEntities(change.releasedEntities ?? []);
          await writes.addAnnotations([change.annotation]);
        }
        return;
      case 'createMany':
        if (forward) {
          await writes.addEntities(change.createdEntities);
          await writes.addAnnotations(change.annotations);
        } else {
          await writes.deleteAnnotations(change.annotations);
          await writes.removeUnusedEntities(change.createdEntities);
        }
        return;
      case 'merge':
        if (forward) {
          await writes.moveEntity(change.targetBefore, change.targetAfter);
          await writes.moveAnnotations(change.relinked.map((pair) => ({ from: pair.before, to: pair.after })));
          await db.entities.delete(change.source.id);
          await noteMergedInto(db.syncOutbox, change.source.id, change.targetAfter.id);
        } else {
          if (await db.entities.get(change.source.id))
            throw new ChangedSinceError(msg(str`${change.source.name} is in the library again`));
          await db.entities.add(change.source);
          await writes.moveEntity(change.targetAfter, change.targetBefore);
          await writes.moveAnnotations(change.relinked.map((pair) => ({ from: pair.after, to: pair.before })));
        }
        return;
      case 'tags':
        await writes.replaceTags(forward ? change.before : change.after, forward ? change.after : change.before);
        await writes.moveAnnotations(
          change.retagged.map((pair) =>
            forward ? { from: pair.before, to: pair.after } : { from: pair.after, to: pair.before },
          ),
        );
        return;
      case 'entity':
        await writes.moveEntity(forward ? change.before : change.after, forward ? change.after : change.before);
        return;
      case 'update':
        if (forward) {
          await writes.addEntities(change.createdEntities);
          await writes.moveAnnotations([{ from: change.before, to: change.after }]);
          await writes.removeUnusedEntities(change.releasedEntities ?? []);
        } else {
          await writes.addEntities(change.releasedEntities ?? []);
          await writes.moveAnnotations([{ from: change.after, to: change.before }]);
          await writes.removeUnusedEntities(change.createdEntities);
        }
        return;
    }
  });
}

/**
 * An edit history: one per article, and one for the library's entities. A failed write leaves both the
 * database and the history as they were; a step refused because its records changed since leaves the history (it
 * could never be undone or redone), so the next undo goes on with the step before it. Calls run one after another in
 * the order they were made, so keys pressed faster than the database writes still undo and redo the right changes.
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
      await write(this.db, change, 'forward', true);
      this.done.push(change);
      this.undone.length = 0;
    });
  }

  /** Reverts the latest change; returns it, or null when there is nothing to undo. */
  undo(): Promise<AnnotationChange | null> {
    return this.enqueue(() => this.step(this.done, this.undone, 'backward'));
  }

  /** Applies the latest undone change again; returns it, or null when there is nothing to redo. */
  redo(): Promise<AnnotationChange | null> {
    return this.enqueue(() => this.step(this.undone, this.done, 'forward'));
  }

  private async step(from: AnnotationChange[], to: AnnotationChange[], direction: Direction): Promise<AnnotationChange | null> {
    const change = from.at(-1);
    if (!change) return null;
    try {
      await write(this.db, change, direction, false);
    } catch (error) {
      if (error instanceof ChangedSinceError) from.pop();
      throw error;
    }
    from.pop();
    to.push(change);
    return change;
  }

  private enqueue<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation);
    // The queue goes on after a failure; the caller still sees it through `result`.
    this.queue = result.catch(() => undefined);
    return result;
  }
}
