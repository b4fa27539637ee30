// The core's suggestions, without a browser: they come after the article opens, a rejection is stored and outlives a
// restart, a kind accepted at once is one undoable step that takes its new entities with it, tagging by hand uses a
// suggestion up and names the entity in the nominative, and an entity left with no mention leaves the index.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TAGS } from '../../src/shared/annotation';
import { openSuggestions } from '../../src/renderer/src/app/article-suggestions';
import type { NewsroomDB } from '../../src/renderer/src/db/database';
import type { Harness } from '../support/app-core-harness';
import { inThreadJobs, startCore } from '../support/app-core-harness';
import { withFreshDatabase } from '../support/fresh-database';

const articleBytes = new Uint8Array(readFileSync(new URL('../fixtures/suggestions-ru.txt', import.meta.url)));

let db: NewsroomDB;
let app: Harness;
withFreshDatabase((fresh) => {
  db = fresh;
});

afterEach(() => {
  app.core.stop();
});

/** Starts a core, opens the fixture article in it, and waits for its suggestions. */
async function openWithSuggestions(articleId: string | null = null): Promise<Harness> {
  app = startCore(db, articleId);
  if (!articleId)
    await app.core.workflows.openFiles({
      files: [{ fileName: 'suggestions-ru.txt', path: '', bytes: articleBytes }],
      problems: [],
    });
  // What is open is read against the library's tags, which a core just started may not have read yet.
  await app.until(
    () => app.core.suggestions.status === 'ready' && app.core.library.tags.length > 0,
    'the suggestions and the tags',
  );
  return app;
}

const words = (app: Harness, span: { start: number; end: number }) => app.core.article?.text.slice(span.start, span.end);

function suggested(app: Harness, fragment: string, tag: string) {
  const found = app.core.suggestions.open.find((suggestion) => suggestion.tag === tag && words(app, suggestion) === fragment);
  if (!found) throw new Error(`No ${tag} suggestion of "${fragment}"`);
  return found;
}

describe('suggestions in the core', () => {
  it('are counted by kind once the article opens, and a rejection outlives a restart', async () => {
    await openWithSuggestions();
    expect(app.core.suggestions.counts.find((count) => count.tag === 'person')?.count).toBe(3);
    const moscow = suggested(app, 'Москве', 'place');
    await app.core.suggestions.reject(moscow.id);
    expect(app.announcements).toContain('Suggestion rejected');
    expect(app.core.suggestions.open.some((suggestion) => suggestion.id === moscow.id)).toBe(false);
    expect(await db.annotations.count()).toBe(0);

    const articleId = app.core.session.articleId;
    app.core.stop();
    await openWithSuggestions(articleId);
    expect(app.core.suggestions.open.some((suggestion) => suggestion.id === moscow.id)).toBe(false);
    expect(app.core.suggestions.open.some((suggestion) => suggestion.tag === 'person')).toBe(true);
  });

  it('accepts every person in one step, linked to entities in the nominative, and one undo takes them all back', async () => {
    await openWithSuggestions();
    await app.core.suggestions.acceptAll('person');
    await app.until(() => app.core.store.shown.length === 3, 'three persons');
    const stored = await app.stored();
    expect(stored.map((annotation) => annotation.quote).sort()).toEqual(['Деян Станкович', 'Илья Шульман', 'Станковича']);
    // `Станковича` is the same man as `Деян Станкович`: one entity, named in the nominative.
    expect((await db.entities.toArray()).map((entity) => entity.name).sort()).toEqual(['Деян Станкович', 'Илья Шульман']);
    expect(app.core.suggestions.counts.some((count) => count.tag === 'person')).toBe(false);

    await app.core.commands.step('undo');
    await app.until(() => app.core.store.shown.length === 0, 'the persons undone');
    expect(await db.entities.count()).toBe(0);
    expect(app.core.suggestions.counts.find((count) => count.tag === 'person')?.count).toBe(3);
  });

  it('a name tagged by hand uses its suggestion up and starts its entity in the nominative', async () => {
    await openWithSuggestions();
    const genitive = suggested(app, 'Станковича', 'person');
    await app.core.commands.applyTag('person', () => genitive);
    await app.until(() => app.core.store.shown.length === 1, 'the tag');
    expect(app.core.suggestions.open.some((suggestion) => suggestion.id === genitive.id)).toBe(false);
    expect((await db.entities.toArray()).map((entity) => entity.name)).toEqual(['Станкович']);
  });

  it('a mention deleted takes the entity it alone used out of the index, and undo brings it back', async () => {
    await openWithSuggestions();
    await app.core.suggestions.accept(suggested(app, 'Илья Шульман', 'person').id);
    await app.until(() => app.core.store.shown.length === 1, 'the person');
    app.core.session.focus(app.core.store.shown[0]?.id ?? null);
    await app.core.commands.deleteFocused();
    await app.until(() => app.core.store.shown.length === 0, 'the deletion');
    expect(await db.entities.count()).toBe(0);
    await app.core.commands.step('undo');
    await app.until(() => app.core.store.shown.length === 1, 'the undo');
    expect((await db.entities.toArray()).map((entity) => entity.name)).toEqual(['Илья Шульман']);
  });
});

