// Undo and redo never overwrite a newer edit: two windows on one library (two histories on one database), and one
// window whose annotation an import changed. A step reverts the fields it changed, or is refused.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Annotation, Entity } from '../../src/shared/annotation';
import { buildArticle } from '../../src/shared/article/article-builder';
import { serializeNativeAnnotationSet } from '../../src/shared/formats/native-format';
import { parseNativeImport } from '../../src/shared/formats/native-import';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import type { NewsroomDB } from '../../src/renderer/src/db/database';
import { applyImport } from '../../src/renderer/src/db/import';
import { addOrReopenArticle, listTags } from '../../src/renderer/src/db/library';
import { AnnotationHistory, ChangedSinceError } from '../../src/renderer/src/editing/annotation-history';
import { annotationOn } from '../support/annotations';
import { withFreshDatabase } from '../support/fresh-database';

const article = buildArticle(parsePlainText('Творек уходит\n\nДжерри Творек покидает «Северный ветер».', 'f'), {
  fileName: 'tworek.txt',
  format: 'text',
  encoding: 'utf-8',
  byteLength: 90,
});

let db: NewsroomDB;
withFreshDatabase(async (fresh) => {
  db = fresh;
  await addOrReopenArticle(db, article, new Date());
});

/** An edit as the window makes one: on the annotation as it is stored, a millisecond after its last change. */
function edited(annotation: Annotation, change: Partial<Annotation>): Annotation {
  return { ...annotation, ...change, updatedAt: new Date(Date.parse(annotation.updatedAt) + 1000).toISOString() };
}

async function stored(id: string): Promise<Annotation | undefined> {
  return db.annotations.get(id);
}

