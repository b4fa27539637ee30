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

/** A mention to link: its words, and the name a new entity would take (the nominative), if known. */
export interface MentionToLink {
  quote: string;
  name?: string;
}

/**
 * The entity a mention tagged `tag` belongs to: one whose name or alias matches the words or their nominative up to
 * inflection, or, for a person's surname alone, the one person with that surname; else a new entity, named in the
 * nominative when it is known (`Творек` for `Творека`), else by the words.
 */
export async function linkEntity(db: NewsroomDB, tag: Tag, mention: MentionToLink, newId: () => string): Promise<EntityLink> {
  const candidates = await db.entities.where('tag').equals(tag.id).toArray();
  return linkAmong(candidates, tag, mention, newId);
}

/** The entity among `candidates` (of the mention's tag) that a mention belongs to, if one does. */
export function matchingEntity(candidates: readonly Entity[], tagId: string, mention: MentionToLink): Entity | undefined {
  const written = entityNameFromQuote(mention.quote);
  const names = mention.name && mention.name !== written ? [written, mention.name] : [written];
  return (
    candidates.find((entity) =>
      [entity.name, ...entity.aliases].some((known) => names.some((name) => namesMatch(name, known))),
    ) ?? (tagId === 'person' ? names.map((name) => surnameMatch(candidates, name)).find(Boolean) : undefined)
  );
}

function linkAmong(candidates: readonly Entity[], tag: Tag, mention: MentionToLink, newId: () => string): EntityLink {
  const matched = matchingEntity(candidates, tag.id, mention);
  if (matched) return { entityId: matched.id };
  const created: Entity = { id: newId(), tag: tag.id, name: mention.name ?? entityNameFromQuote(mention.quote), aliases: [] };
  return { entityId: created.id, created };
}

/**
 * Links several mentions tagged `tag` at once, each also to the entities the ones before it create: `Сэм Альтман`,
 * then `Альтману`, make one entity. Longer names are linked first, so that a surname finds its full name.
 */
export async function linkEntities(
  db: NewsroomDB,
  tag: Tag,
  mentions: readonly MentionToLink[],
  newId: () => string,
): Promise<EntityLink[]> {
  const candidates = await db.entities.where('tag').equals(tag.id).toArray();
  const links = new Map<MentionToLink, EntityLink>();
  const byLength = [...mentions].sort((a, b) => nameWords(b.quote).length - nameWords(a.quote).length);
  for (const mention of byLength) {
    const link = linkAmong(candidates, tag, mention, newId);
    if (link.created) candidates.push(link.created);
    links.set(mention, link);
  }
  return mentions.map((mention) => links.get(mention) as EntityLink);
}
