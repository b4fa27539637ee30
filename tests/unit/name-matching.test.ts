import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findNameOccurrences,
  latinAliasAfter,
  namesMatch,
  prepareNameSearch,
  untaggedMentions,
} from '../../src/shared/name-matching';

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

describe('untaggedMentions', () => {
  it('keeps the mentions no annotation of the tag overlaps, nested and overlapping spans included', () => {
    const annotations = [
      { tag: 'claim', start: 0, end: 100 },
      { tag: 'person', start: 10, end: 40 },
      { tag: 'person', start: 12, end: 20 },
      { tag: 'place', start: 50, end: 60 },
      { tag: 'person', start: 70, end: 75 },
    ];
    const mentions = [
      { start: 5, end: 9 },
      { start: 30, end: 35 },
      { start: 40, end: 45 },
      { start: 52, end: 58 },
      { start: 74, end: 80 },
      { start: 75, end: 80 },
    ];
    expect(untaggedMentions(mentions, annotations, 'person')).toEqual([
      { start: 5, end: 9 },
      { start: 40, end: 45 },
      { start: 52, end: 58 },
      { start: 75, end: 80 },
    ]);
  });

  it('agrees with checking every annotation, for any annotations in text order', () => {
    const span = fc
      .tuple(fc.nat(200), fc.integer({ min: 1, max: 40 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(
        fc.array(fc.record({ tag: fc.constantFrom('person', 'place'), span }), { maxLength: 60 }),
        fc.array(span, { maxLength: 30 }),
        (tagged, mentions) => {
          const annotations = tagged
            .map(({ tag, span }) => ({ tag, ...span }))
            .sort((a, b) => a.start - b.start || b.end - a.end);
          const covered = (mention: { start: number; end: number }) =>
            annotations.some(
              (annotation) => annotation.tag === 'person' && annotation.start < mention.end && mention.start < annotation.end,
            );
          expect(untaggedMentions(mentions, annotations, 'person')).toEqual(mentions.filter((mention) => !covered(mention)));
        },
      ),
    );
  });
});
