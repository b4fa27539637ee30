// The application core edits as the window asks it to, without a browser: a tag shows at once and then as stored,
// quick successive edits keep each other, a failed write leaves nothing behind, and every field can be edited and
// undone. The library is real (fake-indexeddb); so are the article reader and the library's jobs.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/shared/annotation';
import type { TextSpan } from '../../src/shared/text/text-span';
import type { NewsroomDB } from '../../src/renderer/src/db/database';
import type { Harness } from '../support/app-core-harness';
import { startCore } from '../support/app-core-harness';
import { withFreshDatabase } from '../support/fresh-database';

const articleBytes = new Uint8Array(readFileSync(new URL('../fixtures/tworek-ru.txt', import.meta.url)));

let db: NewsroomDB;
let app: Harness;
withFreshDatabase((fresh) => {
  db = fresh;
});

beforeEach(async () => {
  app = startCore(db);
  await app.core.workflows.openFiles({ files: [{ fileName: 'tworek-ru.txt', path: '', bytes: articleBytes }], problems: [] });
  await app.until(() => app.core.article !== undefined, 'the article to open');
});

afterEach(() => {
  app.core.stop();
});

/** The span of the `occurrence`-th `fragment` in the open article. */
function spanOf(fragment: string, occurrence = 0): TextSpan {
  const text = app.core.article?.text ?? '';
  let start = -1;
  for (let index = 0; index <= occurrence; index++) start = text.indexOf(fragment, start + 1);
  if (start < 0) throw new Error(`"${fragment}" is not in the article`);
  return { start, end: start + fragment.length };
}

/** Tags a fragment as the editor does (selection, key) and waits until the window shows it as stored. */
async function tag(fragment: string, tagId: string, occurrence = 0): Promise<Annotation> {
  const span = spanOf(fragment, occurrence);
  await app.core.commands.applyTag(tagId, () => span);
  const stored = await db.annotations.get(app.core.session.focusedId ?? '');
  if (!stored) throw new Error(`"${fragment}" was not stored`);
  await app.until(
    () =>
      JSON.stringify(app.core.store.get(stored.id)) === JSON.stringify(stored) &&
      (!stored.entityId || app.core.library.entities.some((entity) => entity.id === stored.entityId)),
    'the tag and its entity to be read back',
  );
  return stored;
}

function shown(id: string): Annotation | undefined {
  return app.core.store.shown.find((annotation) => annotation.id === id);
}

describe('tagging', () => {
  it('shows the annotation in the same task as the key, then stores it linked to an entity, focused and announced', async () => {
    const span = spanOf('Джерри Творек');
    await app.until(() => app.core.libraryEntries?.[0]?.annotationCount === 0, 'the library list');
    const tagging = app.core.commands.applyTag('person', () => span);
    // Nothing awaited yet: the draft is what the article paints in the key's frame, and the library list counts it.
    expect(app.core.store.shown.map((annotation) => annotation.quote)).toEqual(['Джерри Творек']);
    expect(app.core.libraryEntries?.[0]?.annotationCount).toBe(1);
    expect(app.core.store.creatingId).not.toBeNull();
    await tagging;
    const [stored] = await app.stored();
    expect(stored?.quote).toBe('Джерри Творек');
    expect(stored?.entityId).toBeDefined();
    expect(app.core.session.focusedId).toBe(stored?.id);
    expect(app.core.store.creatingId).toBeNull();
    expect(app.announcements.at(-1)).toBe('“Джерри Творек” — person');
    const entity = await db.entities.get(stored?.entityId ?? '');
    expect(entity?.name).toBe('Джерри Творек');
  });

  it('a second tag key pressed while the first tag is being written retags the new annotation', async () => {
    // The selection as the window holds it: cleared once the tag made of it is stored.
    let selected: TextSpan | null = spanOf('Анна Ким');
    const clear = (): void => {
      selected = null;
    };
    const first = app.core.commands.applyTag('person', () => selected, clear);
    const second = app.core.commands.applyTag('place', () => selected, clear);
    await Promise.all([first, second]);
    const stored = await app.stored();
    expect(stored.map((annotation) => [annotation.quote, annotation.tag])).toEqual([['Анна Ким', 'place']]);
    expect(app.announcements).toContain('Changed to “Анна Ким” — place');
  });

  it('links an inflected surname to the entity already named, and undo takes the tag back', async () => {
    const first = await tag('Джерри Творек', 'person');
    const second = await tag('Творека', 'person');
    expect(second.entityId).toBe(first.entityId);
    expect(app.core.articleEntities.map((entity) => entity.name)).toEqual(['Джерри Творек']);
    await app.core.commands.step('undo');
    expect(await db.annotations.get(second.id)).toBeUndefined();
    expect(app.announcements.at(-1)).toBe('Undone: Removed “Творека” — person');
    await app.core.commands.step('redo');
    expect(await db.annotations.get(second.id)).toBeDefined();
  });

  it('drops the shown copy of a tag whose write fails, says so, and keeps what was saved before', async () => {
    const saved = await tag('Джерри Творек', 'person');
    db.annotations.hook('creating', () => {
      throw new Error('QuotaExceededError: the disk is full');
    });
    const span = spanOf('Сан-Франциско');
    await app.core.commands.applyTag('place', () => span);
    await app.until(() => app.core.store.shown.length === 1, 'the failed tag to disappear');
    expect(app.core.store.shown.map((annotation) => annotation.id)).toEqual([saved.id]);
    expect(app.core.libraryEntries?.[0]?.annotationCount).toBe(1);
    expect(app.core.store.creatingId).toBeNull();
    expect(app.core.notices.problems?.heading).toBe('The change was not saved');
    expect(app.core.notices.problems?.messages.join(' ')).toMatch(/Everything saved before is intact/);
    expect((await app.stored()).map((annotation) => annotation.id)).toEqual([saved.id]);
  });

  it('drops the shown copy of an edit whose write fails: the annotation shows as stored', async () => {
    const saved = await tag('Сан-Франциско', 'place');
    db.annotations.hook('updating', () => {
      throw new Error('the disk is full');
    });
    await app.core.commands.edit(saved.id, { field: 'note', note: 'проверить' });
    expect(shown(saved.id)?.note).toBeUndefined();
    expect(app.core.notices.problems?.heading).toBe('The change was not saved');
    expect((await db.annotations.get(saved.id))?.note).toBeUndefined();
  });
});

