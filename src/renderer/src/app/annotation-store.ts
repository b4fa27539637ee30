// The sole owner of the open article's annotations as shown: what the database gave back, with the writes it has not
// given back yet, and the edit histories every write goes through. Commands change annotations only through here.
import { msg, str } from '@lit/localize';
import type { Annotation } from '../../../shared/annotation';
import { sameRecord } from '../../../shared/same-record';
import { compareInstants } from '../../../shared/timestamps';
import { ArticleAnnotations, insertionIndex } from '../db/article-annotations';
import type { NewsroomDB } from '../db/database';
import type { AnnotationChange } from '../editing/annotation-history';
import { AnnotationHistory, ChangedSinceError } from '../editing/annotation-history';
import { rememberLast } from '../remember-last';
import { describeStorageError } from '../storage-errors';
import type { Notices } from './notices';

/** A stable empty list, so that remembered answers are reused while the annotations have not been read. */
const NO_ANNOTATIONS: readonly Annotation[] = [];

function newerOf(stored: Annotation, pending: Annotation | undefined): Annotation {
  return pending && compareInstants(pending.updatedAt, stored.updatedAt) > 0 ? pending : stored;
}

/**
 * Whether `next` shows what `previous` does: the same annotations in the same order, each the same object or an equal
 * one (a write read back from the database).
 */
function showsTheSame(previous: readonly Annotation[], next: readonly Annotation[]): boolean {
  return previous.length === next.length && previous.every((shown, index) => sameRecord(shown, next[index]));
}

/**
 * The article's stored annotations, in text order, with the ones written or being written that the database has not
 * given back yet: edited ones in place of their older stored versions, new ones added.
 */
function withPending(
  stored: readonly Annotation[],
  pending: ReadonlyMap<string, Annotation>,
  articleId: string | null,
): readonly Annotation[] {
  if (pending.size === 0) return stored;
  // There are a few pending at most: each is looked for and put in place on its own, rather than building a set of
  // ten thousand ids or sorting ten thousand annotations again, which took milliseconds a key press.
  const shown = [...stored];
  for (const annotation of pending.values()) {
    const at = shown.findIndex((candidate) => candidate.id === annotation.id);
    const current = shown[at];
    if (current) shown[at] = newerOf(current, annotation);
    else if (annotation.articleId === articleId) shown.splice(insertionIndex(shown, annotation), 0, annotation);
  }
  return shown;
}

export class AnnotationStore {
  private readonly stored: ArticleAnnotations;
  private articleId: string | null = null;
  /**
   * Annotations created or edited that the database has not given back yet, by id: shown meanwhile, and the next
   * edit builds on them, so that quick successive edits never undo each other. Setting an entry tells no one: a
   * change just before a write must not render ten thousand annotations ahead of the write.
   */
  private pending: ReadonlyMap<string, Annotation> = new Map();
  /**
   * The annotations last shown. Kept when a write comes back unchanged, so that the list, the highlights and the
   * inspector are not rendered again for the same content: on a long article a tag rendered them up to three times.
   */
  private lastShown: readonly Annotation[] = NO_ANNOTATIONS;
  private readonly withPending = rememberLast(withPending);
  private readonly histories = new Map<string, AnnotationHistory>();
  /**
   * The annotation a tag key is creating, until it is stored. The article shows it focused from the key on, as it
   * will be once stored: changing the article's highlights costs a repaint of all its highlighted text, which the
   * key's frame pays anyway and the frame that shows the stored annotation in the side panel cannot afford.
   */
  creatingId: string | null = null;

  constructor(
    private readonly db: NewsroomDB,
    private readonly notices: Notices,
    private readonly changed: () => void,
  ) {
    this.stored = new ArticleAnnotations(db, () => {
      this.forgetReadBack();
      this.changed();
    });
  }

  /** Follows another article's annotations (none when null). */
  follow(articleId: string | null): void {
    this.articleId = articleId;
    this.stored.follow(articleId);
  }

  stop(): void {
    this.stored.stop();
  }

  /** Whether the followed article's annotations have been read, or failed to be. */
  get settled(): boolean {
    return this.stored.settled;
  }

  /** Why the annotations could not be read; undefined when they could. */
  get error(): unknown {
    return this.stored.error;
  }

  /** The article's annotations in text order, with any written that the database has not given back yet. */
  get shown(): readonly Annotation[] {
    const next = this.withPending(this.stored.annotations ?? NO_ANNOTATIONS, this.pending, this.articleId);
    if (next !== this.lastShown && !showsTheSame(this.lastShown, next)) this.lastShown = next;
    return this.lastShown;
  }

