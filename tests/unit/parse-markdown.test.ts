import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/shared/article/article-builder';
import { parseDate } from '../../src/shared/article/article-metadata';
import { parseMarkdown } from '../../src/shared/article/parse-markdown';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import { ARTICLE_DATE, ARTICLE_TEXT, ARTICLE_TITLE } from '../support/article-forms';

const source = { fileName: 'article', format: 'markdown' as const, encoding: 'utf-8', byteLength: 0 };
const markdown = readFileSync(new URL('../fixtures/forms/article.md', import.meta.url), 'utf8');

describe('parseMarkdown', () => {
  it('gives the same title, date and text as the plain-text form of the article', () => {
    const fromMarkdown = parseMarkdown(markdown, 'article');
    const fromText = parsePlainText(ARTICLE_TEXT, 'article');
    expect(fromMarkdown.title).toBe(ARTICLE_TITLE);
    expect(fromMarkdown.date).toBe(ARTICLE_DATE);
    expect(fromMarkdown.blocks.map((block) => block.text)).toEqual(fromText.blocks.map((block) => block.text));
    expect(buildArticle(fromMarkdown, source).id).toBe(buildArticle(fromText, source).id);
  });

  it('drops inline markup, images and raw HTML, and never shows * or []()', () => {
    const text = buildArticle(parseMarkdown(markdown, 'article'), source).text;
    expect(text).toContain(
      'Депутаты городского совета Новосибирска (Novosibirsk City Council) в пятницу утвердили программу ремонта 46 школ.',
    );
    expect(text).not.toMatch(/[*[\]]|\]\(|<script|markdownRan|school\.jpg/);
  });

  it('types headings, quotes, list items and captions', () => {
    const parsed = parseMarkdown('# Заголовок\n\n## Раздел\n\n> «Цитата»\n\n- пункт один\n- пункт два\n\nФото: Reuters', 'f');
    expect(parsed.blocks).toEqual([
      { type: 'title', text: 'Заголовок' },
      { type: 'heading', text: 'Раздел' },
      { type: 'quote', text: '«Цитата»' },
      { type: 'paragraph', text: 'пункт один' },
      { type: 'paragraph', text: 'пункт два' },
      { type: 'caption', text: 'Фото: Reuters' },
    ]);
  });

  it('keeps hard line breaks and joins soft ones with a space', () => {
    const parsed = parseMarkdown('Первая строка\nпродолжение  \nновая строка', 'f');
    expect(parsed.blocks).toEqual([{ type: 'paragraph', text: 'Первая строка продолжение\nновая строка' }]);
    expect(parsed.title).toBe('f');
  });

  it('ignores front matter it cannot read, and takes the first heading as the title', () => {
    const parsed = parseMarkdown('---\ntitle: [unclosed\n---\n\n# Настоящий заголовок\n\nТекст.', 'f');
    expect(parsed.title).toBe('Настоящий заголовок');
    expect(parsed.date).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-01-09', '2026-01-09'],
    ['2026-03-02T09:30:00+07:00', '2026-03-02'],
    ['09.01.2026', '2026-01-09'],
    ['2 марта 2026', '2026-03-02'],
    ['9 января 2026 г.', '2026-01-09'],
    ['31 мая 2026 года', '2026-05-31'],
    ['2026-02-30', null],
    ['30 февраля 2026', null],
    ['2 марта', null],
    ['Москва, 2 марта 2026', null],
  ])('reads %s as %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});

describe('titles of structured documents', () => {
  it('prefer the front matter title to a leading section heading', () => {
    const parsed = parseMarkdown('---\ntitle: Заголовок статьи\n---\n\n## Раздел 1\n\nТекст.', 'f');
    expect(parsed.title).toBe('Заголовок статьи');
    expect(parsed.blocks.map((block) => block.type)).toEqual(['title', 'heading', 'paragraph']);
  });

  it('fall back to a leading heading when there is no title at all', () => {
    const parsed = parseMarkdown('## Раздел 1\n\nТекст.', 'f');
    expect(parsed.title).toBe('Раздел 1');
  });
});
