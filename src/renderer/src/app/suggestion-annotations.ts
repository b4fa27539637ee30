// The annotations that accepting suggestions makes, and the entities they start: names linked to their entity (a new
// one named in the nominative, shared by the names of one batch that match), a quote given its proposed speaker,
// whose name is tagged too when it was not yet.
import type { Annotation, Entity, Tag } from '../../../shared/annotation';
import { describeTextRange } from '../../../shared/annotation';
import type { Suggestion } from '../../../shared/suggestions/suggest';
import type { TextSpan } from '../../../shared/text/text-span';
import type { NewsroomDB, StoredArticle } from '../db/database';
import { linkEntities } from '../db/entity-linking';

/**
 * Each suggestion as proposed, or as `asTag`. `shown` are the article's annotations: a speaker tagged already is not
 * tagged again.
 */
export async function annotationsFromSuggestions(
  db: NewsroomDB,
  article: StoredArticle,
  tags: readonly Tag[],
  shown: readonly Annotation[],
  suggestions: readonly Suggestion[],
  asTag: string | undefined,
): Promise<{ annotations: Annotation[]; createdEntities: Entity[] }> {
  const tagById = new Map(tags.map((tag) => [tag.id, tag] as const));
  const now = new Date().toISOString();
  const annotationOf = (tag: string, span: TextSpan, extra: Partial<Annotation> = {}): Annotation => ({
    id: crypto.randomUUID(),
    articleId: article.id,
    tag,
    start: span.start,
    end: span.end,
    ...describeTextRange(article.text, span.start, span.end),
    ...extra,
    createdAt: now,
    updatedAt: now,
  });
  const taggedPeople = shown.filter((annotation) => annotation.tag === 'person');
  // The names to link, by tag: the suggestions', and the untagged speakers of the quotes.
  const names: { tag: string; span: TextSpan; name?: string; entityId?: string }[] = [];
  const others: { tag: string; suggestion: Suggestion }[] = [];
  for (const suggestion of suggestions) {
    const tag = asTag ?? suggestion.tag;
    if (tagById.get(tag)?.kind === 'entity')
      names.push({
        tag,
        span: suggestion,
        ...(suggestion.entityName ? { name: suggestion.entityName } : {}),
        ...(suggestion.entityId ? { entityId: suggestion.entityId } : {}),
      });
    else others.push({ tag, suggestion });
    const speaker = suggestion.speaker;
    const spokenBy = tag === 'quote' && speaker && !speaker.entityId && tagById.get('person')?.kind === 'entity';
    const alreadyTagged = taggedPeople.some((person) => person.start < (speaker?.end ?? 0) && (speaker?.start ?? 0) < person.end);
    if (
      spokenBy &&
      !alreadyTagged &&
      !names.some((entry) => entry.span.start === speaker.start && entry.span.end === speaker.end)
    )
      names.push({ tag: 'person', span: speaker, name: speaker.name });
  }
  const created: Annotation[] = [];
  const createdEntities: Entity[] = [];
  const entityAt = new Map<string, string>();
  for (const tagId of new Set(names.map((entry) => entry.tag))) {
    const tag = tagById.get(tagId);
    const entries = names.filter((entry) => entry.tag === tagId);
    if (!tag) continue;
    const toLink = entries.filter((entry) => !entry.entityId);
    const links = await linkEntities(
      db,
      tag,
      toLink.map((entry) => ({
        quote: article.text.slice(entry.span.start, entry.span.end),
        ...(entry.name ? { name: entry.name } : {}),
      })),
      () => crypto.randomUUID(),
    );
    for (const link of links) if (link.created) createdEntities.push(link.created);
    entries.forEach((entry) => {
      const entityId = entry.entityId ?? links[toLink.indexOf(entry)]?.entityId;
      if (entityId) entityAt.set(`${entry.span.start}:${entry.span.end}`, entityId);
      created.push(annotationOf(tagId, entry.span, entityId ? { entityId } : {}));
    });
  }
  for (const { tag, suggestion } of others) {
    const speaker = tag === 'quote' ? suggestion.speaker : undefined;
    const speakerId = speaker?.entityId ?? (speaker ? entityAt.get(`${speaker.start}:${speaker.end}`) : undefined);
    created.push(annotationOf(tag, suggestion, speakerId ? { speakerId } : {}));
  }
  return { annotations: created, createdEntities };
}
