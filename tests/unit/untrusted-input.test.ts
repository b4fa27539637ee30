// Property tests of every reader of untrusted input: the three import formats, a backup to restore, and the four
// article readers. Each input either comes back as a validation result (never a throw), or as records that keep
// every invariant; and each is read in bounded time. `npm test` runs a few hundred inputs a reader with a fixed seed;
// `npm run fuzz` runs many more with a new seed and prints the totals.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import type { Annotation } from '../../src/shared/annotation';
import { DEFAULT_TAGS, describeTextRange } from '../../src/shared/annotation';
import type { Article, ArticleFormat } from '../../src/shared/article/article';
import { buildArticle } from '../../src/shared/article/article-builder';
import type { ParsedImport } from '../../src/shared/formats/import-file';
import { parseImportFile } from '../../src/shared/formats/import-file';
import { serializeNativeAnnotationSet } from '../../src/shared/formats/native-format';
import { placeWebAnnotations } from '../../src/shared/formats/web-annotation-import';
import { backupProblems } from '../../src/renderer/src/db/backup-check';
import { readArticleBytes } from '../../src/renderer/src/opening/read-article-bytes';
import { expectArticleInvariants, expectSpanInvariants } from '../support/invariants';

const runs = Number(process.env['FUZZ_RUNS'] ?? 150);
/** A fixed seed in `npm test`; `npm run fuzz` asks for a new one each run, printed with the totals to repeat it. */
const seed = process.env['FUZZ_SEED'] === 'random' ? Date.now() % 2 ** 31 : Number(process.env['FUZZ_SEED'] ?? 15);
/** The longest any one input may take to read, well past what any took (the slowest is printed after the run). */
const TIME_LIMIT_MS = 2000;

interface Tally {
  inputs: number;
  slowestMs: number;
  slowest: string;
}
const tallies = new Map<string, Tally>();

/** Runs `read` on `input`, counting it and keeping the slowest for the report. */
async function timed<T>(reader: string, input: unknown, read: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await read();
  const elapsed = performance.now() - started;
  const tally = tallies.get(reader) ?? { inputs: 0, slowestMs: 0, slowest: '' };
  tally.inputs++;
  if (elapsed > tally.slowestMs) {
    tally.slowestMs = elapsed;
    tally.slowest = JSON.stringify(input).slice(0, 120);
  }
  tallies.set(reader, tally);
  expect(elapsed, `reading took ${Math.round(elapsed)} ms`).toBeLessThan(TIME_LIMIT_MS);
  return result;
}

afterAll(() => {
  let total = 0;
  for (const [reader, tally] of tallies) {
    total += tally.inputs;
    console.log(`${reader}: ${tally.inputs} inputs, slowest ${tally.slowestMs.toFixed(1)} ms: ${tally.slowest}`);
  }
  console.log(`untrusted input: ${total} inputs tried, seed ${seed}`);
});

/** Characters that break readers: line endings, BOM, lone and paired surrogates, combining marks, markup. */
const awkward = fc.constantFrom(
  'а',
  'Ёж',
  'x',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  '\uFEFF',
  '😀',
  '👩‍💻',
  '\ud83d',
  '\ude00',
  'е\u0301',
  'й'.normalize('NFD'),
  '«',
  '»',
  '.',
  '#',
  '> ',
  '- ',
  '1. ',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '![',
  '`',
  '<p>',
  '</p>',
  '<h1>',
  '<script>',
  '&amp;',
  '&#xD800;',
  '---\n',
  ' date 2026-01-09 ',
);
const awkwardText = (maxLength: number) => fc.array(awkward, { maxLength }).map((parts) => parts.join(''));

const source = { fileName: 'a.txt', format: 'text' as const, encoding: 'utf-8', byteLength: 1 };
const library: Article[] = [
  buildArticle(
    {
      title: 'Заголовок 😀',
      date: null,
      blocks: [
        { type: 'title', text: 'Заголовок 😀' },
        { type: 'paragraph', text: 'Анна 👩‍💻 Ким сказала: «Ёлки 😀 и 😀 палки». Ким ушла.' },
      ],
    },
    source,
  ),
  buildArticle({ title: 'Вторая', date: null, blocks: [{ type: 'paragraph', text: 'Ким и ещё Ким 😀.' }] }, source),
];

