// Carries spans from one version of a text to the next, as Hypothesis re-anchors on a changed page, but stricter: a
// span is placed where its text provably went, flagged where its text changed, and an orphan where neither is sure.
//
// 1. Position: the two texts are diffed once. A span inside text the edit kept goes where that text went.
// 2. Both ends kept, the inside edited (a typo fixed in a name, a quote reworded): placed between where its ends went,
//    flagged as changed for the editor to confirm.
// 3. Quote with context: a span whose text moved (paragraphs swapped) is found by its exact words, and taken only
//    where its prefix and suffix agree and no other occurrence agrees as well. A name that occurs elsewhere too is
//    never moved onto another mention of it.
// 4. Approximate quote with context (approx-string-match): a span moved and edited, flagged as changed.
// Anything else is an orphan: a guess is worse than a span the editor places again by hand.
import approximateSearch from 'approx-string-match';
import { DIFF_DELETE, DIFF_EQUAL, diffCleanupSemantic, diffMain } from 'diff-match-patch-es';
import { splitsSurrogatePair } from './code-points';
import { agreeingCharacters } from './match-quote';

export interface AnchoredSpan {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export type Placement =
  /** The span's text is unchanged, and stands here in the new text. */
  | { kind: 'kept'; start: number; end: number }
  /** The span stands here, but its text changed: the editor confirms it. */
  | { kind: 'changed'; start: number; end: number }
  | { kind: 'orphan' };

/** A run of text the edit kept: where it was, where it is, and how long it is. */
interface KeptRun {
  from: number;
  to: number;
  length: number;
}

/** A 1 MB story with edits throughout is diffed in well under this; past it the diff coarsens, and more spans orphan. */
const DIFF_TIMEOUT_SECONDS = 1;
/**
 * Characters of context that must agree, on the two sides together, for a span found by its words away from where
 * the diff put it: about four words. A name with less around it (a title of one word) is not moved by its quote.
 */
const MIN_CONTEXT_AGREEMENT = 24;
/** Context compared on each side, as stored (annotation.ts keeps 32). */
const CONTEXT_COMPARED = 32;
/** A changed span keeps at least this share of its characters, or it is another text and orphans. */
const MIN_KEPT_SHARE = 0.5;
/** Approximate matching (stage 4) only for spans this long: a short name with one letter changed is another name. */
const MIN_APPROXIMATE_LENGTH = 16;
const MAX_APPROXIMATE_LENGTH = 2000;
const MAX_ERROR_RATE = 0.15;
/** Occurrences of a quote ranked at most; a word repeated more often than this is not placed by its quote. */
const MAX_OCCURRENCES = 500;

function keptRuns(before: string, after: string): KeptRun[] {
  if (before === after) return [{ from: 0, to: 0, length: before.length }];
  const diff = diffMain(before, after, { diffTimeout: DIFF_TIMEOUT_SECONDS }, true);
  // Semantic clean-up drops the letters a rewritten sentence happens to share with the old one: a span is never
  // carried by a coincidence of three letters.
  diffCleanupSemantic(diff);
  const runs: KeptRun[] = [];
  let from = 0;
  let to = 0;
  for (const [operation, piece] of diff) {
    if (operation === DIFF_EQUAL) {
      runs.push({ from, to, length: piece.length });
      from += piece.length;
      to += piece.length;
    } else if (operation === DIFF_DELETE) from += piece.length;
    else to += piece.length;
  }
  return runs;
}

/** The last run starting at or before `offset` in the old text, or -1. */
function runAt(runs: readonly KeptRun[], offset: number): number {
  let low = -1;
  let high = runs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((runs[middle]?.from ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function agreeing(text: string, context: string, at: number, direction: -1 | 1): number {
  return agreeingCharacters(text, context, at, direction, CONTEXT_COMPARED);
}

/** How much context the span carries to compare, capped as comparing is: a span at the text's edge has less. */
function contextAvailable(span: AnchoredSpan): number {
  return Math.min(span.prefix.length, CONTEXT_COMPARED) + Math.min(span.suffix.length, CONTEXT_COMPARED);
}

/** Characters the two strings share, by their diff: how much of a changed span is still there. */
function sharedCharacters(a: string, b: string): number {
  let shared = 0;
  for (const [operation, piece] of diffMain(a, b)) if (operation === DIFF_EQUAL) shared += piece.length;
  return shared;
}

export class Reanchorer {
  private readonly runs: KeptRun[];

  constructor(
    before: string,
    private readonly after: string,
  ) {
    this.runs = keptRuns(before, after);
  }

  /** Where the old offset went, if the text at it was kept: a start maps with the character after it, an end before. */
  private mapped(offset: number, side: 'start' | 'end'): number | null {
    const probe = side === 'start' ? offset : offset - 1;
    const run = this.runs[runAt(this.runs, probe)];
    if (!run || probe >= run.from + run.length || probe < run.from) return null;
    return run.to + (offset - run.from);
  }

  private whole(start: number, end: number): boolean {
    return !splitsSurrogatePair(this.after, start) && !splitsSurrogatePair(this.after, end);
  }

  place(span: AnchoredSpan): Placement {
    const start = this.mapped(span.start, 'start');
    const end = this.mapped(span.end, 'end');
    if (start !== null && end !== null && end > start) {
      const text = this.after.slice(start, end);
      if (text === span.quote) return { kind: 'kept', start, end };
      if (this.plausiblyEdited(span.quote, text) && this.whole(start, end)) return { kind: 'changed', start, end };
    }
    return this.byQuote(span) ?? this.byApproximateQuote(span) ?? { kind: 'orphan' };
  }

  private plausiblyEdited(before: string, after: string): boolean {
    const longer = Math.max(before.length, after.length);
    return sharedCharacters(before, after) >= MIN_KEPT_SHARE * longer;
  }

  /** The exact words, where their context agrees and no other occurrence agrees as well. */
  private byQuote(span: AnchoredSpan): Placement | null {
    const { quote } = span;
    if (quote.length === 0) return null;
    const required = Math.min(MIN_CONTEXT_AGREEMENT, contextAvailable(span));
    let best: { start: number; score: number } | null = null;
    let tied = false;
    let seen = 0;
    for (let at = this.after.indexOf(quote); at !== -1; at = this.after.indexOf(quote, at + 1)) {
      if (++seen > MAX_OCCURRENCES) return null;
      if (!this.whole(at, at + quote.length)) continue;
      const score = agreeing(this.after, span.prefix, at, -1) + agreeing(this.after, span.suffix, at + quote.length, 1);
      if (!best || score > best.score) {
        best = { start: at, score };
        tied = false;
      } else if (score === best.score) tied = true;
    }
    if (!best || tied || best.score < required || required === 0) return null;
    return { kind: 'kept', start: best.start, end: best.start + quote.length };
  }

  /** Words a little changed and moved: the closest match whose context agrees, flagged for the editor. */
  private byApproximateQuote(span: AnchoredSpan): Placement | null {
    const { quote } = span;
    if (quote.length < MIN_APPROXIMATE_LENGTH || quote.length > MAX_APPROXIMATE_LENGTH) return null;
    const required = Math.min(MIN_CONTEXT_AGREEMENT, contextAvailable(span));
    if (required === 0) return null;
    const matches = approximateSearch(this.after, quote, Math.floor(quote.length * MAX_ERROR_RATE))
      .filter((match) => match.end > match.start && this.whole(match.start, match.end))
      .map((match) => ({
        ...match,
        score: agreeing(this.after, span.prefix, match.start, -1) + agreeing(this.after, span.suffix, match.end, 1),
      }))
      .filter((match) => match.score >= required);
    if (matches.length === 0) return null;
    matches.sort((a, b) => a.errors - b.errors || b.score - a.score);
    const [first, second] = matches;
    if (!first || (second && second.errors === first.errors && second.score === first.score && second.start !== first.start))
      return null;
    return { kind: 'changed', start: first.start, end: first.end };
  }
}

/** Places each span of `before` in `after`, in order. */
export function reanchorSpans(before: string, after: string, spans: readonly AnchoredSpan[]): Placement[] {
  const reanchorer = new Reanchorer(before, after);
  return spans.map((span) => reanchorer.place(span));
}
