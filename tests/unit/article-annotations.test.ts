import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src/shared/annotation';
import type { NewsroomDB } from '../../src/renderer/src/db/database';
import { ArticleAnnotations, compareInText } from '../../src/renderer/src/db/article-annotations';
import { AnnotationHistory } from '../../src/renderer/src/editing/annotation-history';
import { withFreshDatabase } from '../support/fresh-database';

let db: NewsroomDB;
withFreshDatabase((fresh) => {
  db = fresh;
});

function annotation(id: string, articleId: string, start: number, end: number, tag = 'person'): Annotation {
  return {
    id,
    articleId,
    tag,
    start,
    end,
    quote: 'x'.repeat(end - start),
    prefix: '',
    suffix: '',
    createdAt: '2026-11-26T10:00:00.000Z',
    updatedAt: '2026-11-26T10:00:00.000Z',
  };
}

/** What a fresh read of the article gives, in the order the window lists it. */
async function storedIn(articleId: string): Promise<Annotation[]> {
  return (await db.annotations.where('articleId').equals(articleId).toArray()).sort(compareInText);
}

/** Follows `articleId`, counting how often the followed annotations are replaced. */
function follow(articleId: string | null): { model: ArticleAnnotations; changes: () => number } {
  let changes = 0;
  const model = new ArticleAnnotations(db, () => changes++);
  model.follow(articleId);
  return { model, changes: () => changes };
}

async function caughtUp(model: ArticleAnnotations, articleId: string): Promise<void> {
  const expected = await storedIn(articleId);
  await vi.waitFor(() => {
    expect(model.annotations).toEqual(expected);
  });
  // Found by id as in the list: the window looks up the focused annotation this way.
  for (const annotation of expected) expect(model.get(annotation.id)).toEqual(annotation);
}

describe('the open article’s annotations', () => {
  it('are read in text order, the longer of two spans at one start first', async () => {
    await db.annotations.bulkAdd([annotation('c', 'a1', 10, 12), annotation('a', 'a1', 0, 5), annotation('b', 'a1', 0, 9)]);
    await db.annotations.add(annotation('other', 'a2', 0, 1));
    const { model } = follow('a1');
    expect(model.settled).toBe(false);
    await vi.waitFor(() => {
      expect(model.annotations?.map((stored) => stored.id)).toEqual(['b', 'a', 'c']);
    });
    expect(model.settled).toBe(true);
    model.stop();
  });

  it('take in a tag, a retag and a delete made through the history, and ignore other articles', async () => {
    await db.annotations.bulkAdd([annotation('a', 'a1', 0, 5), annotation('c', 'a1', 20, 25)]);
    const { model, changes } = follow('a1');
    await caughtUp(model, 'a1');
    const history = new AnnotationHistory(db);

    const tagged = annotation('b', 'a1', 10, 15);
    await history.apply({ kind: 'create', annotation: tagged, createdEntities: [] });
    await vi.waitFor(() => {
      expect(model.annotations?.map((stored) => stored.id)).toEqual(['a', 'b', 'c']);
    });
    const retagged = { ...tagged, tag: 'place' };
    await history.apply({ kind: 'update', before: tagged, after: retagged, createdEntities: [] });
    await vi.waitFor(() => {
      expect(model.annotations?.[1]?.tag).toBe('place');
    });
    await history.apply({ kind: 'delete', annotation: retagged });
    await vi.waitFor(() => {
      expect(model.annotations?.map((stored) => stored.id)).toEqual(['a', 'c']);
    });

    const changesBefore = changes();
    const elsewhere = annotation('x', 'a2', 0, 5);
    await db.annotations.add(elsewhere);
    await db.annotations.delete(elsewhere.id);
    await history.apply({ kind: 'create', annotation: annotation('d', 'a1', 30, 31), createdEntities: [] });
    await caughtUp(model, 'a1');
    expect(changes() - changesBefore, 'only the write to this article replaced the list').toBe(1);
    model.stop();
  });

  it('read the article again after a bulk write or a cleared table', async () => {
    const { model } = follow('a1');
    await caughtUp(model, 'a1');
    await db.annotations.bulkPut(
      Array.from({ length: 120 }, (_, index) => annotation(`n${index}`, 'a1', index * 3, index * 3 + 2)),
    );
    await caughtUp(model, 'a1');
    expect(model.annotations).toHaveLength(120);
    await db.annotations.clear();
    await vi.waitFor(() => {
      expect(model.annotations).toEqual([]);
    });
    model.stop();
  });

  it('never show the article the editor left', async () => {
    await db.annotations.bulkAdd([annotation('a', 'a1', 0, 5), annotation('b', 'a2', 0, 5)]);
    const { model } = follow('a1');
    model.follow('a2');
    await caughtUp(model, 'a2');
    await db.annotations.add(annotation('c', 'a1', 6, 9));
    await db.annotations.add(annotation('d', 'a2', 6, 9));
    await caughtUp(model, 'a2');
    expect(model.annotations?.map((stored) => stored.id)).toEqual(['b', 'd']);
    model.stop();
  });

  it('report a read that fails, as settled with an error', async () => {
    db.close({ disableAutoOpen: true });
    const { model } = follow('a1');
    await vi.waitFor(() => {
      expect(model.settled).toBe(true);
    });
    expect(model.annotations).toBeUndefined();
    expect((model.error as Error).name).toBe('DatabaseClosedError');
    model.stop();
  });

  it('equal a fresh read after any run of writes', async () => {
    const write = fc.oneof(
      fc.record({
        kind: fc.constant('put' as const),
        id: fc.integer({ min: 0, max: 30 }),
        article: fc.constantFrom('a1', 'a2'),
        start: fc.integer({ min: 0, max: 50 }),
        length: fc.integer({ min: 1, max: 10 }),
      }),
      fc.record({ kind: fc.constant('delete' as const), id: fc.integer({ min: 0, max: 30 }) }),
      fc.record({
        kind: fc.constant('bulk' as const),
        count: fc.integer({ min: 40, max: 70 }),
        start: fc.integer({ min: 0, max: 9 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 12 }), async (writes) => {
        await db.annotations.clear();
        const { model } = follow('a1');
        for (const step of writes) {
          if (step.kind === 'put') {
            await db.annotations.put(annotation(`k${step.id}`, step.article, step.start, step.start + step.length));
          } else if (step.kind === 'delete') {
            await db.annotations.delete(`k${step.id}`);
          } else {
            await db.annotations.bulkPut(
              Array.from({ length: step.count }, (_, index) =>
                annotation(`k${index}`, index % 2 ? 'a1' : 'a2', step.start + index, step.start + index + 2),
              ),
            );
          }
        }
        await caughtUp(model, 'a1');
        model.stop();
      }),
      { numRuns: 40 },
    );
  });
});
