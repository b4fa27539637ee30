import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findNameOccurrences,
  latinAliasAfter,
  nameWords,
  namesMatch,
  prepareNameSearch,
  sameWordUpToInflection,
  untaggedMentions,
} from '../../src/shared/entities/name-matching';

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

describe('findNameOccurrences, any text', () => {
  /** The plain definition: at each word in turn, the longest name whose words all match the words from there on. */
  function occurrencesWordByWord(text: string, names: readonly string[]) {
    const segmenter = new Intl.Segmenter('ru', { granularity: 'word' });
    const words = [...segmenter.segment(text)]
      .filter((segment) => segment.isWordLike)
      .flatMap((segment) =>
        nameWords(segment.segment).map((word) => ({
          ...word,
          start: segment.index,
          end: segment.index + segment.segment.length,
        })),
      );
    const patterns = names.map((name) => nameWords(name)).filter((pattern) => pattern.length > 0);
    patterns.sort((a, b) => b.length - a.length);
    const found: { start: number; end: number }[] = [];
    for (let index = 0; index < words.length;) {
      const pattern = patterns.find((candidate) =>
        candidate.every((nameWord, offset) => {
          const word = words[index + offset];
          return word !== undefined && word.word[0] === nameWord.word[0] && sameWordUpToInflection(word, nameWord);
        }),
      );
      if (!pattern) {
        index++;
        continue;
      }
      found.push({ start: words[index]?.start ?? -1, end: words[index + pattern.length - 1]?.end ?? -1 });
      index += pattern.length;
    }
    return found;
  }

  // Names and their forms whose stems differ in each way inflection may change them: a surname suffix, a fleeting vowel.
  const vocabulary = [
    'Творек',
    'Творека',
    'Твореком',
    'Джерри',
    'Асанцев',
    'Асанцева',
    'Асанцевым',
    'ветер',
    'ветра',
    'Северный',
    'Северного',
    'Москва',
    'Москве',
    'Москвич',
    'Ян',
    'января',
    'Яна',
    'Ким',
    'Кимберли',
    'Анна',
    'Анны',
    'Лондон',
    'Лондоне',
    'Ольга',
    'Ольгой',
    'Смирнова',
    'Смирновой',
    'Смирнов',
    'Jerry',
    'Tworek',
    'Council',
    'Councils',
  ];

  it('agrees with comparing the names with every word of the text', () => {
    const word = fc.constantFrom(...vocabulary);
    const separator = fc.constantFrom(' ', ', ', '. ', ' «', '» ', '\n');
    const text = fc.array(fc.tuple(word, separator), { maxLength: 40 }).map((parts) => parts.flat().join(''));
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, fc.array(name, { minLength: 1, maxLength: 4 }), (text, names) => {
        expect(findNameOccurrences(text, names)).toEqual(occurrencesWordByWord(text, names));
      }),
      // Each way of inflecting needs its word as a name's first word and its other form in the text.
      { numRuns: 2000 },
    );
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
