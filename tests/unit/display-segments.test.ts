import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/shared/article';
import { displaySegments } from '../../src/renderer/src/highlight/display-segments';

const graphemeStarts = (text: string): Set<number> =>
  new Set(
    [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map(({ index }) => index).concat(text.length),
  );

/** Text from words, sentence ends, spaces, line breaks, emoji (joined ones too) and combining accents (one on a space). */
const pieces = fc.constantFrom(
  'слово',
  'Москва',
  ' ',
  ' ',
  '. ',
  '!» ',
  '\n',
  '🙂',
  '👩‍💻',
  'е́',
  ' \u0301',
  'https://example.org/a-very-long-link',
);
const article = fc
  .tuple(
    fc.array(pieces, { maxLength: 400 }).map((parts) => parts.join('')),
    fc.array(fc.nat(), { maxLength: 6 }),
  )
  .map(([text, cuts]): { text: string; blocks: Block[] } => {
    const ends = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
    const bounds = [0, ...ends, text.length];
    const blocks = bounds.slice(1).map((end, index) => ({ type: 'paragraph' as const, start: bounds[index] ?? 0, end }));
    return { text, blocks: blocks.filter((block, index) => index === 0 || block.end > block.start) };
  });

describe('display segments', () => {
  it('cover every block exactly, each piece within the length, split only between graphemes', () => {
    fc.assert(
      fc.property(article, fc.integer({ min: 8, max: 200 }), ({ text, blocks }, maxLength) => {
        const segments = displaySegments(text, blocks, maxLength);
        let at = 0;
        for (const block of blocks) {
          const own = segments.slice(at, (at = segments.findIndex((segment, index) => index >= at && !segment.continues) + 1));
          expect(own[0]?.start).toBe(block.start);
          expect(own.at(-1)?.end).toBe(block.end);
          const starts = graphemeStarts(text.slice(block.start, block.end));
          own.forEach((segment, index) => {
            expect(segment.type).toBe(block.type);
            if (index > 0) expect(segment.start).toBe(own[index - 1]?.end);
            expect(segment.end - segment.start).toBeLessThanOrEqual(maxLength);
            expect(starts.has(segment.end - block.start)).toBe(true);
          });
        }
        expect(at).toBe(segments.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a short block whole and ends the pieces of a long one after a sentence', () => {
    const sentence = 'Министр заявил журналистам, что решение будет принято до конца года. ';
    const text = `Заголовок${sentence.repeat(60)}`;
    const blocks: Block[] = [
      { type: 'title', start: 0, end: 9 },
      { type: 'paragraph', start: 9, end: text.length },
    ];
    const segments = displaySegments(text, blocks, 1000);
    expect(segments[0]).toEqual({ type: 'title', start: 0, end: 9, continues: false });
    const paragraph = segments.slice(1);
    expect(paragraph.length).toBeGreaterThan(4);
    for (const segment of paragraph.slice(0, -1)) {
      expect(segment.continues).toBe(true);
      expect(text.slice(segment.start, segment.end).endsWith('года. ')).toBe(true);
      expect(segment.end - segment.start).toBeGreaterThan(500);
    }
    expect(paragraph.at(-1)?.continues).toBe(false);
  });
});