describe('quick successive edits', () => {
  it('keep each other: a note, a verdict and a reviewer given before any is stored all reach the database', async () => {
    const claim = await tag('основана в 2015 году', 'claim');
    const note = app.core.commands.edit(claim.id, { field: 'note', note: 'по реестру' });
    const verdict = app.core.commands.edit(claim.id, { field: 'claim', change: { status: 'verified' } });
    const reviewer = app.core.commands.edit(claim.id, { field: 'claim', change: { changedBy: 'А. Ким' } });
    // Shown before anything is written, each on top of the one before.
    expect(shown(claim.id)?.note).toBe('по реестру');
    expect(shown(claim.id)?.claim?.status).toBe('verified');
    expect(shown(claim.id)?.claim?.changedBy).toBe('А. Ким');
    await Promise.all([note, verdict, reviewer]);
    const stored = await db.annotations.get(claim.id);
    expect(stored?.note).toBe('по реестру');
    expect(stored?.claim).toMatchObject({ status: 'verified', changedBy: 'А. Ким' });
    expect(app.core.notices.problems).toBeNull();
  });

  it('undo right after an edit not yet stored takes that edit back, and the database’s version is shown', async () => {
    const place = await tag('Сан-Франциско', 'place');
    const noting = app.core.commands.edit(place.id, { field: 'note', note: 'город' });
    expect(shown(place.id)?.note).toBe('город');
    await app.core.commands.step('undo');
    await noting;
    await app.until(() => shown(place.id)?.note === undefined, 'the note to be undone');
    const stored = await db.annotations.get(place.id);
    expect(stored?.note).toBeUndefined();
    expect(shown(place.id)).toEqual(stored);
    expect(app.announcements.at(-1)).toBe('Undone: “Сан-Франциско” — place');
  });
});

