import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Annotation, Entity } from '../../src/shared/annotation';
import { DEFAULT_TAGS } from '../../src/shared/annotation';
import { buildArticle } from '../../src/shared/article/article-builder';
import { toWebAnnotationCollection } from '../../src/shared/formats/export-adapters';
import { parseImportFile } from '../../src/shared/formats/import-file';
import { toNativeAnnotationSet } from '../../src/shared/formats/native-format';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import type { ForeignAnnotation } from '../../src/shared/formats/web-annotation-import';
import { placeWebAnnotations, readWebAnnotations } from '../../src/shared/formats/web-annotation-import';
import { NewsroomDB } from '../../src/renderer/src/db/database';
import { applyImport, previewImport } from '../../src/renderer/src/db/import';
import { annotationOn } from '../support/annotations';
import { withFreshDatabase } from '../support/fresh-database';

const article = buildArticle(
  parsePlainText(
    'Заголовок 🙂\r\n\r\n🙂 Анна Ким сказала: «Работа 🇬🇧 не остановится». Анна Ким ушла. «Компания основана в 2015 году».',
    'f',
  ),
  { fileName: 'f.txt', format: 'text', encoding: 'utf-8', byteLength: 100 },
);
const kim: Entity = { id: 'kim', tag: 'person', name: 'Анна Ким', aliases: [] };
const annotations: Annotation[] = [
  annotationOn(article, 'Анна Ким', 'person', { entityId: 'kim', occurrence: 1 }),
  annotationOn(article, '«Работа 🇬🇧 не остановится»', 'quote', { speakerId: 'kim', note: 'проверить запись' }),
  annotationOn(article, '«Компания основана в 2015 году»', 'claim', { claim: { status: 'false', note: '', sources: [] } }),
];
const now = new Date('2026-03-01T00:00:00Z');
const collection = toWebAnnotationCollection(
  toNativeAnnotationSet({ tags: DEFAULT_TAGS, entities: [kim], articles: [{ article, annotations }] }, now),
  'test',
);
const read = (data: unknown): ForeignAnnotation[] => {
  const parsed = readWebAnnotations(data);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

let db: NewsroomDB;
withFreshDatabase((fresh) => {
  db = fresh;
});

describe('W3C Web Annotation import', () => {
  it('places this app’s own export back on the same spans, with tags, entities, speakers, notes and verdicts', () => {
    const set = placeWebAnnotations(read(collection), [article], DEFAULT_TAGS, now);
    expect(set.notPlaced).toEqual([]);
    expect(set.tags).toEqual([]);
    expect(set.annotations).toEqual(annotations);
    expect(set.entities).toEqual([kim]);
  });

  it('counts a re-import of its own export as unchanged', async () => {
    await db.articles.add({ ...article, addedAt: now.toISOString(), openedAt: now.toISOString() });
    await db.entities.add(kim);
    await db.annotations.bulkAdd(annotations);
    const set = placeWebAnnotations(read(collection), [article], DEFAULT_TAGS, now);
    expect((await previewImport(db, set)).counts).toEqual({ added: 0, updated: 0, unchanged: 3, skipped: 0 });
  });

  it('places a Hypothesis annotation on another address by its quote, when its position is stale', async () => {
    const hypothesis = {
      id: 'https://hypothes.is/a/Xyz123',
      type: 'Annotation',
      created: '2026-02-03T10:00:00.000000+00:00',
      body: [
        { type: 'TextualBody', value: 'Кто это?', purpose: 'commenting' },
        { type: 'TextualBody', value: 'person', purpose: 'tagging' },
      ],
      target: [
        {
          source: 'https://example.com/news/1',
          selector: [
            { type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[1]', endOffset: 8 },
            { type: 'TextPositionSelector', start: 3, end: 11 },
            { type: 'TextQuoteSelector', exact: 'Анна Ким', prefix: 'сится». ', suffix: ' ушла.' },
          ],
        },
      ],
    };
    const other = buildArticle(parsePlainText('Другая статья без этих слов.', 'g'), {
      fileName: 'g.txt',
      format: 'text',
      encoding: 'utf-8',
      byteLength: 1,
    });
    const set = placeWebAnnotations(read(hypothesis), [other, article], DEFAULT_TAGS, now);
    const second = article.text.lastIndexOf('Анна Ким');
    expect(set.annotations).toEqual([
      expect.objectContaining({
        id: 'https://hypothes.is/a/Xyz123',
        articleId: article.id,
        tag: 'person',
        start: second,
        end: second + 'Анна Ким'.length,
        note: 'Кто это?',
        createdAt: '2026-02-03T10:00:00.000Z',
      }),
    ]);
    await db.articles.add({ ...article, addedAt: now.toISOString(), openedAt: now.toISOString() });
    await applyImport(db, set, now);
    expect(await db.annotations.get('https://hypothes.is/a/Xyz123')).toMatchObject({ quote: 'Анна Ким' });
  });

  it('leaves out, and describes, annotations whose article is not in the library or whose quote is gone', () => {
    const foreign = {
      type: 'AnnotationPage',
      items: [
        { target: { source: 'https://example.com/2', selector: { type: 'TextQuoteSelector', exact: 'нигде нет' } } },
        {
          target: {
            source: `urn:newsroom-annotator:article:${article.id}`,
            selector: { type: 'TextQuoteSelector', exact: 'Пётр Петров' },
          },
        },
      ],
    };
    const set = placeWebAnnotations(read(foreign), [article], DEFAULT_TAGS, now);
    expect(set.annotations).toEqual([]);
    expect(set.notPlaced).toEqual([
      '1 annotation of https://example.com/2: no article in the library has its quote; open the article first',
      '“Пётр Петров” is not in “Заголовок 🙂”',
    ]);
  });

  it('refuses a malformed collection with the JSON path of the problem, and a collection kept on other pages', () => {
    const broken = { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [{ target: 42 }] } };
    const parsed = readWebAnnotations(broken);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain('$.first.items[0].target');
    const paged = readWebAnnotations({ type: 'AnnotationCollection', first: 'https://example.com/page1' });
    expect(!paged.ok && paged.error).toContain('other pages');
  });

  it('tells the formats apart by their content', () => {
    const kinds = [
      parseImportFile('a.json', JSON.stringify(collection), DEFAULT_TAGS, now),
      parseImportFile('a.json', '{"text": "Анна", "label": [[0, 4, "PER"]]}\n{"text": "Ким", "label": []}', DEFAULT_TAGS, now),
      parseImportFile('a.jsonl', '{"text": "Анна", "label": [[0, 4, "PER"]]}', DEFAULT_TAGS, now),
      parseImportFile('a.json', '{"rows": []}', DEFAULT_TAGS, now),
    ].map((parsed) => (parsed.ok ? parsed.value.kind : parsed.error));
    expect(kinds).toEqual(['web-annotations', 'set', 'set', expect.stringContaining('not an annotation set this app reads')]);
  });
});
