// Re-anchoring annotations on a new version of a story: scored on the versions' gold set (spans in code points), and
// checked on the cases that break looser matchers: a name mentioned twice, a deleted mention, emoji, a changed quote.
import { describe, expect, it } from 'vitest';
import { describeTextRange } from '../../src/shared/annotation';
import type { AnchoredSpan } from '../../src/shared/text/reanchor';
import { reanchorSpans } from '../../src/shared/text/reanchor';
import { anchoredSpan, loadVersionGold, scorePlacements } from '../support/version-gold';

function spanOf(text: string, words: string, occurrence = 0): AnchoredSpan {
  let start = -1;
  for (let index = 0; index <= occurrence; index++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length, ...describeTextRange(text, start, start + words.length) };
}

describe('re-anchoring on the versions’ gold set', () => {
  const cases = loadVersionGold();

  it('has at least three stories of at least 50 spans, edited in every way the issue names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
    for (const gold of cases) expect(gold.before.spans.size, gold.name).toBeGreaterThanOrEqual(50);
  });

  it('places every span whose text survives exactly, misplaces none, and flags the changed ones', () => {
    const totals = { survived: 0, placedExactly: 0, changed: 0, changedFlagged: 0, misplaced: 0, gone: 0, orphaned: 0 };
    const misses: string[] = [];
    for (const gold of cases) {
      const spans = [...gold.before.spans.values()].map((span) => anchoredSpan(gold.before, span));
      const score = scorePlacements(gold, reanchorSpans(gold.before.text, gold.after.text, spans));
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += score[key];
      misses.push(...score.misses);
    }
    expect(totals.misplaced, misses.join('\n')).toBe(0);
    expect(totals.placedExactly / totals.survived, misses.join('\n')).toBeGreaterThanOrEqual(0.99);
    expect(totals.orphaned).toBe(totals.gone);
    expect(totals.changedFlagged, misses.join('\n')).toBe(totals.changed);
  });
});

describe('re-anchoring', () => {
  it('keeps every span of an unchanged text where it was', () => {
    const text = 'Джерри Творек ушёл. Творек 🙂 вернётся.';
    const spans = [spanOf(text, 'Творек'), spanOf(text, 'Творек', 1), spanOf(text, '🙂')];
    expect(reanchorSpans(text, text, spans)).toEqual(spans.map(({ start, end }) => ({ kind: 'kept', start, end })));
  });

  it('never moves a deleted mention onto another mention of the same name', () => {
    const before = 'Первый абзац о Творек и его планах.\n\nВторой абзац: Творек сказал, что уходит.';
    const after = 'Второй абзац: Творек сказал, что уходит.';
    const [placement] = reanchorSpans(before, after, [spanOf(before, 'Творек')]);
    expect(placement).toEqual({ kind: 'orphan' });
  });

  it('finds a moved paragraph by its words and context, past emoji, in UTF-16 offsets', () => {
    const first = 'Компания 🚀 «Лингва» выросла вдвое за год.';
    const second = 'Основатель 🙂 Дмитрий Ветров остаётся директором.';
    const before = `${first}\n\n${second}`;
    const after = `${second}\n\n${first}`;
    const [placement] = reanchorSpans(before, after, [spanOf(before, '«Лингва»')]);
    expect(placement).toEqual({ kind: 'kept', start: after.indexOf('«Лингва»'), end: after.indexOf('«Лингва»') + 8 });
  });

  it('flags a reworded quote where it stands, and orphans one rewritten beyond recognition', () => {
    const before = 'Он сказал: «Мы работали без выходных, и результат это показывает». Потом ушёл.';
    const reworded = 'Он сказал: «Мы работали без выходных, и результат это доказывает». Потом ушёл.';
    const rewritten = 'Он сказал: «Всё получилось». Потом ушёл.';
    const quote = spanOf(before, '«Мы работали без выходных, и результат это показывает»');
    const [flagged] = reanchorSpans(before, reworded, [quote]);
    expect(flagged).toEqual({ kind: 'changed', start: 11, end: reworded.indexOf('». ') + 1 });
    expect(reanchorSpans(before, rewritten, [quote])).toEqual([{ kind: 'orphan' }]);
  });
});
