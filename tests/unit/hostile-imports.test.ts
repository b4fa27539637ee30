// Small files built to break the importers, each from a defect found on main: every one is refused with a message
// naming where the problem is, or read without a span that could break an export.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TAGS, describeTextRange } from '../../src/shared/annotation';
import { buildArticle } from '../../src/shared/article/article-builder';
import { articleIdForText } from '../../src/shared/article/article-id';
import { matchQuote } from '../../src/shared/text/match-quote';
import type { NativeAnnotation, NativeAnnotationSet, NativeArticle } from '../../src/shared/formats/native-format';
import { serializeNativeAnnotationSet } from '../../src/shared/formats/native-format';
import { parseNativeImport } from '../../src/shared/formats/native-import';
import { parseTrainingJsonl } from '../../src/shared/formats/training-jsonl-import';
import { readArticleBytes } from '../../src/renderer/src/opening/read-article-bytes';
import { placeWebAnnotations, readWebAnnotations } from '../../src/shared/formats/web-annotation-import';
import { annotationOn } from '../support/annotations';

const source = { fileName: 'a.txt', format: 'text' as const, encoding: 'utf-8', byteLength: 10 };
const article = buildArticle(
  {
    title: 'Заголовок',
    date: null,
    blocks: [
      { type: 'title', text: 'Заголовок' },
      { type: 'paragraph', text: 'Анна 😀 Ким и «Северный ветер».' },
    ],
  },
  source,
);

/** The item at `index`, which the test knows is there. */
function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

/**
 * A native set of one article with one annotation; `change` edits the parsed JSON (given too as its article and that
 * annotation) before it is read back.
 */
function nativeFile(change: (json: NativeAnnotationSet, first: NativeArticle, annotation: NativeAnnotation) => void): string {
  const json = JSON.parse(
    serializeNativeAnnotationSet(
      { tags: DEFAULT_TAGS, entities: [], articles: [{ article, annotations: [annotationOn(article, 'Ким', 'person')] }] },
      new Date('2026-02-01T00:00:00Z'),
    ),
  ) as NativeAnnotationSet;
  const first = at(json.articles, 0);
  change(json, first, at(first.annotations, 0));
  return JSON.stringify(json);
}

function refusal(json: string): string {
  const parsed = parseNativeImport(json);
  if (parsed.ok) throw new Error('the file was accepted');
  return parsed.error;
}

