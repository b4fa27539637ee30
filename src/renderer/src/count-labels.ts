// Counts in words, in the interface's language and its plural forms, the same wherever the window shows them.
// Each form is its own message: Russian needs four (1 аннотация, 2 аннотации, 5 аннотаций, 1,5 аннотации) where
// English needs two.
import { msg, str } from '@lit/localize';
import { formatNumber, pluralCategory } from '../../shared/i18n/formatting';

type PluralForms = Readonly<Record<'one' | 'few' | 'many' | 'other', (n: string) => string>>;

/** `count` in the form its number takes; each form gets the number as the interface writes it (`10 001`). */
function inPluralForm(count: number, forms: PluralForms): string {
  const category = pluralCategory(count);
  const form = category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other;
  return form(formatNumber(count));
}

/** The number of annotations, in words: `1 annotation`, `3 annotations`, `10 001 аннотация`. */
export function annotationCountLabel(count: number): string {
  return inPluralForm(count, {
    one: (n) => msg(str`${n} annotation`, { id: 'count.annotation.one' }),
    few: (n) => msg(str`${n} annotations`, { id: 'count.annotation.few' }),
    many: (n) => msg(str`${n} annotations`, { id: 'count.annotation.many' }),
    other: (n) => msg(str`${n} annotations`, { id: 'count.annotation.other' }),
  });
}

/** The number of an entity's mentions: `1 mention`, `3 mentions`. */
export function mentionCountLabel(count: number): string {
  return inPluralForm(count, {
    one: (n) => msg(str`${n} mention`, { id: 'count.mention.one' }),
    few: (n) => msg(str`${n} mentions`, { id: 'count.mention.few' }),
    many: (n) => msg(str`${n} mentions`, { id: 'count.mention.many' }),
    other: (n) => msg(str`${n} mentions`, { id: 'count.mention.other' }),
  });
}

/** The number of quotes an entity is the speaker of: `1 quote`, `3 quotes`. */
export function quoteCountLabel(count: number): string {
  return inPluralForm(count, {
    one: (n) => msg(str`${n} quote`, { id: 'count.quote.one' }),
    few: (n) => msg(str`${n} quotes`, { id: 'count.quote.few' }),
    many: (n) => msg(str`${n} quotes`, { id: 'count.quote.many' }),
    other: (n) => msg(str`${n} quotes`, { id: 'count.quote.other' }),
  });
}

/** The number of articles: `1 article`, `30 articles`. */
export function articlesLabel(count: number): string {
  return inPluralForm(count, {
    one: (n) => msg(str`${n} article`, { id: 'count.article.one' }),
    few: (n) => msg(str`${n} articles`, { id: 'count.article.few' }),
    many: (n) => msg(str`${n} articles`, { id: 'count.article.many' }),
    other: (n) => msg(str`${n} articles`, { id: 'count.article.other' }),
  });
}

/** The number of entities: `1 entity`, `2,000 entities`. */
function entitiesLabel(count: number): string {
  return inPluralForm(count, {
    one: (n) => msg(str`${n} entity`, { id: 'count.entity.one' }),
    few: (n) => msg(str`${n} entities`, { id: 'count.entity.few' }),
    many: (n) => msg(str`${n} entities`, { id: 'count.entity.many' }),
    other: (n) => msg(str`${n} entities`, { id: 'count.entity.other' }),
  });
}

/** `listed` of a whole: the whole alone when nothing is narrowed away. */
function listedLabel(listed: number, total: number, whole: string): string {
  const shown = formatNumber(listed);
  return listed === total ? whole : msg(str`${shown} of ${whole}`, { id: 'count.listed-of' });
}

/** How many articles the library lists: `30 articles`, or `3 of 30 articles` while a search narrows it. */
export function articleCountLabel(listed: number, total: number): string {
  return listedLabel(listed, total, articlesLabel(total));
}

/** How many entities the index lists: `2,000 entities`, or `3 of 2,000 entities` while a search narrows it. */
export function entityCountLabel(listed: number, total: number): string {
  return listedLabel(listed, total, entitiesLabel(total));
}

/** The number of suggestions: `1 suggestion`, `12 suggestions`. */
export function suggestionCountLabel(count: number): string {
  return inPluralForm(count, {
    one: (n) => msg(str`${n} suggestion`, { id: 'count.suggestion.one' }),
    few: (n) => msg(str`${n} suggestions`, { id: 'count.suggestion.few' }),
    many: (n) => msg(str`${n} suggestions`, { id: 'count.suggestion.many' }),
    other: (n) => msg(str`${n} suggestions`, { id: 'count.suggestion.other' }),
  });
}
