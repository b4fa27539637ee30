import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/shared/annotation';
import { matchingEntities } from '../../src/renderer/src/components/nr-entity-chooser';

const person = (id: number, name: string, aliases: string[] = []): Entity => ({ id: `p${id}`, tag: 'person', name, aliases });

describe('the entity chooser', () => {
  const people = [
    person(1, 'Анна Ким'),
    person(2, 'Джерри Творек', ['Jerry Tworek']),
    person(3, 'Алёна Петрова'),
    ...Array.from({ length: 20 }, (_, index) => person(10 + index, `Пётр Иванов ${index}`)),
  ];

  it('finds entities by a part of the name or an alias, in any case and with е for ё', () => {
    expect(matchingEntities(people, 'творек').matches.map((entity) => entity.id)).toEqual(['p2']);
    expect(matchingEntities(people, 'TWOREK').matches.map((entity) => entity.id)).toEqual(['p2']);
    expect(matchingEntities(people, 'алена').matches.map((entity) => entity.id)).toEqual(['p3']);
    expect(matchingEntities(people, 'Смирнов')).toEqual({ matches: [], more: false });
  });

  it('offers the first few matches only, and says when there are more', () => {
    const many = matchingEntities(people, 'петр');
    expect(many.matches).toHaveLength(8);
    expect(many.matches[0]?.name).toBe('Алёна Петрова');
    expect(many.more).toBe(true);
    expect(
      matchingEntities(people, '')
        .matches.map((entity) => entity.id)
        .slice(0, 3),
    ).toEqual(['p1', 'p2', 'p3']);
    // Иванов 1 and 10–19: all eleven within a limit of twenty.
    const within = matchingEntities(people, 'Иванов 1', 20);
    expect(within.matches).toHaveLength(11);
    expect(within.more).toBe(false);
  });
});
