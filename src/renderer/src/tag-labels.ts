// What the interface calls a tag. The default tags speak the interface's language until the editor renames them;
// their stored labels stay the English defaults, so an export reads the same whatever language it was made in.
import { msg } from '@lit/localize';
import { DEFAULT_TAGS } from '../../shared/annotation';
import type { Tag } from '../../shared/annotation';
import { interfaceLanguage, translationsOf } from '../../shared/i18n/localization';

/** Each default tag's label in the interface's language, by the tag's id. */
const DEFAULT_LABELS: Readonly<Record<string, () => string>> = {
  person: () => msg('Person', { id: 'tag.person' }),
  organization: () => msg('Organization', { id: 'tag.organization' }),
  place: () => msg('Place', { id: 'tag.place' }),
  quote: () => msg('Quote', { id: 'tag.quote' }),
  claim: () => msg('Claim', { id: 'tag.claim' }),
};

/** The English label a default tag is stored with; undefined for a tag the editor added. */
function englishDefault(id: string): string | undefined {
  return DEFAULT_TAGS.find((defaultTag) => defaultTag.id === id)?.label;
}

/** A default tag's name in the interface's language while the editor has not renamed it (in any language); else null. */
function localizedDefault(tag: Pick<Tag, 'id' | 'label'>): string | null {
  const localized = DEFAULT_LABELS[tag.id];
  const isDefault = tag.label === englishDefault(tag.id) || translationsOf(`tag.${tag.id}`).includes(tag.label);
  return localized && isDefault ? localized() : null;
}

/** The tag's name as the window shows it. */
export function tagLabel(tag: Pick<Tag, 'id' | 'label'>): string {
  return localizedDefault(tag) ?? tag.label;
}

/** The label to store for what the editor typed: a default tag's name in any language is kept as its English default. */
export function storedTagLabel(tag: Pick<Tag, 'id' | 'label'>): string {
  return localizedDefault(tag) === null ? tag.label : (englishDefault(tag.id) ?? tag.label);
}

/** The tag's name inside a sentence: a default tag in lower case (`персона`), a tag the editor named as they wrote it. */
export function tagWord(tag: Pick<Tag, 'id' | 'label'>): string {
  return localizedDefault(tag)?.toLocaleLowerCase(interfaceLanguage()) ?? tag.label;
}
