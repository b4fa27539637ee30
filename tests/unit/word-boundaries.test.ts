import { describe, expect, it } from 'vitest';
import { nextWord, previousWord, snapToWords, wordFromCaret } from '../../src/shared/text/word-boundaries';

const text = 'Джерри Творек (Jerry Tworek) сообщил: «Я ухожу». 🙂 Конец.';
const spanOf = (fragment: string) => ({ start: text.indexOf(fragment), end: text.indexOf(fragment) + fragment.length });
const sliceOf = (span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);

describe('snapToWords', () => {
  it('widens a selection that starts or ends inside words to whole words', () => {
    const start = text.indexOf('ерри');
    const end = text.indexOf('Творек') + 3;
    expect(sliceOf(snapToWords(text, start, end))).toBe('Джерри Творек');
  });

  it('trims white space around the selection', () => {
    const { start, end } = spanOf(' Творек ');
    expect(sliceOf(snapToWords(text, start, end))).toBe('Творек');
  });

  it('keeps guillemets the editor selected around a quote', () => {
    const { start, end } = spanOf('«Я ухожу»');
    expect(sliceOf(snapToWords(text, start, end))).toBe('«Я ухожу»');
  });

  it('accepts a backwards selection and rejects an empty or blank one', () => {
    const { start, end } = spanOf('Jerry');
    expect(sliceOf(snapToWords(text, end, start + 1))).toBe('Jerry');
    expect(snapToWords(text, 6, 7)).toBeNull();
    expect(snapToWords(text, 5, 5)).toBeNull();
  });

  it('never splits an emoji', () => {
    const emoji = text.indexOf('🙂');
    const span = snapToWords(text, emoji, emoji + 2);
    expect(sliceOf(span)).toBe('🙂');
  });
});

describe('nextWord and previousWord', () => {
  it('walk the text word by word, skipping punctuation', () => {
    const words: string[] = [];
    let word = nextWord(text, 0);
    while (word) {
      words.push(text.slice(word.start, word.end));
      word = nextWord(text, word.end);
    }
    expect(words).toEqual(['Джерри', 'Творек', 'Jerry', 'Tworek', 'сообщил', 'Я', 'ухожу', 'Конец']);
    const back: string[] = [];
    word = previousWord(text, text.length);
    while (word) {
      back.unshift(text.slice(word.start, word.end));
      word = previousWord(text, word.start);
    }
    expect(back).toEqual(words);
  });

  it('stop on the sign of a unit after a number, so a percentage is selected whole', () => {
    const claim = 'выросла на 40 %, а цена — на 300 ₽ (до 25 °C).';
    const words: string[] = [];
    for (let word = nextWord(claim, 0); word; word = nextWord(claim, word.end)) words.push(claim.slice(word.start, word.end));
    expect(words).toEqual(['выросла', 'на', '40', '%', 'а', 'цена', 'на', '300', '₽', 'до', '25', '°', 'C']);
  });

  it('finds words beyond a long run of punctuation', () => {
    const long = `Начало ${'-'.repeat(1000)} конец`;
    const next = nextWord(long, 6);
    expect(next && long.slice(next.start, next.end)).toBe('конец');
    const previous = previousWord(long, long.length - 5);
    expect(previous && long.slice(previous.start, previous.end)).toBe('Начало');
  });
});

describe('wordFromCaret', () => {
  const at = (fragment: string, caretIndex: number) => text.indexOf(fragment) + caretIndex;

  it('takes the word the caret stands in, either way', () => {
    for (const forward of [true, false]) {
      expect(sliceOf(wordFromCaret(text, at('Творек', 3), forward))).toBe('Творек');
    }
  });

  it('takes the word the caret touches on the side the key goes, else the next or previous word', () => {
    expect(sliceOf(wordFromCaret(text, at('Творек', 0), true))).toBe('Творек');
    expect(sliceOf(wordFromCaret(text, at('Творек', 0), false))).toBe('Джерри');
    expect(sliceOf(wordFromCaret(text, at('Творек', 6), true))).toBe('Jerry');
    expect(sliceOf(wordFromCaret(text, at('Творек', 6), false))).toBe('Творек');
    expect(sliceOf(wordFromCaret(text, at('🙂', 0), true))).toBe('Конец');
    expect(sliceOf(wordFromCaret(text, 0, false))).toBeNull();
  });
});
