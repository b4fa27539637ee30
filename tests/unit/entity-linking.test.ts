import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TAGS } from '../../src/shared/annotation';
import type { Tag } from '../../src/shared/annotation';
import { NewsroomDB } from '../../src/renderer/src/db/database';
import { entityNameFromQuote, linkEntity } from '../../src/renderer/src/db/entity-linking';
import { withFreshDatabase } from '../support/fresh-database';

const tag = (id: string) => DEFAULT_TAGS.find((candidate) => candidate.id === id) as Tag;
let db: NewsroomDB;
let ids = 0;
const newId = () => `new-${++ids}`;

withFreshDatabase(async (fresh) => {
  db = fresh;
  await db.entities.bulkAdd([
    { id: 'tworek', tag: 'person', name: 'Джерри Творек', aliases: ['Jerry Tworek'] },
    { id: 'kim', tag: 'person', name: 'Анна Ким', aliases: [] },
    { id: 'wind', tag: 'organization', name: 'Северный ветер', aliases: [] },
  ]);
});

describe('linkEntity', () => {
  it('links inflected names and aliases to the entity they name', async () => {
    expect(await linkEntity(db, tag('person'), { quote: 'Джерри Творека' }, newId)).toEqual({ entityId: 'tworek' });
    expect(await linkEntity(db, tag('person'), { quote: 'Jerry Tworek' }, newId)).toEqual({ entityId: 'tworek' });
    expect(await linkEntity(db, tag('organization'), { quote: '«Северного ветра»' }, newId)).toEqual({ entityId: 'wind' });
  });

  it('links a surname alone to the one person who has it', async () => {
    expect(await linkEntity(db, tag('person'), { quote: 'Твореком' }, newId)).toEqual({ entityId: 'tworek' });
    expect(await linkEntity(db, tag('person'), { quote: 'Ким' }, newId)).toEqual({ entityId: 'kim' });
  });

  it('starts a new entity for a name it does not know, or of another type', async () => {
    expect(await linkEntity(db, tag('person'), { quote: 'Ольга Смирнова' }, newId)).toEqual({
      entityId: 'new-1',
      created: { id: 'new-1', tag: 'person', name: 'Ольга Смирнова', aliases: [] },
    });
    const place = await linkEntity(db, tag('place'), { quote: 'Северный ветер' }, newId);
    expect(place.created?.tag).toBe('place');
  });

  it('links by the nominative where the stemmer alone misses, and names a new entity in it', async () => {
    await db.entities.add({ id: 'altman', tag: 'person', name: 'Сэм Альтман', aliases: [] });
    // The stemmer makes `альтма` of one and `альтман` of the other.
    expect((await linkEntity(db, tag('person'), { quote: 'Альтману' }, newId)).created?.name).toBe('Альтману');
    expect(await linkEntity(db, tag('person'), { quote: 'Альтману', name: 'Альтман' }, newId)).toEqual({ entityId: 'altman' });
    expect((await linkEntity(db, tag('person'), { quote: 'Шульману', name: 'Шульман' }, newId)).created?.name).toBe('Шульман');
  });

  it('does not link a surname two people share', async () => {
    await db.entities.add({ id: 'other-kim', tag: 'person', name: 'Борис Ким', aliases: [] });
    expect((await linkEntity(db, tag('person'), { quote: 'Ким' }, newId)).created?.name).toBe('Ким');
  });
});

describe('entityNameFromQuote', () => {
  it('drops quotation marks and extra spaces around a name', () => {
    expect(entityNameFromQuote('«Северный  ветер»')).toBe('Северный ветер');
    expect(entityNameFromQuote('"Reuters"')).toBe('Reuters');
  });
});