/** The item at `index` modulo the length: generated indices always land somewhere. */
function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** One change to a JSON tree: set a leaf, delete a key, or repeat an array's item. */
type Mutation = { kind: 'set'; at: number; value: unknown } | { kind: 'delete'; at: number } | { kind: 'repeat'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.oneof(
      fc.integer({ min: -3, max: 200 }),
      awkwardText(6),
      fc.constantFrom(null, true, 1e300, -0, '', 'person', '2026-01-01T23:00:00-05:00', 'sha256:0'),
      fc.jsonValue({ maxDepth: 2 }),
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat() }),
);

/** Every place in a JSON tree: its parent and key. */
function places(tree: unknown): { parent: Record<string | number, unknown>; key: string | number }[] {
  const found: { parent: Record<string | number, unknown>; key: string | number }[] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string | number, unknown>;
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      found.push({ parent: record, key });
      walk(record[key]);
    }
  };
  walk(tree);
  return found;
}

function mutate(json: string, mutations: readonly Mutation[]): string {
  const tree = JSON.parse(json) as unknown;
  for (const change of mutations) {
    const place = pick(places(tree), change.at);
    if (!place) continue;
    const { parent, key } = place;
    if (change.kind === 'set') parent[key] = change.value;
    else if (change.kind === 'delete' && !Array.isArray(parent)) Reflect.deleteProperty(parent, key);
    else if (change.kind === 'repeat' && Array.isArray(parent[key]))
      (parent[key] as unknown[]).push(...(parent[key] as unknown[]));
  }
  return JSON.stringify(tree);
}

function annotationsOn(article: Article): Annotation[] {
  return ['Анна 👩‍💻 Ким', 'Ким', '«Ёлки 😀 и 😀 палки»', '😀'].flatMap((fragment, index) => {
    const start = article.text.indexOf(fragment);
    if (start < 0) return [];
    const end = start + fragment.length;
    return [
      {
        id: `id-${index}`,
        articleId: article.id,
        tag: ['person', 'person', 'quote', 'claim'][index] ?? 'person',
        start,
        end,
        ...describeTextRange(article.text, start, end),
        createdAt: '2026-01-09T10:00:00.000Z',
        updatedAt: '2026-01-09T10:00:00.000Z',
      },
    ];
  });
}

const nativeExport = serializeNativeAnnotationSet(
  { tags: DEFAULT_TAGS, entities: [], articles: library.map((article) => ({ article, annotations: annotationsOn(article) })) },
  new Date('2026-02-01T00:00:00Z'),
);

/** Whatever an import accepted keeps every invariant in the article it lands in. */
function expectImportInvariants(articles: readonly Article[], annotations: readonly Annotation[]): void {
  const texts = new Map([...library, ...articles].map((article) => [article.id, article.text]));
  for (const article of articles) expectArticleInvariants(article);
  for (const annotation of annotations) {
    const text = texts.get(annotation.articleId);
    expect(text, 'the annotation’s article is in the library or the file').toBeDefined();
    expectSpanInvariants(annotation, text ?? '');
    expect(Number.isNaN(Date.parse(annotation.updatedAt))).toBe(false);
  }
}

/**
 * Reads an import file as the library worker does, timed: a refusal must say why (null comes back), and an accepted
 * file must be of the kind its format gives.
 */
async function readImport<Kind extends ParsedImport['kind']>(
  reader: string,
  input: unknown,
  fileName: string,
  file: string,
  kind: Kind,
): Promise<Extract<ParsedImport, { kind: Kind }> | null> {
  const parsed = await timed(reader, input, () => parseImportFile(fileName, file, DEFAULT_TAGS, new Date()));
  if (!parsed.ok) {
    expect(parsed.error.length, 'a refusal says why').toBeGreaterThan(0);
    return null;
  }
  expect(parsed.value.kind).toBe(kind);
  return parsed.value as Extract<ParsedImport, { kind: Kind }>;
}

