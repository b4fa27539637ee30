// A stretch of an article's canonical text: the one shape of span that selection, search, painting and name
// matching pass between them.

/** Half-open [start, end) in UTF-16 code units of the canonical text (exports convert to code points). */
export interface TextSpan {
  start: number;
  end: number;
}
