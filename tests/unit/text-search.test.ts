import { describe, expect, it } from 'vitest';
import { findText, textMatcher } from '../../src/shared/text/text-search';

const text = 'Ёжик и ежиха. «Северный  ветер»\nи северный ветер; $5 (цена) 🙂 ЕЖИК.';
const found = (query: string) => findText(text, query).map((match) => text.slice(match.start, match.end));

describe('findText', () => {
  it('ignores case and reads е and ё alike', () => {
    expect(found('ежик')).toEqual(['Ёжик', 'ЕЖИК']);
  });

  it('lets any white space stand between words', () => {
    expect(found('северный ветер')).toEqual(['Северный  ветер', 'северный ветер']);
  });

  it('searches for punctuation literally and keeps offsets right after emoji', () => {
    expect(found('$5 (цена)')).toEqual(['$5 (цена)']);
    expect(found('ЕЖИК.')).toEqual(['ЕЖИК.']);
  });

  it('finds nothing for an empty query', () => {
    expect(findText(text, '  ')).toEqual([]);
  });
});

describe('textMatcher', () => {
  it('tests texts as findText finds in them, and is null for an empty query', () => {
    const matches = textMatcher('  ЗАЯВИЛ  Ёлкин ');
    expect(matches?.('Мэр заявил   елкин вчера')).toBe(true);
    expect(matches?.('Мэр заявил, Елкин')).toBe(false);
    expect(textMatcher('   ')).toBeNull();
  });
});