describe('the three import formats', () => {
  it('native sets, mutated: refused with a message, or every accepted record keeps its invariants', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const file = mutate(nativeExport, mutations);
        const accepted = await readImport('native', mutations, 'set.json', file, 'set');
        if (accepted) expectImportInvariants(accepted.set.articles, accepted.set.annotations);
      }),
      { seed, numRuns: runs },
    );
  });

  it('W3C annotations with any quotes, contexts and positions: placed on whole characters or left out', async () => {
    const anyText = fc.oneof(awkwardText(5), fc.string({ unit: 'binary', maxLength: 6 }));
    const slice = fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 60 }), fc.nat({ max: 1 }));
    const selector = fc.oneof(
      slice.map(([a, b, which]) => {
        const text = pick(library, which)?.text ?? '';
        return { type: 'TextQuoteSelector', exact: text.slice(Math.min(a, b), Math.max(a, b)) || 'Ким' };
      }),
      fc.record({ type: fc.constant('TextQuoteSelector'), exact: anyText, prefix: anyText, suffix: anyText }),
      fc.record({
        type: fc.constant('TextPositionSelector'),
        start: fc.integer({ min: -2, max: 80 }),
        end: fc.integer({ min: -2, max: 80 }),
      }),
    );
    const annotation = fc.record({
      type: fc.constant('Annotation'),
      id: fc.option(fc.constantFrom('urn:uuid:one', 'urn:uuid:two', 'id-0'), { nil: undefined }),
      modified: fc.option(fc.constantFrom('2026-01-01T23:00:00-05:00', '2026-01-02T01:00:00Z', 'soon'), { nil: undefined }),
      body: fc.constantFrom({ purpose: 'tagging', value: 'person' }, [{ purpose: 'commenting', value: 'заметка' }], 'text'),
      target: fc.record({
        source: fc.constantFrom(
          `urn:newsroom:article:${library[0]?.id ?? ''}`,
          'https://example.org/a',
          'urn:newsroom:article:x',
        ),
        selector: fc.array(selector, { minLength: 1, maxLength: 2 }),
      }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(annotation, { minLength: 1, maxLength: 6 }), async (annotations) => {
        const file = JSON.stringify({ type: 'AnnotationPage', items: annotations });
        const accepted = await readImport('w3c', annotations, 'w3c.json', file, 'web-annotations');
        if (!accepted) return;
        const placed = placeWebAnnotations(accepted.annotations, library, DEFAULT_TAGS, new Date());
        expect(new Set(placed.annotations.map((one) => one.id)).size, 'one annotation per id').toBe(placed.annotations.length);
        expectImportInvariants([], placed.annotations);
      }),
      { seed, numRuns: runs },
    );
  });

  it('training JSONL with any text and spans: each span placed on its words or listed, the article canonical', async () => {
    const line = fc.record({
      text: fc.oneof(awkwardText(30), fc.string({ unit: 'binary', maxLength: 30 })),
      label: fc.array(
        fc.tuple(fc.integer({ min: -1, max: 40 }), fc.integer({ min: -1, max: 40 }), fc.constantFrom('PER', 'LOC', '')),
        {
          maxLength: 4,
        },
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 3 }), async (lines) => {
        const file = lines.map((one) => JSON.stringify(one)).join('\n');
        const accepted = await readImport('jsonl', lines, 'train.jsonl', file, 'set');
        if (accepted) expectImportInvariants(accepted.set.articles, accepted.set.annotations);
      }),
      { seed, numRuns: runs },
    );
  });
});

