import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, Entity } from '../../src/shared/annotation';
import { DEFAULT_TAGS, compareByPosition, describeTextRange } from '../../src/shared/annotation';
import { buildArticle } from '../../src/shared/article/article-builder';
import type { AnnotationSetInput } from '../../src/shared/formats/native-format';
import { serializeNativeAnnotationSet } from '../../src/shared/formats/native-format';
import { parseNativeImport } from '../../src/shared/formats/native-import';
import { NewsroomDB } from '../../src/renderer/src/db/database';
import { applyImport, KnownAnnotationIds, planImport, previewImport } from '../../src/renderer/src/db/import';
import { readAnnotationSet, readArticle } from '../../src/renderer/src/db/library';
import { annotationOn } from '../support/annotations';
import { withFreshDatabase } from '../support/fresh-database';

const article = buildArticle(
  {
    title: 'Заголовок 🙂',
    date: '2026-01-09',
    blocks: [
      { type: 'title', text: 'Заголовок 🙂' },
      { type: 'paragraph', text: 'Анна 👩‍💻 Ким и «Северный ветер».' },
    ],
  },
  { fileName: 'a.txt', format: 'text', encoding: 'utf-8', byteLength: 10 },
);
const kim: Entity = { id: 'kim', tag: 'person', name: 'Анна Ким', aliases: [] };
const exportOf = (input: AnnotationSetInput) => serializeNativeAnnotationSet(input, new Date('2026-02-01T00:00:00Z'));
const withoutExportedAt = (json: string) => ({ ...(JSON.parse(json) as object), exportedAt: null });

let db: NewsroomDB;
withFreshDatabase((fresh) => {
  db = fresh;
});

describe('parseNativeImport', () => {
  it('reads back what the app exports, offsets in UTF-16 again', () => {
    const person = annotationOn(article, 'Ким', 'person', { entityId: 'kim' });
    const parsed = parseNativeImport(
      exportOf({ tags: DEFAULT_TAGS, entities: [kim], articles: [{ article, annotations: [person] }] }),
    );
    expect(parsed.ok && parsed.value.annotations).toEqual([person]);
  });

  it('lists the first problems of an invalid file with their JSON paths', () => {
    const json = JSON.parse(
      exportOf({
        tags: DEFAULT_TAGS,
        entities: [],
        articles: [{ article, annotations: [annotationOn(article, 'Ким', 'person')] }],
      }),
    ) as {
      articles: { annotations: { start: unknown; createdAt: unknown }[] }[];
    };
    const [first] = json.articles[0]?.annotations ?? [];
    if (first) {
      first.start = -3;
      first.createdAt = 'yesterday';
    }
    const parsed = parseNativeImport(JSON.stringify(json));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/\$\.articles\[0\]\.annotations\[0\]\.start: /);
    expect(!parsed.ok && parsed.error).toMatch(/\$\.articles\[0\]\.annotations\[0\]\.createdAt: /);
  });

  it('refuses spans that do not match their quotes, and ids that do not match the text', () => {
    const json = exportOf({
      tags: DEFAULT_TAGS,
      entities: [],
      articles: [{ article, annotations: [annotationOn(article, 'Ким', 'person')] }],
    });
    const shifted = JSON.parse(json) as { articles: { annotations: { start: number }[] }[] };
    const [annotation] = shifted.articles[0]?.annotations ?? [];
    if (annotation) annotation.start -= 1;
    const moved = JSON.stringify(shifted);
    expect(parseNativeImport(moved)).toMatchObject({
      ok: false,
      error: expect.stringContaining('.quote: differs from the text') as unknown,
    });
    const retexted = json.replace('Северный ветер', 'Южный ветер');
    expect(parseNativeImport(retexted)).toMatchObject({
      ok: false,
      error: expect.stringContaining(".id: does not match the article's text") as unknown,
    });
  });

  it('refuses prototype pollution and leaves Object.prototype alone', () => {
    const json = exportOf({ tags: DEFAULT_TAGS, entities: [], articles: [] }).replace(
      '"format"',
      '"__proto__": { "polluted": true }, "format"',
    );
    expect(parseNativeImport(json).ok).toBe(false);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses what is not JSON', () => {
    expect(parseNativeImport('{"format": ')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This is not JSON/) as unknown,
    });
  });
});

