import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/shared/article/article-builder';
import { MAX_HTML_NESTING, parseHtml } from '../../src/shared/article/parse-html';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import { ARTICLE_DATE, ARTICLE_TEXT, ARTICLE_TITLE } from '../support/article-forms';

const html = readFileSync(new URL('../fixtures/forms/article.html', import.meta.url), 'utf8');
const source = { fileName: 'article.html', format: 'html' as const, encoding: 'utf-8', byteLength: 0 };

function read(document: string) {
  const reading = parseHtml(document, 'fallback');
  if (!reading.ok) throw new Error(reading.problem);
  return reading.parsed;
}

describe('parseHtml', () => {
  it('reads the article of a page as the plain-text form reads it: same title, date and text', () => {
    const parsed = read(html);
    const fromText = parsePlainText(ARTICLE_TEXT, 'article');
    expect(parsed.title).toBe(ARTICLE_TITLE);
    expect(parsed.date).toBe(ARTICLE_DATE);
    expect(parsed.blocks.map((block) => block.text)).toEqual(fromText.blocks.map((block) => block.text));
    expect(buildArticle(parsed, source).id).toBe(buildArticle(fromText, source).id);
  });

  it('leaves out navigation, footers, forms, frames, scripts, styles and related stories', () => {
    const text = buildArticle(read(html), source).text;
    for (const furniture of [
      'Политика',
      'Читайте также',
      'Другая новость',
      'Подпишитесь',
      '©',
      'htmlRan',
      'beacon',
      'background',
      'OK',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it('types headings, block quotes and figure captions', () => {
    const parsed = read(
      '<main><h1>Заголовок</h1><h2>Раздел</h2><blockquote><p>«Цитата»</p></blockquote><figure><figcaption>Подпись</figcaption></figure><ul><li>Пункт</li></ul></main>',
    );
    expect(parsed.blocks).toEqual([
      { type: 'title', text: 'Заголовок' },
      { type: 'heading', text: 'Раздел' },
      { type: 'quote', text: '«Цитата»' },
      { type: 'caption', text: 'Подпись' },
      { type: 'paragraph', text: 'Пункт' },
    ]);
  });

  it('collapses white space as a browser does, keeps <br> as a line break and decodes entities', () => {
    const parsed = read('<body><p>Первая   строка\n   продолжение<br>вторая &laquo;строка&raquo;&nbsp;и&#160;всё</p></body>');
    expect(parsed.blocks).toEqual([{ type: 'paragraph', text: 'Первая строка продолжение\nвторая «строка» и всё' }]);
  });

  it('takes the title from <title> and the date from a <meta> when the body has neither', () => {
    const parsed = read(
      '<html><head><title>Заголовок страницы</title><meta name="date" content="2026-04-05"></head><body><p>Текст.</p></body></html>',
    );
    expect(parsed.title).toBe('Заголовок страницы');
    expect(parsed.date).toBe('2026-04-05');
  });

  it('refuses a page nested deeper than any article, without running out of stack', () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}Текст${'</div>'.repeat(100_000)}</body></html>`;
    expect(parseHtml(deep, 'f')).toEqual({
      ok: false,
      problem: `the page is nested more than ${MAX_HTML_NESTING} levels deep, which no article is`,
    });
    expect(read(`<body>${'<div>'.repeat(100)}Текст${'</div>'.repeat(100)}</body>`).blocks).toEqual([
      { type: 'paragraph', text: 'Текст' },
    ]);
  });
});
