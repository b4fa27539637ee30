// Snaps a selection to whole words, the way editors expect a highlight to behave.
import type { TextSpan } from './text-span';

/** How far around a boundary the segmenter looks; longer than any real word, short enough for huge texts. */
const SEGMENT_WINDOW = 128;

const segmenter = new Intl.Segmenter('ru', { granularity: 'word' });

/**
 * Signs that belong to the number before them (`40 %`, `25 °C`, `300 ₽`): not words to the segmenter, but the arrow
 * keys stop on them, or a claim about a percentage could not be selected whole from the keyboard.
 */
const UNIT_SIGN = /^[%‰‱°№§$€₽£¥]$/u;

/** Whether the arrow keys stop on a segment: a word, or a sign of a unit. */
function isWalkable(segment: Intl.SegmentData): boolean {
  return segment.isWordLike === true || UNIT_SIGN.test(segment.segment);
}

/** The word-like segment that contains `index` (the character at it), if any. */
function wordAt(text: string, index: number): TextSpan | null {
  if (index < 0 || index >= text.length) return null;
  const windowStart = Math.max(0, index - SEGMENT_WINDOW);
  const windowText = text.slice(windowStart, Math.min(text.length, index + SEGMENT_WINDOW));
  const segment = segmenter.segment(windowText).containing(index - windowStart);
  if (!segment?.isWordLike) return null;
  return { start: windowStart + segment.index, end: windowStart + segment.index + segment.segment.length };
}

/**
 * Trims white space off both ends of [start, end) and widens each end that falls inside a word to the whole
 * word. Punctuation the editor selected (guillemets around a quote) is kept. Returns null for an empty result.
 */
export function snapToWords(text: string, start: number, end: number): TextSpan | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/u.test(text[from] as string)) from++;
  while (to > from && /\s/u.test(text[to - 1] as string)) to--;
  if (from === to) return null;
  const firstWord = wordAt(text, from);
  if (firstWord) from = firstWord.start;
  const lastWord = wordAt(text, to - 1);
  if (lastWord) to = lastWord.end;
  return { start: from, end: to };
}

/** The first word that starts at or after `offset` (a boundary), or null when none follows. */
export function nextWord(text: string, offset: number): TextSpan | null {
  for (let size = SEGMENT_WINDOW; ; size *= 2) {
    const windowEnd = Math.min(text.length, offset + size);
    for (const segment of segmenter.segment(text.slice(offset, windowEnd))) {
      const end = offset + segment.index + segment.segment.length;
      // A word touching the window's end may continue past it: look again with a wider window.
      if (isWalkable(segment) && (end < windowEnd || windowEnd === text.length)) {
        return { start: offset + segment.index, end };
      }
    }
    if (windowEnd === text.length) return null;
  }
}

/**
 * The word an arrow key reaches first from a caret at `offset`: the word the caret stands in (or touches on the side
 * the key goes), else the next word going forward or the previous one going back.
 */
export function wordFromCaret(text: string, offset: number, forward: boolean): TextSpan | null {
  return forward ? (wordAt(text, offset) ?? nextWord(text, offset)) : (wordAt(text, offset - 1) ?? previousWord(text, offset));
}

/** The last word that ends at or before `offset` (a boundary), or null when none precedes. */
export function previousWord(text: string, offset: number): TextSpan | null {
  for (let size = SEGMENT_WINDOW; ; size *= 2) {
    const windowStart = Math.max(0, offset - size);
    let found: TextSpan | null = null;
    for (const segment of segmenter.segment(text.slice(windowStart, offset))) {
      const start = windowStart + segment.index;
      // A word touching the window's start may begin before it: it only counts when the window starts the text.
      if (isWalkable(segment) && (start > windowStart || windowStart === 0)) {
        found = { start, end: start + segment.segment.length };
      }
    }
    if (found || windowStart === 0) return found;
  }
}
