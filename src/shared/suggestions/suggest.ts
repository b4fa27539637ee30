// What the app proposes to tag in an article: names, quotes with their speakers, and claims. Computed in the library
// worker with the morphological analyser; nothing here writes anything, the editor accepts or rejects each.
import type { TextSpan } from '../text/text-span';
import type { Morphology } from './morphology';
import { suggestClaims } from './suggest-claims';
import type { KnownEntity, NameTag } from './suggest-names';
import { suggestNames, tokenize } from './suggest-names';
import { suggestQuotes } from './suggest-quotes';

export type SuggestedTag = NameTag | 'quote' | 'claim';

/** A name's readings, the likelier kind of name first: `Станковича` is a surname before it is a patronymic. */
const NAME_GRAMMEMES = ['Surn', 'Name', 'Patr'];

export const SUGGESTED_TAGS: readonly SuggestedTag[] = ['person', 'organization', 'place', 'quote', 'claim'];

/** Who a proposed quote is by: a tagged person (its entity), or a name not tagged yet (the span, and its name). */
export interface SuggestedSpeaker {
  start: number;
  end: number;
  entityId?: string;
  name: string;
}

export interface Suggestion {
  /** Stable for the article's text: `person:120:133`. */
  id: string;
  tag: SuggestedTag;
  start: number;
  end: number;
  /** A name the library knows: its entity. */
  entityId?: string;
  /** A name it does not: the entity it would create, named in the nominative (`Творека` → `Творек`). */
  entityName?: string;
  speaker?: SuggestedSpeaker;
}

/** A person already tagged in the article, with the entity it is linked to. */
export interface TaggedPerson extends TextSpan {
  entityId: string;
  name: string;
}

export interface SuggestionInput {
  text: string;
  /** The article's blocks; the title (the first, type `title`) gets names only. */
  blocks: readonly { type: string; start: number; end: number }[];
  entities: readonly KnownEntity[];
  people: readonly TaggedPerson[];
}

function capitalisedLike(written: string, word: string): string {
  let result = '';
  for (let index = 0; index < word.length; index++) {
    const char = word.charAt(index);
    const source = written.charAt(index);
    // The analyser writes ё where the text may not: `творёк` for `Творек` keeps the text's е.
    const letter = char === 'ё' && source.toLowerCase() === 'е' ? 'е' : char;
    result += source !== '' && source === source.toUpperCase() && source !== source.toLowerCase() ? letter.toUpperCase() : letter;
  }
  return result;
}

/**
 * A name in the nominative, word by word: `Альтману` → `Альтман`, `Анны Ким` → `Анна Ким`, `Мурманской области` →
 * `Мурманская область`. A word already in the nominative, or one the analyser cannot read, is kept as written; so are
 * the words after the first in `Министерство финансов` (a genitive that belongs to the name).
 */
export function nominativeName(name: string, morphology: Morphology): string {
  let result = '';
  let from = 0;
  // After an inanimate head noun the words are what it is of, already as they should be: `Банк России`.
  let headDone = false;
  for (const token of tokenize(name)) {
    result += name.slice(from, token.start);
    from = token.end;
    const readings = token.latin || headDone ? [] : morphology.readings(token.text).slice(0, 8);
    // A name's own reading first: `Творека` is the name's genitive before it is a noun's.
    const best =
      NAME_GRAMMEMES.map((grammeme) => readings.find((reading) => reading.grammemes.has(grammeme))).find(Boolean) ?? readings[0];
    if (best?.grammemes.has('NOUN') && !best.grammemes.has('anim')) headDone = true;
    // A word that can be a nominative singular (as a name, if it can be a name) is taken to be one: the analyser's guesses at unknown names
    // (`Силуанов` as a plural, `Ковалёва` as a man's genitive) are kept from renaming what is right as written; so is
    // a word read as a plural (`Мусаев`): a person's name is singular.
    const asName = readings.filter((reading) => NAME_GRAMMEMES.some((grammeme) => reading.grammemes.has(grammeme)));
    const likely = asName.length > 0 ? asName : readings.filter((reading) => reading.score >= (readings[0]?.score ?? 0) / 2);
    const nominative = likely.some((reading) => reading.grammemes.has('nomn') && !reading.grammemes.has('plur'));
    if (!best || nominative || best.grammemes.has('Fixd') || !best.grammemes.has('sing')) result += token.text;
    else result += capitalisedLike(token.text, best.nominative ?? best.lemma);
  }
  return result + name.slice(from);
}

/** Proposals for one article, in text order; the caller leaves out what is tagged or rejected already. */
export function suggestAnnotations(input: SuggestionInput, morphology: Morphology): Suggestion[] {
  const { text, blocks, entities, people } = input;
  const names = suggestNames(text, morphology, entities);
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const suggestions: Suggestion[] = names.map((name) => {
    const written = text.slice(name.start, name.end);
    return {
      id: `${name.tag}:${name.start}:${name.end}`,
      tag: name.tag,
      start: name.start,
      end: name.end,
      ...(name.entityId ? { entityId: name.entityId } : { entityName: nominativeName(written, morphology) }),
    };
  });

  // Speakers among the persons tagged and those proposed.
  const persons: SuggestedSpeaker[] = [
    ...people.map((person) => ({ start: person.start, end: person.end, entityId: person.entityId, name: person.name })),
    ...suggestions
      .filter((suggestion) => suggestion.tag === 'person')
      .filter((suggestion) => !people.some((person) => person.start < suggestion.end && suggestion.start < person.end))
      .map((suggestion) => ({
        start: suggestion.start,
        end: suggestion.end,
        ...(suggestion.entityId ? { entityId: suggestion.entityId } : {}),
        name: suggestion.entityId ? (entityById.get(suggestion.entityId)?.name ?? '') : (suggestion.entityName ?? ''),
      })),
  ].sort((a, b) => a.start - b.start);
  for (const quote of suggestQuotes(text, persons)) {
    const speaker = quote.speaker === null ? undefined : persons[quote.speaker];
    suggestions.push({
      id: `quote:${quote.start}:${quote.end}`,
      tag: 'quote',
      start: quote.start,
      end: quote.end,
      ...(speaker ? { speaker } : {}),
    });
  }

  const paragraphs = blocks.filter((block) => block.type !== 'title');
  for (const claim of suggestClaims(text, paragraphs))
    suggestions.push({ id: `claim:${claim.start}:${claim.end}`, tag: 'claim', start: claim.start, end: claim.end });
  return suggestions.sort((a, b) => a.start - b.start || b.end - a.end);
}
