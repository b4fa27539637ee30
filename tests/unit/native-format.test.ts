import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/shared/annotation';
import { DEFAULT_TAGS, describeTextRange } from '../../src/shared/annotation';
import { buildArticle } from '../../src/shared/article/article-builder';
import type { NativeAnnotationSet } from '../../src/shared/formats/native-format';
import { serializeNativeAnnotationSet } from '../../src/shared/formats/native-format';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import { annotationSetSchemaErrors, mismatchedQuotes } from '../support/annotation-set-schema';
import { annotationOn } from '../support/annotations';

const article = buildArticle(
  parsePlainText(' date 2026-01-09 Анна 👩‍💻 в Лондоне\n\nСотрудница 🙂 Анна Ким сказала: «Работа 🇬🇧 не остановится».', 'f'),
  { fileName: 'f.txt', format: 'text', encoding: 'utf-8', byteLength: 100 },
);

const annotate = (fragment: string, tag: string, occurrence = 0) => annotationOn(article, fragment, tag, { occurrence });

const annotations = [
  annotate('Анна', 'person', 1),
  annotate('Анна Ким', 'person'),
  annotate('Лондоне', 'place'),
  annotate('«Работа 🇬🇧 не остановится»', 'quote'),
  {
    ...annotate('Анна Ким сказала: «Работа 🇬🇧 не остановится»', 'claim'),
    claim: { status: 'unverified' as const, note: 'проверить', sources: [] },
  },
];

const parseExport = (json: string) => JSON.parse(json) as NativeAnnotationSet;

function first<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('expected at least one item');
  return item;
}

describe('native export', () => {
  const exported = parseExport(
    serializeNativeAnnotationSet(
      { tags: DEFAULT_TAGS, entities: [], articles: [{ article, annotations }] },
      new Date('2026-01-10T08:00:00Z'),
    ),
  );

  it('validates against the JSON Schema shipped in resources/', () => {
    expect(annotationSetSchemaErrors(exported)).toEqual([]);
  });

  it('states code points as its unit, and every span sliced by code points equals its quote', () => {
    expect(exported.offsetUnit).toBe('codepoint');
    expect(first(exported.articles).annotations).toHaveLength(5);
    expect(mismatchedQuotes(exported)).toEqual([]);
    // The emoji before the spans make UTF-16 and code point offsets differ; the export must use the latter.
    const place = first(first(exported.articles).annotations.filter((annotation) => annotation.tag === 'place'));
    expect(place.start).toBe([...article.text.slice(0, article.text.indexOf('Лондоне'))].length);
    expect(place.start).not.toBe(article.text.indexOf('Лондоне'));
  });

  it('converts block offsets to code points too', () => {
    const codePoints = [...first(exported.articles).text];
    const title = first(first(exported.articles).blocks);
    expect(codePoints.slice(title.start, title.end).join('')).toBe('Анна 👩‍💻 в Лондоне');
  });

  it('keeps only the contract fields, so internal fields never leak into a file', () => {
    const withInternal = { ...annotations[0], articleId: article.id, internal: 'x' } as Annotation;
    const json = parseExport(
      serializeNativeAnnotationSet(
        {
          tags: [],
          entities: [],
          articles: [{ article: { ...article, addedAt: 'x' } as typeof article, annotations: [withInternal] }],
        },
        new Date(),
      ),
    );
    expect(annotationSetSchemaErrors(json)).toEqual([]);
    expect(first(first(json.articles).annotations)).not.toHaveProperty('articleId');
  });

  it('rejects a file that breaks the contract', () => {
    const broken = structuredClone(exported) as Omit<NativeAnnotationSet, 'offsetUnit'> & { offsetUnit?: string };
    first(first(broken.articles).annotations).start = -1;
    delete broken.offsetUnit;
    expect(annotationSetSchemaErrors(broken).length).toBeGreaterThanOrEqual(2);
  });
});

describe('describeTextRange', () => {
  it('keeps 32 characters of context and never cuts an emoji in half', () => {
    const text = `${'я'.repeat(40)}😀ИМЯ😀${'я'.repeat(40)}`;
    const start = text.indexOf('ИМЯ');
    const described = describeTextRange(text, start, start + 3);
    expect(described.quote).toBe('ИМЯ');
    expect(described.prefix.endsWith('😀')).toBe(true);
    expect(described.prefix.length).toBeLessThanOrEqual(32);
    // 32 code units before the quote fall on the second half of the emoji: the prefix starts after it instead.
    const edge = `😀${'я'.repeat(31)}ИМЯ${'я'.repeat(31)}😀`;
    const edgeStart = edge.indexOf('ИМЯ');
    const edgeDescribed = describeTextRange(edge, edgeStart, edgeStart + 3);
    expect(edgeDescribed.prefix).toBe('я'.repeat(31));
    expect(edgeDescribed.suffix).toBe('я'.repeat(31));
  });

  it('refuses an empty or out-of-range span', () => {
    expect(() => describeTextRange('abc', 2, 2)).toThrow(RangeError);
    expect(() => describeTextRange('abc', 0, 4)).toThrow(RangeError);
  });
});