describe('every field of the inspector', () => {
  it('links a mention to another entity and splits it off into a new one, each undoable', async () => {
    const person = await tag('Джерри Творек', 'person');
    const other = await tag('Анна Ким', 'person');
    await app.core.commands.edit(other.id, { field: 'entity', entityId: person.entityId ?? null });
    expect((await db.annotations.get(other.id))?.entityId).toBe(person.entityId);
    expect(app.announcements.at(-1)).toBe('Linked to Джерри Творек');
    await app.core.commands.edit(other.id, { field: 'entity', entityId: null });
    const split = await db.annotations.get(other.id);
    expect(split?.entityId).not.toBe(person.entityId);
    expect((await db.entities.get(split?.entityId ?? ''))?.name).toBe('Анна Ким');
    expect(app.announcements.at(-1)).toBe('Split off as a new entity: Анна Ким');
    await app.core.commands.step('undo');
    expect((await db.annotations.get(other.id))?.entityId).toBe(person.entityId);
  });

  it('sets and removes a quote’s speaker', async () => {
    const person = await tag('Анна Ким', 'person');
    const quote = await tag('«Команда остаётся, и работа над моделями не остановится»', 'quote');
    const speakerId = person.entityId ?? '';
    await app.core.commands.edit(quote.id, { field: 'speaker', speakerId });
    expect((await db.annotations.get(quote.id))?.speakerId).toBe(speakerId);
    expect(app.announcements.at(-1)).toBe('Speaker: Анна Ким');
    await app.core.commands.edit(quote.id, { field: 'speaker', speakerId: null });
    expect((await db.annotations.get(quote.id))?.speakerId).toBeUndefined();
    expect(app.announcements.at(-1)).toBe('Speaker removed');
  });

  it('proposes the speaker of a quote from the people named around it', async () => {
    const person = await tag('Анна Ким', 'person');
    const quote = await tag('«Команда остаётся, и работа над моделями не остановится»', 'quote');
    const text = app.core.article?.text ?? '';
    expect(app.core.insights.proposedSpeaker(quote, text, app.core.store.shown)).toBe(person.entityId);
  });

  it('gives a claim a verdict that the claim summary counts, and a note that blank text clears', async () => {
    const claim = await tag('её выручка выросла на 40 %', 'claim');
    expect(app.core.insights.claimSummary(app.core.store.shown)).toBe('Claims: 1 unverified');
    await app.core.commands.edit(claim.id, { field: 'claim', change: { status: 'false', note: 'отчёт за 2025 год' } });
    expect(app.announcements.at(-1)).toBe('Claim false');
    await app.until(() => app.core.insights.claimSummary(app.core.store.shown) === 'Claims: 1 false', 'the summary');
    await app.core.commands.edit(claim.id, { field: 'note', note: 'проверено' });
    expect((await db.annotations.get(claim.id))?.note).toBe('проверено');
    await app.core.commands.edit(claim.id, { field: 'note', note: '   ' });
    expect((await db.annotations.get(claim.id))?.note).toBeUndefined();
    expect((await db.annotations.get(claim.id))?.claim).toMatchObject({ status: 'false', note: 'отчёт за 2025 год' });
  });

  it('retags: a mention becomes a place, linked to a place entity, and undo makes it a person again', async () => {
    const mention = await tag('Сан-Франциско', 'person');
    await app.core.commands.retag(mention.id, 'place');
    const retagged = await db.annotations.get(mention.id);
    expect(retagged?.tag).toBe('place');
    expect((await db.entities.get(retagged?.entityId ?? ''))?.tag).toBe('place');
    expect(app.announcements.at(-1)).toBe('Changed to “Сан-Франциско” — place');
    await app.core.commands.step('undo');
    expect((await db.annotations.get(mention.id))?.tag).toBe('person');
  });

  it('a tag key with nothing selected retags the focused annotation', async () => {
    const mention = await tag('Северный ветер', 'person');
    app.core.session.focus(mention.id, true);
    await app.core.commands.applyTag('organization', () => null);
    expect((await db.annotations.get(mention.id))?.tag).toBe('organization');
  });
});

