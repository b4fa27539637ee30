// What every article and annotation the app accepts must satisfy, checked here independently of the app's own checks
// (src/shared/article-checks.ts), so that a property test of a reader does not take the reader's word for it.
import { expect } from 'vitest';

interface ArticleLike {
  id: string;
  text: string;
  blocks: readonly { start: number; end: number }[];
}

interface SpanLike {
  start: number;
  end: number;
  quote: string;
  prefix?: string;
  suffix?: string;
}

/**
 * Well-formed Unicode: UTF-8 round-trips it unchanged (a lone surrogate comes back as U+FFFD). The decoder keeps a
 * leading U+FEFF, which a context string may start with.
 */
export function isWellFormedText(text: string): boolean {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(text)) === text;
}

/** Code points before a UTF-16 index, as Python counts; null when the index splits a character. */
function codePointsBefore(text: string, index: number): number | null {
  const head = text.slice(0, index);
  return isWellFormedText(head) ? [...head].length : null;
}

export function expectArticleInvariants(article: ArticleLike): void {
  const { text, blocks } = article;
  expect(isWellFormedText(text), 'text is well-formed Unicode').toBe(true);
  expect(text.includes('\r'), 'text has no CR').toBe(false);
  expect(text.startsWith('\uFEFF'), 'text has no BOM').toBe(false);
  expect(text.normalize('NFC') === text, 'text is NFC').toBe(true);
  let covered = 0;
  for (const block of blocks) {
    expect(Number.isInteger(block.start) && Number.isInteger(block.end)).toBe(true);
    expect(block.start, 'blocks in order, none overlapping').toBeGreaterThanOrEqual(covered);
    expect(block.end, 'a block holds text').toBeGreaterThan(block.start);
    expect(block.end, 'a block ends inside the text').toBeLessThanOrEqual(text.length);
    expect(codePointsBefore(text, block.start), 'a block starts between characters').not.toBeNull();
    expect(codePointsBefore(text, block.end), 'a block ends between characters').not.toBeNull();
    expect(text.slice(covered, block.start).trim(), 'only white space between blocks').toBe('');
    covered = block.end;
  }
  expect(text.slice(covered).trim(), 'only white space after the last block').toBe('');
}

/** The span is whole characters of `text`, and Python's text[start:end] in code points reads its quote. */
export function expectSpanInvariants(span: SpanLike, text: string): void {
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeGreaterThan(span.start);
  expect(span.end).toBeLessThanOrEqual(text.length);
  const start = codePointsBefore(text, span.start);
  const end = codePointsBefore(text, span.end);
  expect(start, 'the span starts between characters').not.toBeNull();
  expect(end, 'the span ends between characters').not.toBeNull();
  expect([...text].slice(start ?? 0, end ?? 0).join(''), 'text[start:end] in code points is the quote').toBe(span.quote);
  for (const part of [span.quote, span.prefix ?? '', span.suffix ?? '']) expect(isWellFormedText(part)).toBe(true);
}