  /** The annotation with this id as shown; found by id, not by looking through the article's thousands. */
  get(id: string | null): Annotation | undefined {
    if (!id) return undefined;
    const pending = this.pending.get(id);
    const stored = this.stored.get(id);
    return stored ? newerOf(stored, pending) : pending;
  }

  /** The history of `key`: an article's id, or the entity index's. */
  history(key: string): AnnotationHistory {
    let history = this.histories.get(key);
    if (!history) this.histories.set(key, (history = new AnnotationHistory(this.db)));
    return history;
  }

  /** Forgets every history: after a restore, their steps describe a library that is gone. */
  clearHistories(): void {
    this.histories.clear();
    this.changed();
  }

  /** Shows an annotation a tag key is creating, focused, before anything is written. */
  showDraft(draft: Annotation): void {
    this.setPending(draft);
    this.creatingId = draft.id;
    this.changed();
  }

  /** The draft is no longer being created: it was stored (and is shown as stored), or it is dropped. */
  endDraft(id: string, stored: boolean): void {
    if (this.creatingId === id) this.creatingId = null;
    if (!stored) this.dropPending(id);
  }

  /**
   * Applies a change through the history of `key`; a failed write is reported and changes nothing. `onStored` runs
   * as soon as the change is stored, so that what it shows goes into the same render as the history's new state.
   */
  async record(key: string, change: AnnotationChange, onStored?: () => void): Promise<boolean> {
    const history = this.history(key);
    const written =
      change.kind === 'create' || change.kind === 'placeOrphan'
        ? change.annotation
        : change.kind === 'update'
          ? change.after
          : null;
    if (written) this.setPending(written);
    if (change.kind === 'delete') this.dropPending(change.annotation.id);
    try {
      await history.apply(change);
      onStored?.();
      this.changed();
      return true;
    } catch (error) {
      if (written) this.dropPending(written.id);
      this.reportStorageFailure(error);
      return false;
    }
  }

  /**
   * Undoes or redoes the latest step of `key`'s history; returns it, or null when there was none or it was refused
   * (which is reported).
   */
  async step(key: string, direction: 'undo' | 'redo'): Promise<AnnotationChange | null> {
    const history = this.history(key);
    // The step writes older or newer versions than any still pending: from now on the database's word stands.
    this.pending = new Map();
    try {
      const change = direction === 'undo' ? await history.undo() : await history.redo();
      this.changed();
      return change;
    } catch (error) {
      if (error instanceof ChangedSinceError) {
        this.notices.report(direction === 'undo' ? msg('Nothing was undone') : msg('Nothing was redone'), [
          direction === 'undo'
            ? msg(
                str`${error.message}, in another window or by an import; the newer version is kept. Undo goes on with the change before it.`,
              )
            : msg(
                str`${error.message}, in another window or by an import; the newer version is kept. Redo goes on with the change before it.`,
              ),
        ]);
      } else {
        this.reportStorageFailure(error);
      }
      return null;
    }
  }

  private reportStorageFailure(error: unknown): void {
    if (error instanceof ChangedSinceError) {
      this.notices.report(msg('The change was not saved'), [
        msg(str`${error.message}, in another window or by an import; nothing was overwritten. Try again.`),
      ]);
    } else {
      this.notices.report(msg('The change was not saved'), [
        msg(str`${describeStorageError(error)}. Everything saved before is intact.`),
      ]);
    }
  }

  private setPending(annotation: Annotation): void {
    this.pending = new Map(this.pending).set(annotation.id, annotation);
  }

  private dropPending(id: string): void {
    if (!this.pending.has(id)) return;
    const pending = new Map(this.pending);
    pending.delete(id);
    this.pending = pending;
    this.changed();
  }

  /** Drops what the database has given back: stored versions as new as the pending ones, or newer. */
  private forgetReadBack(): void {
    const readBack = [...this.pending.values()].filter((pending) => {
      const stored = this.stored.get(pending.id);
      return stored !== undefined && compareInstants(stored.updatedAt, pending.updatedAt) >= 0;
    });
    if (readBack.length === 0) return;
    // What is shown does not change: the stored versions equal the pending ones.
    const pending = new Map(this.pending);
    for (const annotation of readBack) pending.delete(annotation.id);
    this.pending = pending;
  }
}