describe('import into the library', () => {
  // A library smaller than the file is searched by walking its id index, a larger one by looking up each id.
  it.each([
    ['smaller', 0],
    ['larger', 5],
  ])(
    'counts added, updated, unchanged and skipped, and the newer side wins, in a library %s than the file',
    async (_size, others) => {
      const older = annotationOn(article, 'Ким', 'person', { updatedAt: '2026-01-09T10:00:00.000Z' });
      const newer = { ...older, note: 'новая заметка', updatedAt: '2026-01-10T10:00:00.000Z' };
      const same = annotationOn(article, 'Анна', 'person');
      const stale = {
        ...annotationOn(article, 'Северный ветер', 'organization'),
        updatedAt: '2026-01-01T00:00:00.000Z',
        note: 'старое',
      };
      await db.articles.add({ ...article, addedAt: '2026-01-01T00:00:00.000Z', openedAt: '2026-01-01T00:00:00.000Z' });
      await db.annotations.bulkAdd([older, same, { ...stale, note: 'свежее', updatedAt: '2026-01-05T00:00:00.000Z' }]);
      await db.annotations.bulkAdd(
        Array.from({ length: others }, (_, index) => ({
          ...annotationOn(article, 'Анна', 'place'),
          id: `other-${index}`,
          articleId: 'other-article',
        })),
      );
      const file = parseNativeImport(
        exportOf({
          tags: DEFAULT_TAGS,
          entities: [],
          articles: [{ article, annotations: [newer, same, stale, annotationOn(article, '«Северный ветер»', 'quote')] }],
        }),
      );
      if (!file.ok) throw new Error(file.error);
      const counts = { added: 1, updated: 1, unchanged: 1, skipped: 1 };
      expect((await previewImport(db, file.value)).counts).toEqual(counts);
      expect(await applyImport(db, file.value, new Date())).toEqual(counts);
      expect((await db.annotations.get(older.id))?.note).toBe('новая заметка');
      expect((await db.annotations.get(stale.id))?.note).toBe('свежее');
      expect(await db.annotations.count()).toBe(4 + others);
    },
  );

  it('an import checked for its preview is checked again if the annotations changed before the editor confirmed it', async () => {
    const kimMention = annotationOn(article, 'Ким', 'person');
    const quote = annotationOn(article, '«Северный ветер»', 'quote');
    const file = parseNativeImport(
      exportOf({ tags: DEFAULT_TAGS, entities: [], articles: [{ article, annotations: [kimMention, quote] }] }),
    );
    if (!file.ok) throw new Error(file.error);

    // Nothing written in between: the plan of the preview is the plan written.
    const quiet = await planImport(db, file.value);
    expect(quiet.preview.counts).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0 });
    const replan = await planImport(db, file.value);
    await db.annotations.clear();

    // Another window writes one of the file's annotations while the preview is open: the import now adds one and
    // finds the other unchanged, instead of adding both (which would fail on the id, or lose the other's edit).
    await db.annotations.put(kimMention);
    expect(await applyImport(db, file.value, new Date(), replan.planned)).toEqual({
      added: 1,
      updated: 0,
      unchanged: 1,
      skipped: 0,
    });
    expect((await db.annotations.toArray()).map((annotation) => annotation.id).sort()).toEqual([kimMention.id, quote.id].sort());
  });

  it('the ids remembered from one import are read again once anything else wrote to the annotations', async () => {
    const known = new KnownAnnotationIds();
    const setOf = (annotations: Annotation[]) => {
      const file = parseNativeImport(exportOf({ tags: DEFAULT_TAGS, entities: [], articles: [{ article, annotations }] }));
      if (!file.ok) throw new Error(file.error);
      return file.value;
    };
    const kimMention = annotationOn(article, 'Ким', 'person');
    const quote = annotationOn(article, '«Северный ветер»', 'quote');
    const first = setOf([kimMention]);
    await applyImport(db, first, new Date(), (await planImport(db, first, known)).planned, known);

    // The same ids again, remembered: nothing new.
    const again = await planImport(db, setOf([kimMention]), known);
    expect(again.preview.counts).toEqual({ added: 0, updated: 0, unchanged: 1, skipped: 0 });

    // Another window writes the quote; the next import must see it, though the ids were remembered before.
    await db.annotations.put(quote);
    const second = setOf([kimMention, quote]);
    const planned = await planImport(db, second, known);
    expect(planned.preview.counts).toEqual({ added: 0, updated: 0, unchanged: 2, skipped: 0 });
    expect(await applyImport(db, second, new Date(), planned.planned, known)).toEqual(planned.preview.counts);
  });

  it('stores an imported article as the article alone: its annotations go to their own table only', async () => {
    const file = parseNativeImport(
      exportOf({
        tags: DEFAULT_TAGS,
        entities: [],
        articles: [{ article, annotations: [annotationOn(article, 'Ким', 'person')] }],
      }),
    );
    if (!file.ok) throw new Error(file.error);
    await applyImport(db, file.value, new Date('2026-02-02T00:00:00Z'));
    expect(await readArticle(db, article.id)).toEqual({
      ...article,
      addedAt: '2026-02-02T00:00:00.000Z',
      openedAt: '2026-02-02T00:00:00.000Z',
    });
    expect(await db.annotations.where('articleId').equals(article.id).count()).toBe(1);
  });

  it('export all, clear, import, export again: equal apart from exportedAt, for random annotation sets', async () => {
    const text = fc.string({
      unit: fc.oneof(fc.constantFrom('а', 'Б', ' ', 'x', '«', '»', '\n'), fc.constantFrom('😀', '🇬🇧', '𝔘')),
      minLength: 4,
      maxLength: 40,
    });
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('person', 'quote', 'claim')), { maxLength: 8 }),
        async (body, spans) => {
          const generated = buildArticle(
            { title: 'T', date: null, blocks: [{ type: 'paragraph', text: body.trim() || 'текст' }] },
            {
              fileName: 'g.txt',
              format: 'text',
              encoding: 'utf-8',
              byteLength: 1,
            },
          );
          const points = [0];
          for (const character of generated.text) points.push((points.at(-1) ?? 0) + character.length);
          const annotations = spans
            .map(([a, b, tag], index): Annotation | null => {
              const [start, end] = [points[a % points.length] ?? 0, points[b % points.length] ?? 0].sort((x, y) => x - y) as [
                number,
                number,
              ];
              if (start === end) return null;
              return {
                id: `a${String(index).padStart(2, '0')}`,
                articleId: generated.id,
                tag,
                start,
                end,
                ...describeTextRange(generated.text, start, end),
                ...(tag === 'claim' ? { claim: { status: 'false' as const, note: '', sources: [] } } : {}),
                createdAt: '2026-01-09T10:00:00.000Z',
                updatedAt: '2026-01-09T10:00:00.000Z',
              };
            })
            .filter((annotation) => annotation !== null)
            .sort((x, y) => compareByPosition(x, y) || x.id.localeCompare(y.id));
          const first = exportOf({ tags: DEFAULT_TAGS, entities: [], articles: [{ article: generated, annotations }] });

          const fresh = new NewsroomDB(`roundtrip-${crypto.randomUUID()}`);
          const parsed = parseNativeImport(first);
          if (!parsed.ok) throw new Error(parsed.error);
          await applyImport(fresh, parsed.value, new Date());
          const second = exportOf(await readAnnotationSet(fresh, 'all'));
          await fresh.delete();
          expect(withoutExportedAt(second)).toEqual(withoutExportedAt(first));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('an id that belongs to another article’s annotation comes in with a new id; that annotation stays', async () => {
    const other = buildArticle(
      { title: 'Другая', date: null, blocks: [{ type: 'paragraph', text: 'Совсем другая статья про Ким.' }] },
      { fileName: 'b.txt', format: 'text', encoding: 'utf-8', byteLength: 1 },
    );
    const theirs = annotationOn(other, 'Ким', 'person', { id: 'shared-id', note: 'чужая заметка' });
    await db.articles.add({ ...other, addedAt: '2026-01-01T00:00:00.000Z', openedAt: '2026-01-01T00:00:00.000Z' });
    await db.annotations.add(theirs);
    const incoming = annotationOn(article, 'Анна', 'person', { id: 'shared-id', updatedAt: '2026-03-01T00:00:00.000Z' });
    const file = parseNativeImport(
      exportOf({ tags: DEFAULT_TAGS, entities: [], articles: [{ article, annotations: [incoming] }] }),
    );
    if (!file.ok) throw new Error(file.error);
    const preview = await previewImport(db, file.value);
    expect(preview.counts).toEqual({ added: 1, updated: 0, unchanged: 0, skipped: 0 });
    expect(preview.newIds).toEqual(['“Анна”: its id belongs to “Ким” in another article']);
    // The file carries the default tags, which the library has: none of them is new.
    expect(preview.newTags).toEqual([]);
    await applyImport(db, file.value, new Date());
    expect(await db.annotations.get('shared-id')).toEqual(theirs);
    const mine = await db.annotations.where('articleId').equals(article.id).toArray();
    expect(mine.map((annotation) => [annotation.quote, annotation.id === 'shared-id'])).toEqual([['Анна', false]]);
    // The new id is the same every time: importing the file again changes nothing.
    const again = parseNativeImport(
      exportOf({ tags: DEFAULT_TAGS, entities: [], articles: [{ article, annotations: [incoming] }] }),
    );
    if (!again.ok) throw new Error(again.error);
    expect(await applyImport(db, again.value, new Date())).toEqual({ added: 0, updated: 0, unchanged: 1, skipped: 0 });
    expect(await db.annotations.count()).toBe(2);
  });

  it('compares times as instants: a later time written with another offset is newer', async () => {
    // As text, 23:00-05:00 on the 1st sorts before 01:00Z on the 2nd; it is three hours after it.
    const stored = annotationOn(article, 'Ким', 'person', { note: 'в библиотеке', updatedAt: '2026-01-02T01:00:00.000Z' });
    await db.articles.add({ ...article, addedAt: '2026-01-01T00:00:00.000Z', openedAt: '2026-01-01T00:00:00.000Z' });
    await db.annotations.add(stored);
    const later = { ...stored, note: 'из файла', updatedAt: '2026-01-01T23:00:00-05:00' };
    const file = parseNativeImport(exportOf({ tags: DEFAULT_TAGS, entities: [], articles: [{ article, annotations: [later] }] }));
    if (!file.ok) throw new Error(file.error);
    expect(await applyImport(db, file.value, new Date())).toEqual({ added: 0, updated: 1, unchanged: 0, skipped: 0 });
    expect(await db.annotations.get(stored.id)).toMatchObject({ note: 'из файла', updatedAt: '2026-01-02T04:00:00.000Z' });
  });
});
