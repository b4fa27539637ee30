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

export function findText(text: string, query: string): TextMatch[] {
  const trimmed = query.normalize('NFC').trim();
  if (trimmed.length === 0) return [];
  const pattern = trimmed
    .split(/\s+/)
    .map((word) => escapeForRegExp(word).replace(/[её]/giu, (letter) => (letter === letter.toUpperCase() ? '[ЕЁ]' : '[её]')))
    .join('\\s+');
  const matches: TextMatch[] = [];
  for (const match of text.matchAll(new RegExp(pattern, 'giu'))) {
    matches.push({ start: match.index, end: match.index + match[0].length });
    if (matches.length === MAX_MATCHES) break;
  }
  return matches;
}
