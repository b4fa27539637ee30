// Finds a phrase in article text as an editor expects: any case, `е` and `ё` alike, spaces flexible.

export interface TextMatch {
  start: number;
  end: number;
}

/** More than anyone would step through; the count is still right up to here. */
export const MAX_MATCHES = 10_000;

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The search as a regular expression, or null for an empty query. */
function searchPattern(query: string): string | null {
  const trimmed = query.normalize('NFC').trim();
  if (trimmed.length === 0) return null;
  return trimmed
    .split(/\s+/)
    .map((word) => escapeForRegExp(word).replace(/[её]/giu, (letter) => (letter === letter.toUpperCase() ? '[ЕЁ]' : '[её]')))
    .join('\\s+');
}

/** A test of whether a text contains `query`, built once for filtering many texts; null for an empty query. */
export function textMatcher(query: string): ((text: string) => boolean) | null {
  const pattern = searchPattern(query);
  if (pattern === null) return null;
  const expression = new RegExp(pattern, 'iu');
  return (text) => expression.test(text);
}

export function findText(text: string, query: string): TextMatch[] {
  const pattern = searchPattern(query);
  if (pattern === null) return [];
  const matches: TextMatch[] = [];
  for (const match of text.matchAll(new RegExp(pattern, 'giu'))) {
    matches.push({ start: match.index, end: match.index + match[0].length });
    if (matches.length === MAX_MATCHES) break;
  }
  return matches;
}
