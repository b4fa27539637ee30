// Finds where a quoted passage sits in a text, as Hypothesis anchors: the stated position first if the quote is
// there, then exact occurrences ranked by how well their context matches, then an approximate match.
import approximateSearch from 'approx-string-match';
import { splitsSurrogatePair } from './code-points';

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** False when only an approximate match was found: the text there differs a little from the quote. */
  exact: boolean;
}

/** Beyond this many occurrences of a quote, further ones are not ranked; a name repeated more is rare. */
const MAX_RANKED_OCCURRENCES = 2000;
/** Short quotes are matched exactly or not at all: one wrong letter in a short name is another name. */
const MIN_APPROXIMATE_LENGTH = 16;
/** An approximate match may differ in one character in ten (an edited word, a changed quotation mark). */
const MAX_ERROR_RATE = 0.1;
/**
 * Longer quotes are matched exactly or not at all: approximate search costs the text's length times the quote's, and
 * a whole paragraph quoted from a 1 MB article took minutes. A passage this long that changed is better re-placed by hand.
 */
const MAX_APPROXIMATE_LENGTH = 2000;
/**
 * Characters of context compared on each side, as Hypothesis does: a few dozen tell occurrences apart, and a file's
 * megabyte-long prefix compared at every occurrence took most of a minute.
 */
const MAX_CONTEXT_COMPARED = 64;

/**
 * How many characters of `context` agree with the text, reading away from the quote (from `at` onwards, or before
 * it), comparing at most `limit`.
 */
export function agreeingCharacters(
  text: string,
  context: string,
  at: number,
  direction: -1 | 1,
  limit = MAX_CONTEXT_COMPARED,
): number {
  let count = 0;
  const length = context.length;
  const compared = Math.min(length, limit);
  while (count < compared) {
    const textIndex = direction === 1 ? at + count : at - 1 - count;
    const contextIndex = direction === 1 ? count : length - 1 - count;
    if (textIndex < 0 || textIndex >= text.length || text[textIndex] !== context[contextIndex]) break;
    count++;
  }
  return count;
}

function contextScore(text: string, selector: QuoteSelector, start: number, end: number): number {
  return agreeingCharacters(text, selector.prefix, start, -1) + agreeingCharacters(text, selector.suffix, end, 1);
}

function closest<T extends { start: number; score: number }>(candidates: T[], hint: number | undefined): T | undefined {
  let best: T | undefined;
  for (const candidate of candidates) {
    if (
      !best ||
      candidate.score > best.score ||
      (candidate.score === best.score && hint !== undefined && Math.abs(candidate.start - hint) < Math.abs(best.start - hint))
    )
      best = candidate;
  }
  return best;
}

/**
 * Where `selector.exact` is in `text` (UTF-16 offsets), or null when it is nowhere near. `hint` is the start the
 * selector's source stated, if any.
 */
export function matchQuote(text: string, selector: QuoteSelector, hint?: number): QuoteMatch | null {
  const { exact } = selector;
  if (exact.length === 0 || exact.length > text.length) return null;
  /** Whether [start, end) is a span of whole characters: never between the two halves of an emoji. */
  const whole = (start: number, end: number): boolean => !splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end);
  if (hint !== undefined && text.startsWith(exact, hint) && whole(hint, hint + exact.length)) {
    return { start: hint, end: hint + exact.length, exact: true };
  }

  const occurrences: { start: number; score: number }[] = [];
  for (let at = text.indexOf(exact); at !== -1 && occurrences.length < MAX_RANKED_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    if (whole(at, at + exact.length)) occurrences.push({ start: at, score: contextScore(text, selector, at, at + exact.length) });
  }
  const found = closest(occurrences, hint);
  if (found) return { start: found.start, end: found.start + exact.length, exact: true };

  if (exact.length < MIN_APPROXIMATE_LENGTH || exact.length > MAX_APPROXIMATE_LENGTH) return null;
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  const approximate = approximateSearch(text, exact, maxErrors)
    .filter((match) => whole(match.start, match.end))
    .map((match) => ({ ...match, score: contextScore(text, selector, match.start, match.end) - match.errors * 4 }));
  const best = closest(approximate, hint);
  return best && best.end > best.start ? { start: best.start, end: best.end, exact: false } : null;
}
