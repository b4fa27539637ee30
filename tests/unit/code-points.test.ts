import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCodePointConverter, splitsSurrogatePair } from '../../src/shared/text/code-points';

/** UTF-16 indices of a string that do not fall inside a surrogate pair. */
function boundaries(text: string): number[] {
  const result = [0];
  let index = 0;
  for (const character of text) {
    index += character.length;
    result.push(index);
  }
  return result;
}

const textWithAstral = fc.string({
  unit: fc.oneof(
    fc.constantFrom('а', 'Я', ' ', '\n', 'é', '«', '»'),
    fc.constantFrom('😀', '🇬🇧', '👩‍💻', '𝔘', '𠀋'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});

describe('code point conversion', () => {
  it('agrees with counting code points, for every boundary of any text', () => {
    fc.assert(
      fc.property(textWithAstral, (text) => {
        const converter = createCodePointConverter(text);
        boundaries(text).forEach((utf16, codePoint) => {
          expect(converter.toCodePoint(utf16)).toBe(codePoint);
          expect(converter.toUtf16(codePoint)).toBe(utf16);
        });
        expect(converter.codePointLength).toBe([...text].length);
      }),
    );
  });

  it('gives Python-compatible spans: a code point slice equals the UTF-16 slice', () => {
    fc.assert(
      fc.property(textWithAstral, fc.nat(), fc.nat(), (text, a, b) => {
        const points = boundaries(text);
        const start = points[a % points.length] as number;
        const end = points[b % points.length] as number;
        const [from, to] = start <= end ? [start, end] : [end, start];
        const converter = createCodePointConverter(text);
        expect([...text].slice(converter.toCodePoint(from), converter.toCodePoint(to)).join('')).toBe(text.slice(from, to));
      }),
    );
  });

  it('handles emoji, flags and joined sequences', () => {
    const text: string = 'Анна 👩‍💻 и Лондон 🇬🇧.';
    const converter = createCodePointConverter(text);
    const start = text.indexOf('Лондон');
    expect(converter.toCodePoint(start)).toBe(start - 2);
    expect(converter.toCodePoint(text.length)).toBe([...text].length);
  });

  it('knows where a surrogate pair would be split', () => {
    expect(splitsSurrogatePair('a😀b', 2)).toBe(true);
    expect(splitsSurrogatePair('a😀b', 1)).toBe(false);
    expect(splitsSurrogatePair('a😀b', 3)).toBe(false);
  });
});
