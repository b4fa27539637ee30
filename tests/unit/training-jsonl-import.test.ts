import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TAGS } from '../../src/shared/annotation';
import { buildArticle } from '../../src/shared/article/article-builder';
import { toTrainingJsonl } from '../../src/shared/formats/export-adapters';
import { toNativeAnnotationSet } from '../../src/shared/formats/native-format';
import type { ImportedSet } from '../../src/shared/formats/native-import';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import { parseTrainingJsonl } from '../../src/shared/formats/training-jsonl-import';
import { NewsroomDB } from '../../src/renderer/src/db/database';
import { applyImport, previewImport } from '../../src/renderer/src/db/import';
import { annotationOn } from '../support/annotations';
import { withFreshDatabase } from '../support/fresh-database';

const now = new Date('2026-03-01T12:00:00Z');
const read = (content: string): ImportedSet => {
  const parsed = parseTrainingJsonl(content, 'train.jsonl', DEFAULT_TAGS, now);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const spans = (set: ImportedSet) =>
  set.annotations.map((annotation) => [
    annotation.quote,
    [...DEFAULT_TAGS, ...set.tags].find((tag) => tag.id === annotation.tag)?.label,
  ]);
/** Code point offsets of `fragment` in `text`, as doccano and Python count them. */
const codePoints = (text: string, fragment: string): [number, number] => {
  const start = [...text.slice(0, text.indexOf(fragment))].length;
  return [start, start + [...fragment].length];
};

let db: NewsroomDB;
withFreshDatabase((fresh) => {
  db = fresh;
});

describe('parseTrainingJsonl', () => {
  it('reads doccano lines of both generations, code point offsets after emoji, onto canonical text', () => {
    const text = 'Москва 🇷🇺\r\n\r\nАнна 👩‍💻 Ким  встретилась с «Газпромом».';
    const old = {
      text,
      label: [
        [...codePoints(text, 'Анна 👩‍💻 Ким'), 'PER'],
        [...codePoints(text, 'Москва'), 'LOC'],
      ],
    };
    const [orgStart, orgEnd] = codePoints(text, 'Газпромом');
    const newer = {
      id: 7,
      text: 'Второй текст про Газпром.',
      entities: [{ id: 1, label: 'ORG', start_offset: 17, end_offset: 24 }],
      relations: [],
    };
    const set = read(
      `${JSON.stringify(old)}\n\n${JSON.stringify({ text, label: [[orgStart, orgEnd, 'ORG']] })}\n${JSON.stringify(newer)}\n`,
    );
    expect(set.articles).toHaveLength(2);
    const [first] = set.articles;
    expect(first?.text).toBe('Москва 🇷🇺\n\nАнна 👩‍💻 Ким  встретилась с «Газпромом».');
    expect(spans(set)).toEqual([
      ['Анна 👩‍💻 Ким', 'Person'],
      ['Москва', 'Place'],
      ['Газпромом', 'Organization'],
      ['Газпром', 'Organization'],
    ]);
    for (const annotation of set.annotations) {
      const article = set.articles.find((candidate) => candidate.id === annotation.articleId);
      expect(article?.text.slice(annotation.start, annotation.end)).toBe(annotation.quote);
    }
    expect(set.matchBy).toBe('span');
    expect(set.notPlaced).toEqual([]);
  });

  it('makes a tag for a label the library has none for, once', () => {
    const line = (label: string) => JSON.stringify({ text: 'Ставка ЦБ 16%', label: [[10, 13, label]] });
    const set = read(`${line('MONEY')}\n${line('MONEY')}`);
    expect(set.tags.map((tag) => tag.label)).toEqual(['MONEY']);
    expect(set.annotations).toHaveLength(1);
  });

  it('names the line and the problem of an invalid file, and reads nothing from it', () => {
    const good = JSON.stringify({ text: 'Текст', label: [[0, 5, 'PER']] });
    const parsed = parseTrainingJsonl(
      [good, '{"text": "abc", "label": [[0, 9, "PER"]]}', 'not json', '{"label": []}'].join('\n'),
      'train.jsonl',
      DEFAULT_TAGS,
      now,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toContain('line 2: the span [0, 9) is outside the text of 3 characters');
    expect(parsed.error).toContain('line 3: this line is not JSON');
    expect(parsed.error).toContain('line 4: $.text:');
  });

  it('lands an exported article back on the same article with the same spans', () => {
    const article = buildArticle(
      parsePlainText('Заголовок\n\nДлинная строка текста, которая была перенесена вручную и\nпродолжается здесь. Анна Ким.', 'f'),
      { fileName: 'f.txt', format: 'text', encoding: 'utf-8', byteLength: 1 },
    );
    const annotations = [annotationOn(article, 'Анна Ким', 'person'), annotationOn(article, 'Заголовок', 'organization')];
    const exported = toTrainingJsonl(
      toNativeAnnotationSet({ tags: DEFAULT_TAGS, entities: [], articles: [{ article, annotations }] }, now),
    );
    const set = read(exported);
    expect(set.articles.map((imported) => imported.id)).toEqual([article.id]);
    expect(set.annotations.map(({ start, end, tag }) => ({ start, end, tag }))).toEqual(
      annotations.map(({ start, end, tag }) => ({ start, end, tag })),
    );
  });

  it('imports the same training file twice without doubling anything', async () => {
    const content = JSON.stringify({
      text: 'Анна Ким приехала в Казань.',
      label: [
        [0, 8, 'PERSON'],
        [20, 26, 'GPE'],
      ],
    });
    const first = read(content);
    expect((await previewImport(db, first)).counts).toMatchObject({ added: 2, unchanged: 0 });
    await applyImport(db, first, now);
    const again = read(content);
    expect(await previewImport(db, again)).toEqual({
      counts: { added: 0, updated: 0, unchanged: 2, skipped: 0 },
      newArticles: 0,
      newTags: [],
      newIds: [],
    });
    await applyImport(db, again, now);
    expect(await db.annotations.count()).toBe(2);
    expect(await db.articles.count()).toBe(1);
  });
});
