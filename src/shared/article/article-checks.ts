// The invariants every stored article and annotation keeps, checked wherever one comes from outside (an import, a
// restored backup): the display and the exports rely on them, and a file that breaks one is refused, not repaired.
import { msg } from '@lit/localize';
import type { Block } from './article';
import { splitsSurrogatePair } from '../text/code-points';

/** Why [start, end) cannot be a span of `text` (UTF-16 offsets), or null when it can. */
export function spanProblem(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    return msg('is outside the text or empty');
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return msg('splits a character in two');
  return null;
}

/**
 * Why `blocks` cannot be the blocks of `text`, or null when they can: each a span of the text, in text order, none
 * overlapping another, and nothing but white space between them, so that every word of the text is shown.
 */
export function blocksProblem(text: string, blocks: readonly Block[]): { index: number | null; problem: string } | null {
  let previousEnd = 0;
  for (const [index, block] of blocks.entries()) {
    const problem = spanProblem(text, block.start, block.end);
    if (problem) return { index, problem };
    if (block.start < previousEnd) return { index, problem: msg('starts before the previous block ends') };
    if (/\S/u.test(text.slice(previousEnd, block.start))) return { index, problem: msg('leaves text before it in no block') };
    previousEnd = block.end;
  }
  if (/\S/u.test(text.slice(previousEnd))) return { index: null, problem: msg('leaves text after the last block in no block') };
  return null;
}
