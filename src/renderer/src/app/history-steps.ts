// What a step of Undo or Redo means for the window: what is said of it (the step and what it changed, named as
// announcements name annotations), and which annotation it leaves focused.
import { msg, str } from '@lit/localize';
import type { Tag } from '../../../shared/annotation';
import { annotationCountLabel } from '../count-labels';
import type { AnnotationChange } from '../editing/annotation-history';
import { describeAnnotation } from './article-insights';

/** `Undone: “Jerry Tworek” — person`, `Повторено: Удалено: 2 аннотации`. */
export function describeStep(change: AnnotationChange, direction: 'undo' | 'redo', tags: readonly Tag[]): string {
  return direction === 'undo'
    ? msg(str`Undone: ${whatChanged(change, direction, tags)}`)
    : msg(str`Redone: ${whatChanged(change, direction, tags)}`);
}

function whatChanged(change: AnnotationChange, direction: 'undo' | 'redo', tags: readonly Tag[]): string {
  const undo = direction === 'undo';
  switch (change.kind) {
    case 'update':
      return describeAnnotation(undo ? change.before : change.after, tags);
    case 'createMany': {
      const count = annotationCountLabel(change.annotations.length);
      return undo ? msg(str`Removed ${count}`) : msg(str`Added ${count}`);
    }
    case 'entity':
      return change.after.name;
    case 'tags':
      return msg('tag changes');
    case 'merge':
      return msg(str`${change.source.name} merged into ${change.targetBefore.name}`);
    case 'dropOrphan': {
      const quote = describeAnnotation(change.orphan.annotation, tags);
      return undo ? msg(str`${quote} is among the orphans again`) : msg(str`Dropped ${quote}`);
    }
    case 'placeOrphan': {
      const quote = describeAnnotation(change.annotation, tags);
      return undo ? msg(str`${quote} is among the orphans again`) : msg(str`Placed ${quote}`);
    }
    case 'create':
    case 'delete': {
      const quote = describeAnnotation(change.annotation, tags);
      return (change.kind === 'create') === undo ? msg(str`Removed ${quote}`) : msg(str`Restored ${quote}`);
    }
  }
}

/**
 * The annotation a step leaves focused: the one it changed, restored or placed; none when it took one away; undefined
 * when the step is not about one annotation and the focus stays.
 */
export function focusAfterStep(change: AnnotationChange, direction: 'undo' | 'redo'): string | null | undefined {
  switch (change.kind) {
    case 'update':
      return change.after.id;
    case 'placeOrphan':
      return direction === 'redo' ? change.annotation.id : null;
    case 'create':
    case 'delete':
      return (change.kind === 'create') === (direction === 'undo') ? null : change.annotation.id;
    default:
      return undefined;
  }
}
