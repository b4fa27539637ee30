// Pieces of an article's blocks for display: a block too long to lay out at once is shown as several elements.
import type { Block } from '../../../shared/article/article';

/** A piece of a block's text, shown as an element of the block's type. */
export interface DisplaySegment extends Block {
  /** The block goes on in the next segment: the two read as one (no gap between them). */
  continues: boolean;
}

/**
 * The longest a segment is, in UTF-16 units. Chromium lays out a paragraph as a whole, and repaints all of it when a
 * highlight in it changes: a text with no paragraph breaks, laid out as one 1 MB paragraph, took seconds to open and
 * a tenth of a second a tag. Pieces of about this length are still a few sentences each, and parts of the article
 * off screen hold whole pieces the browser can skip.
 */
export const MAX_SEGMENT_LENGTH = 1000;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Where to end a piece of `text` that starts at `start`: after a sentence, else after a space, else between graphemes. */
function pieceEnd(text: string, start: number, blockEnd: number, maxLength: number): number {
  const limit = start + maxLength;
  if (blockEnd <= limit) return blockEnd;
  const halfway = start + Math.floor(maxLength / 2);
  const secondHalf = text.slice(halfway, limit);
  /** The last end of a match in the piece's second half that leaves no combining mark to start the next piece. */
  const lastEndOf = (pattern: RegExp): number | null => {
    let last: number | null = null;
    for (const match of secondHalf.matchAll(pattern)) {
      const end = halfway + match.index + match[0].length;
      if (!/^\p{M}/u.test(text.slice(end, end + 2))) last = end;
    }
    return last;
  };
  const afterSentenceOrSpace = lastEndOf(/[.!?…][»"”')]*\s+/gu) ?? lastEndOf(/\s/gu);
  if (afterSentenceOrSpace !== null) return afterSentenceOrSpace;
  // No space in half a piece (a long link, a run of symbols): end at the last grapheme boundary before the limit.
  // Segmented up to the block's end, so that the grapheme at the limit is seen whole.
  let end = start;
  for (const { index, segment } of graphemes.segment(text.slice(start, blockEnd))) {
    // A single grapheme longer than a piece stays whole.
    if (index + segment.length > maxLength) return index === 0 ? start + segment.length : end;
    end = start + index + segment.length;
  }
  return end;
}

/**
 * The blocks of an article as display segments: each block whole, or, when longer than `maxLength`, in pieces that
 * end after a sentence where one ends in the piece's second half. The segments cover every block exactly. Blocks come
 * from the database, which an import or a restore filled: one reaching past the text is cut at its end, an empty one
 * is left out, and every piece moves on by at least a character, so that no input can keep this loop from ending.
 */
export function displaySegments(text: string, blocks: readonly Block[], maxLength = MAX_SEGMENT_LENGTH): DisplaySegment[] {
  const segments: DisplaySegment[] = [];
  for (const block of blocks) {
    const blockEnd = Math.min(block.end, text.length);
    let start = Math.max(0, block.start);
    while (start < blockEnd) {
      const end = Math.min(blockEnd, Math.max(start + 1, pieceEnd(text, start, blockEnd, maxLength)));
      segments.push({ type: block.type, start, end, continues: end < blockEnd });
      start = end;
    }
  }
  return segments;
}