describe('when the suggestions are asked for', () => {
  it('the first, which loads the dictionary, after the start’s warm-up and once the editor pauses; later ones at once', async () => {
    const jobs = inThreadJobs();
    let endWarmUp = (): void => undefined;
    const warmUpHeld = new Promise<void>((resolve) => {
      endWarmUp = resolve;
    });
    const pauses: (() => void)[] = [];
    const asked: string[] = [];
    app = startCore(db, null, {
      jobs: {
        ...jobs,
        warmUp: async (database) => {
          await warmUpHeld;
          await jobs.warmUp(database);
        },
        suggest: (input) => {
          asked.push(input.text);
          return jobs.suggest(input);
        },
      },
      whenEditorPauses: (run) => pauses.push(run),
    });
    await app.core.workflows.openFiles({
      files: [{ fileName: 'suggestions-ru.txt', path: '', bytes: articleBytes }],
      problems: [],
    });
    await app.until(() => app.core.store.settled && app.core.suggestions.status === 'waiting', 'the article');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pauses).toHaveLength(0);

    endWarmUp();
    await vi.waitFor(() => expect(pauses).toHaveLength(1));
    expect(asked).toHaveLength(0);
    pauses[0]?.();
    await app.until(() => app.core.suggestions.status === 'ready', 'the first suggestions');
    expect(asked).toHaveLength(1);

    const second = 'Министр финансов Антон Силуанов выступил в Москве.';
    await app.core.workflows.openFiles({
      files: [{ fileName: 'short.txt', path: '', bytes: new TextEncoder().encode(second) }],
      problems: [],
    });
    await app.until(() => app.core.suggestions.status === 'ready' && app.core.article?.text === second, 'the second');
    expect(asked).toEqual([expect.any(String), second]);
    expect(pauses).toHaveLength(1);
  });
});

describe('the suggestions left open', () => {
  it('are those no annotation of their group overlaps, for any spans', () => {
    // A fixed pseudo-random sequence: the same spans every run.
    let seed = 7;
    const next = (limit: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % limit;
    const span = () => {
      const start = next(500);
      return { start, end: start + 1 + next(40) };
    };
    const tagIds = ['person', 'organization', 'place', 'quote', 'claim'] as const;
    for (let round = 0; round < 20; round++) {
      const suggestions = Array.from({ length: 60 }, (_, index) => {
        const tag = tagIds[next(5)] ?? 'person';
        const at = span();
        return { id: `${tag}:${index}`, tag, ...at };
      }).sort((a, b) => a.start - b.start);
      const annotations = Array.from({ length: 15 }, (_, index) => ({
        id: `a${index}`,
        articleId: 'x',
        tag: tagIds[next(5)] ?? 'person',
        ...span(),
        quote: '',
        prefix: '',
        suffix: '',
        createdAt: '',
        updatedAt: '',
      }));
      const group = (tag: string) => (['person', 'organization', 'place'].includes(tag) ? 'entity' : tag);
      const expected = suggestions.filter(
        (suggestion) =>
          !annotations.some(
            (annotation) =>
              group(annotation.tag) === group(suggestion.tag) &&
              annotation.start < suggestion.end &&
              suggestion.start < annotation.end,
          ),
      );
      expect(openSuggestions(suggestions, new Set(), annotations, DEFAULT_TAGS)).toEqual(expected);
    }
  });
});