describe('native sets that break invariants are refused, naming the JSON path', () => {
  it('a block reaching past a one-letter text (it froze the window for good)', () => {
    const frozen = {
      format: 'newsroom-annotation-set',
      version: 1,
      offsetUnit: 'codepoint',
      exportedAt: '2026-02-01T00:00:00.000Z',
      tags: [],
      entities: [],
      articles: [
        {
          id: articleIdForText('a'),
          title: 'a',
          date: null,
          source,
          text: 'a',
          blocks: [{ type: 'paragraph', start: 0, end: 1002 }],
          annotations: [],
        },
      ],
    };
    expect(refusal(JSON.stringify(frozen))).toContain('$.articles[0].blocks[0]: the span [0, 1002) is outside the text');
  });

  it('blocks inverted, overlapping, or leaving words out', () => {
    expect(refusal(nativeFile((_json, first) => (at(first.blocks, 1).start = 40)))).toContain('$.articles[0].blocks[1]');
    expect(refusal(nativeFile((_json, first) => (at(first.blocks, 1).start = at(first.blocks, 0).end - 2)))).toContain(
      '$.articles[0].blocks[1]: starts before the previous block ends',
    );
    expect(refusal(nativeFile((_json, first) => first.blocks.pop()))).toContain(
      '$.articles[0].blocks: leaves text after the last block in no block',
    );
  });

  it('a tag that exists neither in the file nor in the library', () => {
    expect(refusal(nativeFile((_json, _first, annotation) => (annotation.tag = 'ghost')))).toContain(
      '$.articles[0].annotations[0].tag: no tag ghost in the file or the library',
    );
    const withoutTags = nativeFile((json) => (json.tags = []));
    expect(parseNativeImport(withoutTags, DEFAULT_TAGS).ok).toBe(true);
  });

  it('ids used twice for tags, entities or articles', () => {
    expect(refusal(nativeFile((json) => json.tags.push(at(json.tags, 0))))).toContain('$.tags[5].id: person appears twice');
    expect(
      refusal(
        nativeFile((json) => {
          const kim = { id: 'kim', tag: 'person', name: 'Ким', aliases: [] };
          json.entities.push(kim, kim);
        }),
      ),
    ).toContain('$.entities[1].id: kim appears twice');
    expect(refusal(nativeFile((json) => json.articles.push({ ...at(json.articles, 0), annotations: [] })))).toContain(
      '$.articles[1].id:',
    );
  });

  it('text that is not canonical: CRLF, a BOM, NFD', () => {
    for (const [text, problem] of [
      ['Заголовок\r\n\r\nТекст', 'CR line endings'],
      ['\uFEFFЗаголовок', 'byte order mark'],
      ['Йод'.normalize('NFD'), 'NFC'],
    ] as const) {
      const file = nativeFile((json) => {
        json.articles[0] = {
          ...at(json.articles, 0),
          id: articleIdForText(text),
          text,
          blocks: [{ type: 'paragraph', start: 0, end: [...text].length }],
          annotations: [],
        };
      });
      expect(refusal(file)).toContain(`$.articles[0].text: `);
      expect(refusal(file)).toContain(problem);
    }
  });

  it('a lone surrogate anywhere in the file', () => {
    expect(refusal(nativeFile((_json, _first, annotation) => (annotation.note = 'note \ude00')))).toContain(
      '$.articles[0].annotations[0].note: is not well-formed Unicode',
    );
  });

  it('timestamps with offsets are stored as UTC instants', () => {
    const parsed = parseNativeImport(
      nativeFile((_json, _first, annotation) => {
        annotation.createdAt = '2026-01-01T23:00:00-05:00';
        annotation.updatedAt = '2026-01-02T01:00:00+03:00';
      }),
    );
    expect(parsed.ok && parsed.value.annotations[0]).toMatchObject({
      createdAt: '2026-01-02T04:00:00.000Z',
      updatedAt: '2026-01-01T22:00:00.000Z',
    });
  });
});

describe('spans never split a character in two', () => {
  const text = 'Улыбка 😀 и ещё 😀.';

  it('a W3C quote that is half an emoji is refused, not placed between its halves', () => {
    const file = {
      type: 'Annotation',
      body: { purpose: 'tagging', value: 'person' },
      target: { source: 'x', selector: { type: 'TextQuoteSelector', exact: '\ude00' } },
    };
    const read = readWebAnnotations([file]);
    expect(read.ok ? 'accepted' : read.error).toContain('$[0].target.selector.exact: is not well-formed Unicode');
  });

  it('no occurrence, exact or approximate, that starts or ends inside a pair is chosen', () => {
    expect(matchQuote(text, { exact: '\ude00', prefix: '', suffix: '' })).toBeNull();
    expect(matchQuote(text, { exact: '\ude00 и ещё \ud83d', prefix: '', suffix: '' })).toBeNull();
    const hinted = matchQuote(text, { exact: '😀', prefix: '', suffix: '' }, 8);
    expect(hinted).toEqual({ start: 7, end: 9, exact: true });
  });

  it('two texts that differ only in a lone surrogate have different ids', () => {
    expect(articleIdForText('a\ud800')).not.toBe(articleIdForText('a\udc00'));
    expect(articleIdForText('a\ud800')).not.toBe(articleIdForText('a\ufffd'));
  });

  it('a training line with a lone surrogate is refused', () => {
    const parsed = parseTrainingJsonl(
      JSON.stringify({ text: 'Анна \ud83d Ким', label: [[0, 4, 'PER']] }),
      't.jsonl',
      DEFAULT_TAGS,
      new Date(),
    );
    expect(parsed.ok ? 'accepted' : parsed.error).toContain('line 1: the text is not well-formed Unicode');
  });
});

