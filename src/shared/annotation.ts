// Annotations, tags and entities: what an editor marks in an article and how it is classified.
import { splitsSurrogatePair } from './text/code-points';

export type TagKind = 'entity' | 'quote' | 'claim' | 'other';

export interface Tag {
  /** Stable, readable id used in annotations and exports (`person`, not a number). */
  id: string;
  label: string;
  kind: TagKind;
  /** CSS colour of the highlight. */
  color: string;
  /** Key that applies the tag to the selection or the focused annotation. */
  shortcut: string;
}

export type ClaimStatus = 'unverified' | 'verified' | 'false' | 'misleading' | 'unverifiable';

export const CLAIM_STATUSES: readonly ClaimStatus[] = ['unverified', 'verified', 'false', 'misleading', 'unverifiable'];

export interface ClaimReview {
  status: ClaimStatus;
  note: string;
  /** Links or references that support the verdict, one per entry. */
  sources: string[];
  /** When the status last changed (ISO), and who changed it, as the editor gave their name. */
  changedAt?: string;
  changedBy?: string;
}

export interface Annotation {
  id: string;
  articleId: string;
  /** Tag id. */
  tag: string;
  /** Half-open range into the article's canonical text, in UTF-16 code units. */
  start: number;
  end: number;
  /** The annotated text, `text.slice(start, end)`, kept to re-anchor and to check exports. */
  quote: string;
  prefix: string;
  suffix: string;
  entityId?: string;
  speakerId?: string;
  claim?: ClaimReview;
  note?: string;
  /**
   * Its text in the story's previous version, when the new version changed it (a quote reworded, a name respelt): the
   * editor confirms the annotation where it now stands, which takes this away, or deletes it.
   */
  previousQuote?: string;
  createdAt: string;
  updatedAt: string;
}

export interface Entity {
  id: string;
  tag: string;
  name: string;
  aliases: string[];
}

export const DEFAULT_TAGS: readonly Tag[] = [
  { id: 'person', label: 'Person', kind: 'entity', color: '#f4b942', shortcut: '1' },
  { id: 'organization', label: 'Organization', kind: 'entity', color: '#6cb4ee', shortcut: '2' },
  { id: 'place', label: 'Place', kind: 'entity', color: '#7fd17f', shortcut: '3' },
  { id: 'quote', label: 'Quote', kind: 'quote', color: '#d59bf6', shortcut: '4' },
  { id: 'claim', label: 'Claim', kind: 'claim', color: '#f7837b', shortcut: '5' },
];

/** Characters of context kept on each side of a quote, for re-anchoring (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

export interface TextQuote {
  quote: string;
  prefix: string;
  suffix: string;
}

/** The quote and its surrounding context for [start, end) of `text`. */
export function describeTextRange(text: string, start: number, end: number): TextQuote {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Invalid range [${start}, ${end}) for a text of length ${text.length}`);
  }
  // Context never begins or ends inside a surrogate pair, so it stays well-formed Unicode in exports.
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd--;
  return { quote: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}

/** Text order: by start, then the longer (enclosing) span first, so nested spans follow their container. */
export function compareByPosition(a: Pick<Annotation, 'start' | 'end'>, b: Pick<Annotation, 'start' | 'end'>): number {
  return a.start - b.start || b.end - a.end;
}
