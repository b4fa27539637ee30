import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleIdForText } from '../../src/shared/article/article-id';
import { buildArticle } from '../../src/shared/article/article-builder';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';

const fixture = (name: string) => new TextDecoder().decode(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const source = { fileName: 'a.txt', format: 'text' as const, encoding: 'utf-8', byteLength: 0 };

function blocksOf(decoded: string, fallbackTitle = 'file') {
  const article = buildArticle(parsePlainText(decoded, fallbackTitle), source);
  return article.blocks.map((block) => ({ type: block.type, text: article.text.slice(block.start, block.end) }));
}

describe('parsePlainText', () => {
  it('reads the wire header line as title and date, with or without a leading space', () => {
    for (const header of [' date 2026-01-09 Заголовок статьи', 'date 2026-01-09 Заголовок статьи']) {
      const parsed = parsePlainText(`${header}\n\nПервый абзац.`, 'file');
      expect(parsed.title).toBe('Заголовок статьи');
      expect(parsed.date).toBe('2026-01-09');
      expect(parsed.blocks[0]).toEqual({ type: 'title', text: 'Заголовок статьи' });
    }
  });

  it('rejects an impossible date but keeps the headline', () => {
    const parsed = parsePlainText(' date 2026-02-31 Заголовок\n\nТекст.', 'file');
    expect(parsed.date).toBeNull();
    expect(parsed.title).toBe('Заголовок');
  });

  it('splits paragraphs on one or more blank lines and joins blocks with one blank line', () => {
    const article = buildArticle(parsePlainText(' date 2026-01-09 Т\n\nОдин.\n\n\n\nДва.\n \t\nТри.', 'file'), source);
    expect(article.text).toBe('Т\n\nОдин.\n\nДва.\n\nТри.');
    expect(article.blocks.map((block) => block.type)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('finds headings, captions and quotes in the fixture article', () => {
    const blocks = blocksOf(fixture('tworek-ru.txt'));
    expect(blocks[0]).toEqual({ type: 'title', text: 'Исследователь Джерри Творек покидает лабораторию в Сан-Франциско' });
    expect(blocks).toContainEqual({ type: 'heading', text: 'Что известно об уходе' });
    expect(blocks).toContainEqual({ type: 'heading', text: 'Что дальше' });
    expect(blocks).toContainEqual({ type: 'caption', text: 'Linkedin Джерри Творек на конференции в Москве, 2024 год' });
    expect(blocks.filter((block) => block.type === 'paragraph')).toHaveLength(5);
    expect(blocks.at(-1)?.text.endsWith('в Лондоне 🇬🇧.')).toBe(true);
  });

  it('gives the same canonical text and id for UTF-8 with BOM and CRLF as for plain LF', () => {
    const plain = buildArticle(parsePlainText(fixture('tworek-ru.txt'), 'tworek-ru'), source);
    const windows = buildArticle(parsePlainText(fixture('tworek-ru-bom-crlf.txt'), 'tworek-ru-bom-crlf'), source);
    expect(windows.text).toBe(plain.text);
    expect(windows.id).toBe(plain.id);
    expect(plain.text).not.toMatch(/\r|\uFEFF/);
  });

  it('normalises to NFC, so decomposed and composed Cyrillic give one article', () => {
    const composed = buildArticle(parsePlainText('Заголовок\n\nЙошкар-Ола и ёж.', 'f'), source);
    const decomposed = buildArticle(parsePlainText('Заголовок\n\nЙошкар-Ола и ёж.'.normalize('NFD'), 'f'), source);
    expect(decomposed.text).toBe(composed.text);
    expect(decomposed.id).toBe(composed.id);
  });

  it('takes a short first line as the title, and the file name when the text starts with prose', () => {
    expect(parsePlainText('Короткий заголовок\n\nТекст статьи.', 'file').title).toBe('Короткий заголовок');
    const prose = parsePlainText('Это первый абзац статьи, который заканчивается точкой.\n\nВторой.', 'file-name');
    expect(prose.title).toBe('file-name');
    expect(prose.blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('treats single line breaks between sentences as paragraphs, but keeps hard-wrapped lines together', () => {
    expect(blocksOf('Т\n\nПервый абзац.\nВторой абзац.').map((block) => block.text)).toEqual([
      'Т',
      'Первый абзац.',
      'Второй абзац.',
    ]);
    const wrapped = 'Т\n\nЭто длинное предложение, которое редактор перенёс на\nследующую строку, как в старых текстах.';
    expect(blocksOf(wrapped).map((block) => block.text)).toEqual([
      'Т',
      'Это длинное предложение, которое редактор перенёс на\nследующую строку, как в старых текстах.',
    ]);
  });

  it('does not take a short last line for a heading', () => {
    expect(blocksOf('Т\n\nТекст.\n\nИван Петров').at(-1)?.type).toBe('paragraph');
  });
});

describe('articleIdForText', () => {
  it('is sha256 of the UTF-8 text', () => {
    // Digest of "abc" from FIPS 180-2.
    expect(articleIdForText('abc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(articleIdForText('Текст')).not.toBe(articleIdForText('Текст.'));
  });
});