describe('a backup to restore', () => {
  const backup = JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'newsroom-annotator',
      databaseVersion: 4,
      tables: [],
      data: [
        {
          tableName: 'articles',
          inbound: true,
          rows: library.map((article) => ({
            ...article,
            addedAt: '2026-01-01T00:00:00.000Z',
            openedAt: '2026-01-01T00:00:00.000Z',
          })),
        },
        {
          tableName: 'annotations',
          inbound: true,
          // dexie-export-import writes a field that held undefined with a note, to restore it absent.
          rows: library
            .flatMap(annotationsOn)
            .map((row, index) => (index === 0 ? { ...row, speakerId: null, $types: { speakerId: 'undefined' } } : row)),
        },
        { tableName: 'tags', inbound: true, rows: DEFAULT_TAGS.map((tag, position) => ({ ...tag, position })) },
        { tableName: 'entities', inbound: true, rows: [{ id: 'kim', tag: 'person', name: 'Ким', aliases: [] }] },
      ],
    },
  });

  it('mutated backups: refused with their problems, or every article and annotation keeps its invariants', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { maxLength: 4 }), async (mutations) => {
        const file = JSON.parse(mutate(backup, mutations)) as { data: { data: { tableName: string; rows: unknown[] }[] } };
        const problems = await timed('restore', mutations, () => backupProblems(file));
        if (mutations.length === 0) expect(problems).toBeNull();
        if (problems !== null) {
          expect(problems.length).toBeGreaterThan(0);
          return;
        }
        const rows = (name: string) => file.data.data.find((table) => table.tableName === name)?.rows ?? [];
        const articles = rows('articles') as Article[];
        expectImportInvariants(articles, rows('annotations') as Annotation[]);
      }),
      { seed, numRuns: runs },
    );
  });
});

describe('the four article readers', () => {
  /** Reads `bytes` as a file of `format`: a problem for the editor, or an article that keeps every invariant. */
  async function expectReadSafely(format: ArticleFormat, bytes: Uint8Array, input: unknown): Promise<void> {
    const response = await timed(format, input, () =>
      readArticleBytes({ id: 1, fileName: `f.${format}`, format, bytes, encoding: null }),
    );
    if (!response.ok) {
      expect(response.problem.length).toBeGreaterThan(0);
      return;
    }
    expectArticleInvariants(response.article);
  }

  const markup = fc.array(
    fc.oneof(awkward, fc.constantFrom('<div>', '<article>', '<blockquote>', '<li>', '<br>', '<table><tr><td>')),
    {
      maxLength: 60,
    },
  );

  it('plain text: any bytes, and awkward text in UTF-8 and Windows-1251', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ minLength: 1, maxLength: 200 }),
          awkwardText(40).map((text) => new TextEncoder().encode(text)),
          awkwardText(40).map((text) => new Uint8Array(iconv.encode(text, 'win1251'))),
        ),
        async (bytes) => {
          await expectReadSafely('text', bytes, [...bytes.slice(0, 40)]);
        },
      ),
      { seed, numRuns: runs },
    );
  });

  it('Markdown: nested quotes, lists, emphasis, links and images in any order', { timeout: 600_000 }, async () => {
    const nesting = fc
      .tuple(fc.constantFrom('>', '> - ', '  - ', '![', '[a](', '*a', '_'), fc.integer({ min: 1, max: 3000 }))
      .map(([unit, count]) => unit.repeat(count));
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            markup.map((parts) => parts.join('')),
            nesting,
          ),
          { maxLength: 3 },
        ),
        (parts) =>
          expectReadSafely(
            'markdown',
            new TextEncoder().encode(parts.join('\n')),
            parts.map((part) => part.slice(0, 20)),
          ),
      ),
      { seed, numRuns: runs },
    );
  });

  it('HTML: tag soup with scripts, entities and lone surrogates', async () => {
    await fc.assert(
      fc.asyncProperty(markup, async (parts) => {
        await expectReadSafely('html', new TextEncoder().encode(parts.join('')), parts.slice(0, 10));
      }),
      { seed, numRuns: runs },
    );
  });

  it('Word: documents of awkward text, and their bytes damaged', { timeout: 600_000 }, async () => {
    const documentOf = async (paragraphs: string[]) =>
      new Uint8Array(
        await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }] })),
      );
    const damaged = await documentOf(['Заголовок', 'Текст статьи.']);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .array(awkwardText(10), { minLength: 1, maxLength: 4 })
            .map((paragraphs) => ({ paragraphs, flips: [] as [number, number][] })),
          fc
            .array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 8 })
            .map((flips) => ({ paragraphs: null, flips })),
        ),
        async ({ paragraphs, flips }) => {
          const bytes = paragraphs ? await documentOf(paragraphs) : damaged.slice();
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          await expectReadSafely('docx', bytes, paragraphs ?? flips);
        },
      ),
      { seed, numRuns: Math.ceil(runs / 3) },
    );
  });
});
