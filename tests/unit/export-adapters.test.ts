import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Annotation, Entity } from '../../src/shared/annotation';
import { DEFAULT_TAGS } from '../../src/shared/annotation';
import { buildArticle } from '../../src/shared/article/article-builder';
import {
  serializeCsv,
  toClaimReviews,
  toTrainingJsonl,
  toWebAnnotationCollection,
} from '../../src/shared/formats/export-adapters';
import { toNativeAnnotationSet } from '../../src/shared/formats/native-format';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import { annotationOn } from '../support/annotations';

// Emoji before every span and a CRLF source: the two things that break other tools' offsets.
const article = buildArticle(
  parsePlainText(
    ' date 2026-01-09 Анна 👩‍💻 в Лондоне\r\n\r\n🙂 Анна Ким сказала: «Работа 🇬🇧 не остановится». =SUM(A1) «Компания основана в 2015 году».',
    'f',
  ),
  { fileName: 'f.txt', format: 'text', encoding: 'utf-8', byteLength: 100 },
);
const kim: Entity = { id: 'kim', tag: 'person', name: 'Анна Ким', aliases: [] };

const annotate = (fragment: string, tag: string, extra: Partial<Annotation> = {}) => annotationOn(article, fragment, tag, extra);

const annotations = [
  annotate('Анна Ким', 'person', { entityId: 'kim' }),
  annotate('«Работа 🇬🇧 не остановится»', 'quote', { speakerId: 'kim', note: 'проверить запись' }),
  annotate('=SUM(A1)', 'organization'),
  annotate('«Компания основана в 2015 году»', 'claim', {
    claim: { status: 'false', note: 'основана в 2016', sources: ['https://example.org'], changedAt: '2026-01-10T09:00:00.000Z' },
  }),
  annotate('Лондоне', 'place'),
];
const set = toNativeAnnotationSet(
  { tags: DEFAULT_TAGS, entities: [kim], articles: [{ article, annotations }] },
  new Date('2026-01-11T00:00:00Z'),
);

const folder = mkdtempSync(join(tmpdir(), 'newsroom-export-'));
const write = (name: string, contents: string): string => {
  const path = join(folder, name);
  writeFileSync(path, contents, 'utf8');
  return path;
};
const nativePath = write('native.json', JSON.stringify(set));
const checker = new URL('../support/check_spans.py', import.meta.url).pathname;

/** Runs the Python reader over an export; `text[start:end] == quote` must hold for every span. */
function pythonCheck(format: string, path: string): string {
  return execFileSync('python3', [checker, nativePath, format, path], { encoding: 'utf8' }).trim();
}

describe('exports read in Python', () => {
  it('native JSON', () => {
    expect(pythonCheck('native', nativePath)).toBe('ok 5');
  });

  it('W3C Web Annotation', () => {
    const collection = toWebAnnotationCollection(set, 'Статья') as {
      total: number;
      first: { items: { body: { purpose: string }[] }[] };
    };
    expect(collection.total).toBe(5);
    expect(collection.first.items[1]?.body.map((body) => body.purpose)).toEqual(['tagging', 'commenting', 'linking']);
    expect(pythonCheck('w3c', write('w3c.jsonld', JSON.stringify(collection)))).toBe('ok 5');
  });

  it('doccano and spaCy JSONL', () => {
    const jsonl = toTrainingJsonl(set);
    expect(jsonl.trimEnd().split('\n')).toHaveLength(1);
    const record = JSON.parse(jsonl) as { label: [number, number, string][] };
    expect(record.label.map((span) => span[2])).toEqual(['PERSON', 'QUOTE', 'ORGANIZATION', 'CLAIM', 'PLACE']);
    expect(pythonCheck('jsonl', write('training.jsonl', jsonl))).toBe('ok 5');
  });

  it('CSV, with a BOM for Excel and formulas defused', () => {
    const csv = serializeCsv(set);
    expect(csv.startsWith('\uFEFFarticle_id,article_title,tag,quote,entity,speaker,status,note,start,end\r\n')).toBe(true);
    const rows = parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.find((row) => row.tag === 'Quote')).toMatchObject({ speaker: 'Анна Ким', note: 'проверить запись' });
    expect(rows.find((row) => row.tag === 'Organization')?.quote).toBe("'=SUM(A1)");
    expect(pythonCheck('csv', write('annotations.csv', csv))).toBe('ok 5');
  });

  it('schema.org ClaimReview for claims with a verdict', () => {
    const reviews = toClaimReviews(set, { publisherName: 'Новости Сибири', articleUrl: 'https://example.org/article' });
    expect(reviews).toEqual([
      expect.objectContaining({
        '@type': 'ClaimReview',
        claimReviewed: '«Компания основана в 2015 году»',
        datePublished: '2026-01-10',
        reviewRating: { '@type': 'Rating', alternateName: 'False' },
        author: { '@type': 'Organization', name: 'Новости Сибири' },
        itemReviewed: expect.objectContaining({ '@type': 'Claim', datePublished: '2026-01-09' }) as unknown,
      }),
    ]);
    expect(pythonCheck('claimreview', write('claims.jsonld', JSON.stringify(reviews)))).toBe('ok 1');
  });
});
