// Carries offsets from a text as another tool stored it to the same text as this app keeps it (BOM gone, line
// endings and spacing normalised, NFC, a wire header turned into a title). Whitespace is aligned by position
// among the visible characters, which is unambiguous; only changes to visible characters need a diff.
import { DIFF_DELETE, DIFF_EQUAL, diffMain } from 'diff-match-patch-es';

/** Long texts differ from their canonical form in few visible characters; two seconds is ample to align them. */
const DIFF_TIMEOUT_SECONDS = 2;

/** Maps a UTF-16 offset of `source` to `target`: as the start of a span, or as its end. */
export type OffsetMap = (offset: number, side: 'start' | 'end') => number;

interface Segment {
  /** Where the segment begins among the source's visible characters and among the target's. */
  from: number;
  to: number;
  /** Where the target's replacement for a changed segment ends; equal to `to` for text the target dropped. */
  toEnd: number;
  kept: boolean;
}

interface Visible {
  text: string;
  /** The index in the full text of each visible character. */
  positions: number[];
}

function visibleCharacters(text: string): Visible {
  const positions: number[] = [];
  let visible = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? '';
    if (/\s/.test(character)) continue;
    positions.push(index);
    visible += character;
  }
  return { text: visible, positions };
}

/** Segments of a diff between two strings, in order, ending with an empty one past both ends. */
function diffSegments(source: string, target: string): Segment[] {
  if (source === target)
    return [
      { from: 0, to: 0, toEnd: 0, kept: true },
      { from: source.length, to: target.length, toEnd: target.length, kept: false },
    ];
  const segments: Segment[] = [];
  let from = 0;
  let to = 0;
  for (const [operation, piece] of diffMain(source, target, { diffTimeout: DIFF_TIMEOUT_SECONDS })) {
    if (operation === DIFF_EQUAL) {
      segments.push({ from, to, toEnd: to + piece.length, kept: true });
      from += piece.length;
      to += piece.length;
    } else if (operation === DIFF_DELETE) {
      segments.push({ from, to, toEnd: to, kept: false });
      from += piece.length;
    } else {
      to += piece.length;
      const replaced = segments.at(-1);
      if (replaced && !replaced.kept && replaced.toEnd === to - piece.length) replaced.toEnd = to;
    }
  }
  segments.push({ from, to, toEnd: to, kept: false });
  return segments;
}

/** The last item whose key is at most `value` (the array is sorted by key), or -1. */
function lastAtMost(count: number, keyAt: (index: number) => number, value: number): number {
  let low = -1;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (keyAt(middle) <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Builds the map; spans come out without whitespace at their edges. Identical texts need no work. */
export function createOffsetMap(source: string, target: string): OffsetMap {
  if (source === target) return (offset) => offset;
  const sourceVisible = visibleCharacters(source);
  const targetVisible = visibleCharacters(target);
  const segments = diffSegments(sourceVisible.text, targetVisible.text);
  const targetIndex = (visibleIndex: number): number => targetVisible.positions[visibleIndex] ?? target.length;

  return (offset, side) => {
    if (side === 'start') {
      // The first visible character at or after the offset, and where it went.
      const visibleIndex = lastAtMost(sourceVisible.positions.length, (i) => sourceVisible.positions[i] ?? 0, offset - 1) + 1;
      const segment = segments[lastAtMost(segments.length, (i) => segments[i]?.from ?? 0, visibleIndex)];
      if (!segment) return 0;
      return targetIndex(segment.kept ? segment.to + (visibleIndex - segment.from) : segment.to);
    }
    // The last visible character before the offset, and just after where it went.
    const visibleIndex = lastAtMost(sourceVisible.positions.length, (i) => sourceVisible.positions[i] ?? 0, offset - 1);
    if (visibleIndex < 0) return 0;
    const segment = segments[lastAtMost(segments.length, (i) => segments[i]?.from ?? 0, visibleIndex)];
    if (!segment) return 0;
    const last = segment.kept ? segment.to + (visibleIndex - segment.from) : segment.toEnd - 1;
    return last < 0 ? 0 : targetIndex(last) + 1;
  };
}

/**
 * A piece of the source that NFC turned into other characters (a letter and its combining accent into one letter), or
 * a run that NFC left as it was, with where it begins in the source and in the normalised text.
 */
interface NormalizedPiece {
  from: number;
  to: number;
  length: number;
  normalizedLength: number;
  changed: boolean;
}

/**
 * Whether a code point can begin a piece that NFC treats on its own: anything but a combining mark, or a Hangul vowel
 * or final consonant, which compose with the character before them.
 */
const STARTS_PIECE = /^[^\p{M}\u1160-\u11FF\uD7B0-\uD7FF]/u;

/**
 * The NFC form of `source` and a map of offsets onto it, made piece by piece rather than by diffing the two texts: a
 * Russian text in NFD (every й and ё in two code points) differs from its NFC form every few words, and a diff of a
 * 100 kB line ran out of time and placed none of its spans. An offset inside a piece NFC changed maps to the piece's
 * start (as a span's start) or end (as its end). Null when the pieces do not add up to the text's NFC form.
 */
export function createNormalizationMap(source: string): { normalized: string; map: OffsetMap } | null {
  const normalized = source.normalize('NFC');
  if (normalized === source) return { normalized, map: (offset) => offset };
  const pieces: NormalizedPiece[] = [];
  let to = 0;
  const close = (from: number, end: number): void => {
    const piece = source.slice(from, end);
    const nfc = piece.normalize('NFC');
    const last = pieces.at(-1);
    if (nfc === piece && last && !last.changed) {
      last.length += piece.length;
      last.normalizedLength += piece.length;
    } else {
      pieces.push({ from, to, length: piece.length, normalizedLength: nfc.length, changed: nfc !== piece });
    }
    to += nfc.length;
  };
  let pieceStart = 0;
  for (let index = 0; index < source.length;) {
    const width = (source.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
    if (index > pieceStart && STARTS_PIECE.test(source.slice(index, index + width))) {
      close(pieceStart, index);
      pieceStart = index;
    }
    index += width;
  }
  if (source.length > pieceStart) close(pieceStart, source.length);
  if (to !== normalized.length) return null;
  return {
    normalized,
    map: (offset, side) => {
      const piece = pieces[lastAtMost(pieces.length, (i) => pieces[i]?.from ?? 0, offset)];
      if (!piece) return 0;
      const into = offset - piece.from;
      if (into >= piece.length) return piece.to + piece.normalizedLength;
      if (!piece.changed) return piece.to + into;
      return into === 0 || side === 'start' ? piece.to : piece.to + piece.normalizedLength;
    },
  };
}