describe('W3C files holding one id twice', () => {
  it('bring one annotation, the newer, and say so', () => {
    const annotation = (note: string, modified: string) => ({
      id: 'urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427',
      type: 'Annotation',
      modified,
      body: [
        { purpose: 'tagging', value: 'person' },
        { purpose: 'commenting', value: note },
      ],
      target: { source: `urn:newsroom:article:${article.id}`, selector: { type: 'TextQuoteSelector', exact: 'Ким' } },
    });
    const read = readWebAnnotations([
      annotation('newer', '2026-01-01T23:00:00-05:00'),
      annotation('older, though its time sorts after as text', '2026-01-02T01:00:00Z'),
    ]);
    if (!read.ok) throw new Error(read.error);
    const placed = placeWebAnnotations(read.value, [article], DEFAULT_TAGS, new Date());
    expect(placed.annotations.map((one) => one.note)).toEqual(['newer']);
    expect(placed.notPlaced).toEqual([expect.stringContaining('appears twice in the file; the newer is imported')]);
  });
});

describe('inputs that once ran for minutes end in a result in well under two seconds', () => {
  it('a W3C quote with a megabyte of prefix and suffix against a megabyte article', () => {
    const long = buildArticle(
      { title: 'Long', date: null, blocks: [{ type: 'paragraph', text: 'Слово за слово. '.repeat(65_000) }] },
      source,
    );
    const context = 'x'.repeat(1_000_000);
    const started = performance.now();
    const match = matchQuote(long.text, { exact: 'Слово за слово.', prefix: context, suffix: context });
    expect(match?.exact).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('training lines in NFD: every span placed, on the NFC article text', () => {
    const sentence = 'Йошкар-Ола ёлка: сказал Йохан Ёлкин. ';
    const text = sentence.repeat(2800).normalize('NFD');
    expect(text.length).toBeGreaterThan(100_000);
    const spans: [number, number, string][] = [];
    for (let at = 0, index = 0; index < 50; index++) {
      const start = text.indexOf('Йохан Ёлкин'.normalize('NFD'), at);
      const end = start + 'Йохан Ёлкин'.normalize('NFD').length;
      spans.push([start, end, 'PER']);
      at = end + 1000;
    }
    const started = performance.now();
    const parsed = parseTrainingJsonl(JSON.stringify({ text, label: spans }), 't.jsonl', DEFAULT_TAGS, new Date());
    expect(performance.now() - started).toBeLessThan(2000);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.notPlaced).toEqual([]);
    expect(parsed.value.annotations).toHaveLength(50);
    const [built] = parsed.value.articles;
    for (const annotation of parsed.value.annotations) {
      expect(annotation.quote).toBe('Йохан Ёлкин');
      expect(describeTextRange(built?.text ?? '', annotation.start, annotation.end).quote).toBe('Йохан Ёлкин');
    }
  });
});

describe('Markdown that once ran for a minute or overflowed the stack is refused at once, with a reason', () => {
  const read = (markdown: string) =>
    readArticleBytes({ id: 1, fileName: 'a.md', format: 'markdown', bytes: new TextEncoder().encode(markdown), encoding: null });
  const nestedList = Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- пункт`).join('\n');

  it.each([
    ['40,000 quote markers', '>'.repeat(40_000), 'nests quotes or lists'],
    ['100 kB of quote markers', '> '.repeat(50_000), 'nests quotes or lists'],
    ['1,000 nested list items', nestedList, 'nests quotes or lists'],
    ['100,000 unclosed links', '[a]('.repeat(100_000), 'more emphasis, link or image markers'],
    ['10,000 nested images', `${'!['.repeat(10_000)}a${'](b)'.repeat(10_000)}`, 'more emphasis, link or image markers'],
    ['20,000 emphasis markers', '*a'.repeat(20_000), 'more emphasis, link or image markers'],
  ])('%s', async (_name, markdown, reason) => {
    const started = performance.now();
    const response = await read(markdown);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(response.ok ? 'opened' : response.problem).toContain(reason);
  });

  it('an article with quotes, lists and links still opens', async () => {
    const response = await read(
      '# Заголовок\n\n> «Цитата» из [источника](https://example.org)\n\n- пункт\n  - вложенный *пункт*\n',
    );
    expect(response.ok && response.article.text).toBe('Заголовок\n\n«Цитата» из источника\n\nпункт\n\nвложенный пункт');
  });
});
