import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/shared/article/article';
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
    // An empty block is no block: the readers never make one, and imports refuse it.
    return { text, blocks: blocks.filter((block) => block.end > block.start) };
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

  it('ends on blocks no reader makes: past the text, inverted, empty, overlapping', () => {
    // A native set once stored a one-character text with a block to 1002: the loop never ended and froze the window.
    const broken: Block[] = [
      { type: 'paragraph', start: 0, end: 1002 },
      { type: 'paragraph', start: 5, end: 2 },
      { type: 'paragraph', start: 0, end: 0 },
      { type: 'paragraph', start: -4, end: 1 },
    ];
    expect(displaySegments('a', broken, 8)).toEqual([
      { type: 'paragraph', start: 0, end: 1, continues: false },
      { type: 'paragraph', start: 0, end: 1, continues: false },
    ]);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 2000 }) })),
        (text, spans) => {
          const segments = displaySegments(
            text,
            spans.map((span) => ({ type: 'paragraph', ...span })),
            8,
          );
          for (const segment of segments) {
            expect(segment.start).toBeGreaterThanOrEqual(0);
            expect(segment.end).toBeLessThanOrEqual(text.length);
            expect(segment.end).toBeGreaterThan(segment.start);
          }
        },
      ),
      { seed: 15, numRuns: 500 },
    );
  });
});
