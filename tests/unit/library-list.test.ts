import { describe, expect, it } from 'vitest';
import { listedEntries } from '../../src/renderer/src/app/library-list';
import type { LibraryEntry } from '../../src/renderer/src/db/library';

const entry = (id: string, title: string, date?: string): LibraryEntry => ({
  id,
  title,
  date: date ?? null,
  fileName: `${id}.txt`,
  openedAt: '2026-01-09T10:00:00.000Z',
  annotationCount: 0,
  version: 1,
});

// Latest opened first, as the library keeps them.
const LIBRARY = [
  entry('a', 'Выборы в Казани', '2026-03-01'),
  entry('b', 'Ёлки на площади'),
  entry('c', 'Бюджет города', '2026-05-20'),
  entry('d', 'Казань: итоги года', '2026-03-01'),
];
const ids = (entries: readonly LibraryEntry[]) => entries.map((listed) => listed.id);

describe('the library list', () => {
  it('keeps the order the files were opened in, unless asked for the newest stories first', () => {
    expect(ids(listedEntries(LIBRARY, 'opened', ''))).toEqual(['a', 'b', 'c', 'd']);
    // Equal dates keep the opened order; an undated story comes last.
    expect(ids(listedEntries(LIBRARY, 'date', ''))).toEqual(['c', 'a', 'd', 'b']);
  });

  it('lists only the titles holding what the editor typed, in any case and with е for ё', () => {
    expect(ids(listedEntries(LIBRARY, 'opened', 'казан'))).toEqual(['a', 'd']);
    expect(ids(listedEntries(LIBRARY, 'date', 'ЕЛКИ'))).toEqual(['b']);
    expect(ids(listedEntries(LIBRARY, 'opened', '  '))).toEqual(['a', 'b', 'c', 'd']);
    expect(listedEntries(LIBRARY, 'opened', 'интервью')).toEqual([]);
  });
});
