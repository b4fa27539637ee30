// What the window shows about the open article beyond its annotations, worked out from what is in memory: the claim
// summary, the entities its mentions are linked to, a quote's likely speaker, an alias to offer, the untagged mentions
// of an entity, and the annotations the list's filters let through. Each answer is kept until its inputs change.
import type { Annotation, ClaimStatus, Entity, Tag } from '../../../shared/annotation';
import { CLAIM_STATUSES } from '../../../shared/annotation';
import { findNameOccurrences, latinAliasAfter, namesMatch, untaggedMentions } from '../../../shared/entities/name-matching';
import { proposeSpeaker } from '../../../shared/entities/speaker-proposal';
import { textMatcher } from '../../../shared/text/text-search';
import type { TextSpan } from '../../../shared/text/text-span';
import { msg, str } from '@lit/localize';
import { claimStatusCount } from '../claim-status-labels';
import { tagWord } from '../tag-labels';
import { rememberLast } from '../remember-last';
import type { AnnotationFilters } from './session';

/** `Claims: 2 unverified, 1 verified`, or empty when the article has no claims. */
export function claimSummary(annotations: readonly Annotation[]): string {
  const counts = new Map<ClaimStatus, number>();
  for (const annotation of annotations) {
    if (annotation.tag !== 'claim') continue;
    const status = annotation.claim?.status ?? 'unverified';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  if (counts.size === 0) return '';
  const parts = CLAIM_STATUSES.filter((status) => counts.has(status))
    .map((status) => claimStatusCount(status, counts.get(status) ?? 0))
    .join(', ');
  return msg(str`Claims: ${parts}`);
}

/** `«Джерри Творек» — персона`, the quote cut at 60 characters: how announcements name an annotation. */
export function describeAnnotation(annotation: Annotation, tags: readonly Tag[]): string {
  const tag = tags.find((candidate) => candidate.id === annotation.tag);
  const label = tag ? tagWord(tag) : annotation.tag;
  const quote = annotation.quote.length > 60 ? `${annotation.quote.slice(0, 60)}…` : annotation.quote;
  return msg(str`“${quote}” — ${label}`, { id: 'annotation.described' });
}

/**
 * The names an entity goes by in running text: its name, and for a person also the surname alone when no other
 * person in the library shares it (`Творек` for Джерри Творек), as tagging links a lone surname.
 */
function searchNames(entity: Entity, library: readonly Entity[]): string[] {
  const words = entity.name.split(/\s+/);
  const surname = words.at(-1);
  if (entity.tag !== 'person' || words.length < 2 || !surname) return [entity.name];
  const shared = library.some(
    (other) => other.id !== entity.id && other.tag === 'person' && namesMatch(other.name.split(/\s+/).at(-1) ?? '', surname),
  );
  return shared ? [entity.name] : [entity.name, surname];
}

/** Mentions of `entity` in `text`: its names and aliases, any inflection. */
function mentionsOf(text: string, entity: Entity, library: readonly Entity[]): TextSpan[] {
  return findNameOccurrences(text, [...entity.aliases, ...searchNames(entity, library)]);
}

/**
 * The entities the article's mentions are linked to, worked out from what is already in memory: a query of its
 * own would read every annotation of a long article again after each change.
 */
function linkedEntities(annotations: readonly Annotation[], library: readonly Entity[]): readonly Entity[] {
  // A loop rather than flatMap: this runs on every key that tags, and a small array per annotation made it twice as slow.
  const linked = new Set<string>();
  for (const annotation of annotations) if (annotation.entityId) linked.add(annotation.entityId);
  return library.filter((entity) => linked.has(entity.id));
}

/** The annotations the list filters let through; a status filter shows claims with that status only. */
function filtered(annotations: readonly Annotation[], filters: AnnotationFilters): readonly Annotation[] {
  const matches = textMatcher(filters.text);
  if (!filters.tag && !filters.status && !matches) return annotations;
  return annotations.filter(
    (annotation) =>
      (!filters.tag || annotation.tag === filters.tag) &&
      (!filters.status || (annotation.tag === 'claim' && (annotation.claim?.status ?? 'unverified') === filters.status)) &&
      (!matches || matches(annotation.quote) || (annotation.note !== undefined && matches(annotation.note))),
  );
}

export class ArticleInsights {
  /** Counted once per set of annotations: renders that change something else find it as it was. */
  readonly claimSummary = rememberLast(claimSummary);
  readonly linkedEntities = rememberLast(linkedEntities);
  readonly filtered = rememberLast(filtered);
  /**
   * Scanning a long article for names is not free, so the answer is kept until the text or the names change; which
   * mentions are untagged is worked out again as annotations change.
   */
  private readonly mentionsOf = rememberLast(mentionsOf);
  private readonly untagged = rememberLast(untaggedMentions);

  /** The person a quote is most likely by, from the people mentioned around it. */
  proposedSpeaker(quote: Annotation, text: string, annotations: readonly Annotation[]): string | null {
    const people = annotations.flatMap((annotation) =>
      annotation.tag === 'person' && annotation.entityId
        ? [{ start: annotation.start, end: annotation.end, entityId: annotation.entityId }]
        : [],
    );
    return proposeSpeaker(text, quote.start, quote.end, people);
  }

  /** The Latin name after a mention, when its entity does not know it yet. */
  offeredAlias(mention: Annotation, text: string, library: readonly Entity[]): string | null {
    const entity = library.find((candidate) => candidate.id === mention.entityId);
    const alias = entity ? latinAliasAfter(text, mention.end) : null;
    if (!entity || alias === null) return null;
    return [entity.name, ...entity.aliases].some((known) => namesMatch(alias, known)) ? null : alias;
  }

  /** Mentions of a mention's entity (its name and aliases, any inflection) that no annotation of its tag covers yet. */
  untaggedMentions(
    mention: Annotation,
    text: string,
    annotations: readonly Annotation[],
    library: readonly Entity[],
  ): TextSpan[] {
    const entity = library.find((candidate) => candidate.id === mention.entityId);
    return entity ? this.untagged(this.mentionsOf(text, entity, library), annotations, mention.tag) : [];
  }
}
