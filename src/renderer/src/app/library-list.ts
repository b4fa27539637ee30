// The library list as the editor asked for it: in the chosen order, narrowed to the titles that hold what they typed.
import type { LibraryEntry } from '../db/library';
import { textMatcher } from '../../../shared/text/text-search';

/**
 * The files latest opened first (as the library keeps them; choosing an article in the list does not move it, so the
 * list stays still while the editor reads down it), or the newest stories first by the date they carry.
 */
export type LibraryOrder = 'opened' | 'date';

/**
 * `entries` (most recently opened first) in `order`, only those whose title contains `query` (any case, `е` and `ё`
 * alike). Articles without a date come after those with one, each group in the order they were opened.
 */
export function listedEntries(entries: readonly LibraryEntry[], order: LibraryOrder, query: string): readonly LibraryEntry[] {
  const matches = textMatcher(query);
  const found = matches ? entries.filter((entry) => matches(entry.title)) : entries;
  if (order === 'opened') return found;
  // Array.prototype.sort is stable: equal dates keep the opened order.
  return [...found].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}
