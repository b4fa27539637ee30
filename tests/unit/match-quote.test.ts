import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../src/shared/text/match-quote';
import { createOffsetMap } from '../../src/shared/text/offset-mapping';

const text = 'Иванов сказал. Потом Иванов ушёл, а Петров остался. Иванов вернулся 🙂 вечером.';

describe('matchQuote', () => {
  it('takes the stated position when the quote is there', () => {
    const at = text.lastIndexOf('Иванов');
    expect(matchQuote(text, { exact: 'Иванов', prefix: '', suffix: '' }, at)).toEqual({ start: at, end: at + 6, exact: true });
  });

  it('picks the occurrence whose context matches when the position is stale', () => {
    const second = text.indexOf('Иванов ушёл');
    expect(matchQuote(text, { exact: 'Иванов', prefix: 'Потом ', suffix: ' ушёл' }, 3)).toMatchObject({ start: second });
  });

  it('picks the occurrence nearest the stated position among equals', () => {
    const last = text.lastIndexOf('Иванов');
    expect(matchQuote(text, { exact: 'Иванов', prefix: '', suffix: '' }, last - 2)).toMatchObject({ start: last });
  });

  it('finds a long quote that was edited a little, and says the match is approximate', () => {
    const found = matchQuote(text, { exact: 'Петров осталса. Иванов', prefix: '', suffix: '' });
    expect(found).toMatchObject({ exact: false });
    expect(found && text.slice(found.start, found.end)).toContain('Петров остал');
  });

  it('does not take a short quote that is not in the text for one that is', () => {
    expect(matchQuote(text, { exact: 'Иванав', prefix: '', suffix: '' })).toBeNull();
    expect(matchQuote(text, { exact: 'совсем другая фраза, которой нет', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('createOffsetMap', () => {
  it('carries spans across CRLF, a BOM and changed whitespace', () => {
    const source = '\uFEFFЗаголовок\r\n\r\n  Анна Ким 🙂 пришла.\r\nИ ушла.';
    const target = 'Заголовок\n\nАнна Ким 🙂 пришла.\n\nИ ушла.';
    const map = createOffsetMap(source, target);
    for (const word of ['Заголовок', 'Анна Ким', '🙂', 'И ушла']) {
      const start = source.indexOf(word);
      expect(target.slice(map(start, 'start'), map(start + word.length, 'end'))).toBe(word);
    }
  });

  it('keeps text the target inserted at a span edge outside the span', () => {
    const map = createOffsetMap('ab', 'aXb');
    expect([map(0, 'start'), map(1, 'end')]).toEqual([0, 1]);
    expect([map(1, 'start'), map(2, 'end')]).toEqual([2, 3]);
  });

  it('maps every word of a text whose line endings and spacing changed to the same word', () => {
    const word = fc.stringMatching(/^[a-zа-я🙂]{1,6}$/u);
    const space = fc.constantFrom(' ', '  ', '\r\n', '\n', '\r\n\r\n', '\t');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 30 }), (pieces) => {
        const source = pieces.map(([w, s]) => w + s).join('');
        const target = pieces.map(([w]) => w).join(' ');
        const map = createOffsetMap(source, target);
        let at = 0;
        for (const [w, s] of pieces) {
          expect(target.slice(map(at, 'start'), map(at + w.length, 'end'))).toBe(w);
          at += w.length + s.length;
        }
      }),
    );
  });
});
