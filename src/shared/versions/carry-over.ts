// Carries a story's annotations from one version to the next (re-anchored by text/reanchor.ts): each placed one is a
// new annotation of the new version with everything the editor gave it (tag, entity, speaker, claim and its history,
// note, dates); one whose text changed keeps its old text to show the editor; the rest are orphans, kept whole.
import type { Annotation } from '../annotation';
import { describeTextRange } from '../annotation';
import type { Placement } from '../text/reanchor';
import { Reanchorer } from '../text/reanchor';

export interface CarriedAnnotations {
  annotations: Annotation[];
  /** The previous version's annotations that could not be placed with confidence, as they were there. */
  orphans: Annotation[];
}

export interface VersionTexts {
  previousText: string;
  next: { id: string; text: string };
}

/** Places `annotations` of the previous version in the next; `newId` names each carried annotation. */
export function carryAnnotations(
  { previousText, next }: VersionTexts,
  annotations: readonly Annotation[],
  newId: () => string,
): CarriedAnnotations {
  const reanchorer = new Reanchorer(previousText, next.text);
  const carried: CarriedAnnotations = { annotations: [], orphans: [] };
  for (const annotation of annotations) {
    const placement: Placement = reanchorer.place(annotation);
    if (placement.kind === 'orphan') {
      carried.orphans.push(annotation);
      continue;
    }
    const { start, end } = placement;
    const { previousQuote, ...rest } = annotation;
    const moved: Annotation = {
      ...rest,
      id: newId(),
      articleId: next.id,
      start,
      end,
      ...describeTextRange(next.text, start, end),
    };
    // The text the editor tagged, kept until they confirm the change: over several versions, the first one.
    if (placement.kind === 'changed') moved.previousQuote = previousQuote ?? annotation.quote;
    else if (previousQuote !== undefined) moved.previousQuote = previousQuote;
    carried.annotations.push(moved);
  }
  return carried;
}
