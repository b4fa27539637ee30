import { describe, expect, it } from 'vitest';
import { findNameOccurrences, latinAliasAfter, namesMatch, prepareNameSearch } from '../../src/shared/name-matching';

describe('namesMatch', () => {
  it.each([
    ['Творек', 'Творек'],
    ['Творека', 'Творек'],
    ['Твореком', 'Творек'],
    ['Джерри Творека', 'Джерри Творек'],
    ['Асанцева', 'Асанцев'],
    ['Асанцевым', 'Асанцев'],
    ['Ольгой Смирновой', 'Ольга Смирнова'],
    ['Анны Ким', 'Анна Ким'],
    ['«Северного ветра»', 'Северный ветер'],
    ['Москве', 'Москва'],
    ['Лондоне', 'Лондон'],
    ['Jerry Tworek', 'Jerry Tworek'],
    ['Councils', 'Council'],
    ['Алёна', 'Алена'],
  ])('%s is %s', (text, name) => {
    expect(namesMatch(text, name)).toBe(true);
  });

  it.each([
    ['января', 'Ян'],
    ['Яна', 'Январь'],
    ['Творек', 'Джерри Творек'],
    ['Анна', 'Анна Ким'],
    ['Москвич', 'Москва'],
    ['Смирнов', 'Смирнова Ольга'],
    ['Ким', 'Кимберли'],
    ['', 'Ким'],
  ])('%s is not %s', (text, name) => {
    expect(namesMatch(text, name)).toBe(false);
  });
});

describe('findNameOccurrences', () => {
  const text = 'Джерри Творек уехал. Коллеги Творека и Jerry Tworek спорят; в январе Ян Творекович молчал. Твореком.';

  it('finds every form of a name and its aliases, whole words only', () => {
    const found = findNameOccurrences(text, ['Джерри Творек', 'Творек', 'Jerry Tworek']).map((span) =>
      text.slice(span.start, span.end),
    );
    expect(found).toEqual(['Джерри Творек', 'Творека', 'Jerry Tworek', 'Твореком']);
  });

  it('does not find short names inside longer words', () => {
    expect(findNameOccurrences(text, ['Ян']).map((span) => text.slice(span.start, span.end))).toEqual(['Ян']);
  });

  it('finds the same in a long text prepared a step at a time', () => {
    const long = Array.from({ length: 400 }, (_, index) => `${index}. ${text} Ещё Ольгой Смирновой и Анной Ким.`).join('\n\n');
    const unprepared = findNameOccurrences(long, ['Джерри Творек', 'Творек', 'Анна Ким', 'Jerry Tworek']);
    expect(unprepared).toHaveLength(400 * 5);
    prepareNameSearch('another text, so the long one is scanned afresh')();
    const step = prepareNameSearch(long);
    let steps = 1;
    while (!step()) steps++;
    expect(steps, 'the long text took several steps').toBeGreaterThan(5);
    expect(findNameOccurrences(long, ['Джерри Творек', 'Творек', 'Анна Ким', 'Jerry Tworek'])).toEqual(unprepared);
  });
});

describe('latinAliasAfter', () => {
  it('reads the Latin name in parentheses after a Cyrillic one', () => {
    const text = 'Джерри Творек (Jerry Tworek), один из авторов';
    expect(latinAliasAfter(text, 'Джерри Творек'.length)).toBe('Jerry Tworek');
    expect(latinAliasAfter('Творек (2024) сказал', 6)).toBeNull();
    expect(latinAliasAfter('Творек сказал (Jerry)', 6)).toBeNull();
  });
});
