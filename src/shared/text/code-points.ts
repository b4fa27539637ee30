// Converts between JavaScript string indices (UTF-16 code units) and Unicode code point offsets.
//
// Exports state offsets in code points so that Python's text[start:end], spaCy and doccano read the same spans
// as the app, which works in UTF-16 internally. Only astral characters (surrogate pairs) make the two differ.

export interface CodePointConverter {
  /** Code point offset of a UTF-16 index; an index inside a surrogate pair maps past that character. */
  toCodePoint: (utf16Index: number) => number;
  /** UTF-16 index of a code point offset. */
  toUtf16: (codePointOffset: number) => number;
  /** The text's length in code points. */
  codePointLength: number;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Number of sorted values that are strictly below `limit`. */
function countBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Builds a converter for one text in O(n); each conversion is then O(log k), k the number of astral characters. */
export function createCodePointConverter(text: string): CodePointConverter {
  // UTF-16 index of each surrogate pair's high half, and the code point offset of the same character.
  const pairStarts: number[] = [];
  const pairCodePoints: number[] = [];
  for (let index = 0; index < text.length - 1; index++) {
    if (isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1))) {
      pairCodePoints.push(index - pairStarts.length);
      pairStarts.push(index);
      index++;
    }
  }
  return {
    toCodePoint: (utf16Index) => utf16Index - countBelow(pairStarts, utf16Index - 1),
    toUtf16: (codePointOffset) => codePointOffset + countBelow(pairCodePoints, codePointOffset),
    codePointLength: text.length - pairStarts.length,
  };
}

/** True when `index` falls between the two halves of a surrogate pair, where no span may start or end. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  return (
    index > 0 && index < text.length && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1))
  );
}

/**
 * The UTF-16 index of the first lone surrogate in `text` (half of a pair without its other half), or -1 when the text
 * is well-formed Unicode. A lone surrogate cannot be written as UTF-8, so an export would turn it into U+FFFD and an
 * offset beside it would point elsewhere in every other tool.
 */
export function loneSurrogateIndex(text: string): number {
  // With the `u` flag a surrogate class matches only surrogates that are not part of a pair.
  return text.search(/[\uD800-\uDFFF]/u);
}

export function isWellFormed(text: string): boolean {
  return loneSurrogateIndex(text) === -1;
}
