// Finds the entity a tagged name belongs to, up to inflection, or describes the new one it starts.
import type { Entity, Tag } from '../../../shared/annotation';
import { nameWords, namesMatch, sameWordUpToInflection } from '../../../shared/entities/name-matching';
import type { NewsroomDB } from './database';

export interface EntityLink {
  entityId: string;
  /** Set when no entity matched: the entity to add along with the annotation. */
  created?: Entity;
}

/** Guillemets and quotation marks around a name are not part of it: `«Северный ветер»`. */
export function entityNameFromQuote(quote: string): string {
  return quote
    .replace(/^[\s«"“„'‘]+|[\s»"”'’]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A one-word mention of a person is their surname: it belongs to the one person whose name ends with it. */
function surnameMatch(candidates: readonly Entity[], name: string): Entity | undefined {
  const [word, ...rest] = nameWords(name);
  if (!word || rest.length > 0) return undefined;
  const matches = candidates.filter((entity) => {
    const last = nameWords(entity.name).at(-1);
    return last !== undefined && sameWordUpToInflection(last, word);
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The entity a mention of `quote` tagged `tag` belongs to: one whose name or alias matches up to inflection, or,
 * for a person's surname alone, the one person with that surname; else a new entity named by the mention.
 */
export async function linkEntity(db: NewsroomDB, tag: Tag, quote: string, newId: () => string): Promise<EntityLink> {
  const name = entityNameFromQuote(quote);
  const candidates = await db.entities.where('tag').equals(tag.id).toArray();
  const matched =
    candidates.find((entity) => [entity.name, ...entity.aliases].some((known) => namesMatch(name, known))) ??
    (tag.id === 'person' ? surnameMatch(candidates, name) : undefined);
  if (matched) return { entityId: matched.id };
  const created: Entity = { id: newId(), tag: tag.id, name, aliases: [] };
  return { entityId: created.id, created };
}