describe('deleting, aliases and all mentions', () => {
  it('Delete removes the focused annotation and focuses its neighbour; undo restores it', async () => {
    const first = await tag('Джерри Творек', 'person');
    const second = await tag('Северный ветер', 'organization');
    app.core.session.focus(first.id, true);
    await app.core.commands.deleteFocused();
    expect(await db.annotations.get(first.id)).toBeUndefined();
    expect(app.core.session.focusedId).toBe(second.id);
    expect(app.announcements.at(-1)).toBe('Deleted “Джерри Творек” — person');
    await app.core.commands.step('undo');
    expect(await db.annotations.get(first.id)).toEqual(first);
    expect(app.core.session.focusedId).toBe(first.id);
  });

  it('offers the Latin name after a mention as an alias, and tags every other mention in one undoable step', async () => {
    // The lead's mention, the one followed by the Latin name (the first is in the headline).
    const mention = await tag('Джерри Творек', 'person', 1);
    const text = app.core.article?.text ?? '';
    expect(app.core.insights.offeredAlias(mention, text, app.core.library.entities)).toBe('Jerry Tworek');
    await app.core.commands.addOfferedAlias(mention.id);
    await app.until(() => app.core.library.entities[0]?.aliases.includes('Jerry Tworek') === true, 'the alias');
    expect(app.core.insights.offeredAlias(mention, text, app.core.library.entities)).toBeNull();

    const untagged = app.core.insights.untaggedMentions(mention, text, app.core.store.shown, app.core.library.entities);
    expect(untagged.map((span) => text.slice(span.start, span.end))).toEqual(
      expect.arrayContaining(['Jerry Tworek', 'Творек', 'Творека']),
    );
    await app.core.commands.tagAllMentions(mention.id);
    const all = await app.stored();
    expect(all).toHaveLength(untagged.length + 1);
    expect(all.every((annotation) => annotation.entityId === mention.entityId)).toBe(true);
    expect(app.announcements.at(-1)).toBe(`Also tagged ${untagged.length} mentions`);
    await app.core.commands.step('undo');
    expect((await app.stored()).map((annotation) => annotation.id)).toEqual([mention.id]);
  });

  it('the filters let through the annotations of a tag, a claim status and a text', async () => {
    await tag('Джерри Творек', 'person');
    const claim = await tag('основана в 2015 году', 'claim');
    await app.core.commands.edit(claim.id, { field: 'claim', change: { status: 'verified' } });
    await app.until(() => shown(claim.id)?.claim?.status === 'verified', 'the verdict');
    app.core.session.setFilters({ tag: 'claim' });
    expect(app.core.visibleAnnotations.map((annotation) => annotation.id)).toEqual([claim.id]);
    app.core.session.setFilters({ tag: '', status: 'false' });
    expect(app.core.visibleAnnotations).toEqual([]);
    app.core.session.setFilters({ status: '', text: 'творек' });
    expect(app.core.visibleAnnotations.map((annotation) => annotation.quote)).toEqual(['Джерри Творек']);
  });
});

describe('the entity index and the menu', () => {
  it('renames and merges entities in the index’s own history, which Undo in the index takes back', async () => {
    const person = await tag('Джерри Творек', 'person');
    const other = await tag('Анна Ким', 'person');
    app.core.session.toggleView('entities');
    await app.until(() => app.core.library.entityIndex?.length === 2, 'the entity index');
    await app.core.commands.renameEntity({ entityId: other.entityId ?? '', name: 'Анна Ким-Ли' });
    expect((await db.entities.get(other.entityId ?? ''))?.aliases).toEqual(['Анна Ким']);
    await app.core.commands.mergeEntity({ sourceId: other.entityId ?? '', targetId: person.entityId ?? '' });
    expect((await db.annotations.get(other.id))?.entityId).toBe(person.entityId);
    expect(app.announcements.at(-1)).toBe('Анна Ким-Ли merged into Джерри Творек: 1 mention moved');
    expect(app.core.history?.canUndo).toBe(true);
    await app.core.commands.step('undo');
    expect((await db.annotations.get(other.id))?.entityId).toBe(other.entityId);
    // The article's own history is apart: back in the article, Undo takes back the last tag.
    app.core.session.showArticle(app.core.session.articleId ?? '');
    await app.core.commands.step('undo');
    expect(await db.annotations.get(other.id)).toBeUndefined();
  });

  it('Undo and Redo from the application menu act like the keys', async () => {
    const mention = await tag('Сан-Франциско', 'place');
    app.host.sendMenuCommand('undo');
    await app.until(() => app.core.store.shown.length === 0, 'the menu’s undo');
    expect(await db.annotations.get(mention.id)).toBeUndefined();
    app.host.sendMenuCommand('redo');
    await app.until(() => app.core.store.shown.length === 1, 'the menu’s redo');
  });

  it('an undo refused because another window changed the annotation since keeps the newer version and says so', async () => {
    const mention = await tag('Сан-Франциско', 'place');
    await app.core.commands.edit(mention.id, { field: 'note', note: 'моя заметка' });
    const current = await db.annotations.get(mention.id);
    if (!current) throw new Error('The note was not stored');
    await db.annotations.put({ ...current, note: 'из другого окна', updatedAt: new Date(Date.now() + 5000).toISOString() });
    await app.core.commands.step('undo');
    expect(app.core.notices.problems?.heading).toBe('Nothing was undone');
    expect((await db.annotations.get(mention.id))?.note).toBe('из другого окна');
  });
});