describe('two windows on one library', () => {
  it('A retags, B adds a note, A undoes: the tag goes back and B’s note stays', async () => {
    const windowA = new AnnotationHistory(db);
    const windowB = new AnnotationHistory(db);
    const person = annotationOn(article, 'Джерри Творек', 'person');
    await windowA.apply({ kind: 'create', annotation: person, createdEntities: [] });
    const retagged = edited(person, { tag: 'quote' });
    await windowA.apply({ kind: 'update', before: person, after: retagged, createdEntities: [] });
    const noted = edited(retagged, { note: 'Заметка из окна B' });
    await windowB.apply({ kind: 'update', before: retagged, after: noted, createdEntities: [] });

    await windowA.undo();
    expect(await stored(person.id)).toMatchObject({ tag: 'person', note: 'Заметка из окна B' });
    expect(Date.parse((await stored(person.id))?.updatedAt ?? '')).toBeGreaterThan(Date.parse(noted.updatedAt));
  });

  it('A retags, B retags again, A undoes: refused, B’s tag stays, and the next undo goes on before it', async () => {
    const windowA = new AnnotationHistory(db);
    const windowB = new AnnotationHistory(db);
    const person = annotationOn(article, 'Джерри Творек', 'person');
    await windowA.apply({ kind: 'create', annotation: person, createdEntities: [] });
    const asQuote = edited(person, { tag: 'quote' });
    await windowA.apply({ kind: 'update', before: person, after: asQuote, createdEntities: [] });
    const asClaim = edited(asQuote, { tag: 'claim' });
    await windowB.apply({ kind: 'update', before: asQuote, after: asClaim, createdEntities: [] });

    await expect(windowA.undo()).rejects.toThrow(ChangedSinceError);
    expect(await stored(person.id)).toEqual(asClaim);
    expect(windowA.canUndo).toBe(true);
    // The create before it: the annotation has changed since (B retagged it), so it is not deleted either.
    await expect(windowA.undo()).rejects.toThrow('“Джерри Творек” was changed since');
    expect(await stored(person.id)).toEqual(asClaim);
    expect(windowA.canUndo).toBe(false);
  });

  it('undoing a delete while an import has brought the annotation back is refused', async () => {
    const windowA = new AnnotationHistory(db);
    const person = annotationOn(article, 'Джерри Творек', 'person');
    await windowA.apply({ kind: 'create', annotation: person, createdEntities: [] });
    await windowA.apply({ kind: 'delete', annotation: person });
    const back = edited(person, { note: 'из импорта' });
    await db.annotations.add(back);
    await expect(windowA.undo()).rejects.toThrow('“Джерри Творек” is in the library again');
    expect(await stored(person.id)).toEqual(back);
  });

  it('undoing a tag keeps the entity it created when another mention links to it now', async () => {
    const windowA = new AnnotationHistory(db);
    const windowB = new AnnotationHistory(db);
    const tworek: Entity = { id: 'tworek', tag: 'person', name: 'Джерри Творек', aliases: [] };
    const first = annotationOn(article, 'Джерри Творек', 'person', { entityId: tworek.id });
    await windowA.apply({ kind: 'create', annotation: first, createdEntities: [tworek] });
    const second = annotationOn(article, 'Творек', 'person', { entityId: tworek.id, occurrence: 0, id: 'second' });
    await windowB.apply({ kind: 'create', annotation: second, createdEntities: [] });
    await windowA.undo();
    expect(await stored(first.id)).toBeUndefined();
    expect(await db.entities.get(tworek.id)).toEqual(tworek);
    await windowA.redo();
    expect(await stored(first.id)).toMatchObject({ entityId: tworek.id });
  });

  it('tag set edits: an undo after another window added a tag is refused, and the tag stays', async () => {
    const windowA = new AnnotationHistory(db);
    const before = await listTags(db);
    const after = before.map((tag) => (tag.id === 'place' ? { ...tag, label: 'Место' } : tag));
    await windowA.apply({ kind: 'tags', before, after, retagged: [] });
    const added = { id: 'source', label: 'Source', kind: 'other' as const, color: '#888888', shortcut: '6', position: 5 };
    await db.tags.add(added);
    await expect(windowA.undo()).rejects.toThrow('The tags were changed since');
    expect(await db.tags.get('source')).toEqual(added);
    expect((await db.tags.get('place'))?.label).toBe('Место');
  });

  it('saving a tag set edited from an older list is refused: nothing of the other window is cleared', async () => {
    const windowA = new AnnotationHistory(db);
    const seenWhenOpened = await listTags(db);
    await db.tags.update('person', { color: '#000000' });
    const after = seenWhenOpened.filter((tag) => tag.id !== 'claim');
    await expect(windowA.apply({ kind: 'tags', before: seenWhenOpened, after, retagged: [] })).rejects.toThrow(ChangedSinceError);
    expect(await db.tags.count()).toBe(5);
    expect((await db.tags.get('person'))?.color).toBe('#000000');
  });
});

describe('one window and an import', () => {
  it('retag, import a newer version with a note, undo: the tag goes back, the imported note stays', async () => {
    const history = new AnnotationHistory(db);
    const person = annotationOn(article, 'Джерри Творек', 'person');
    await history.apply({ kind: 'create', annotation: person, createdEntities: [] });
    const retagged = edited(person, { tag: 'quote' });
    await history.apply({ kind: 'update', before: person, after: retagged, createdEntities: [] });
    const imported = edited(retagged, { note: 'Импортированная заметка' });
    const file = parseNativeImport(
      serializeNativeAnnotationSet({ tags: [], entities: [], articles: [{ article, annotations: [imported] }] }, new Date()),
      await listTags(db),
    );
    if (!file.ok) throw new Error(file.error);
    expect((await applyImport(db, file.value, new Date())).updated).toBe(1);

    await history.undo();
    expect(await stored(person.id)).toMatchObject({ tag: 'person', note: 'Импортированная заметка' });
    await history.redo();
    expect(await stored(person.id)).toMatchObject({ tag: 'quote', note: 'Импортированная заметка' });
  });
});
