// Matches the tag names another tool uses (`PERSON`, `Person`, `person`) to the library's tags, and makes a tag
// for each name the library does not have, so nothing an import brings is left untagged.
import type { Tag } from '../annotation';

/** Colours for tags an import adds: distinct from the default tags' and readable under black text. */
const NEW_TAG_COLORS = ['#9aa5b1', '#f2a65a', '#8fd3c7', '#c5a3ff', '#e8c547', '#ff9eb5', '#a3c4f3', '#b5d99c'];

/** The short labels of common NER schemes (CoNLL, OntoNotes as spaCy uses them) for the default tags' ids. */
const NER_LABEL_TAGS: Readonly<Record<string, string>> = {
  per: 'person',
  org: 'organization',
  loc: 'place',
  gpe: 'place',
  fac: 'place',
};

/** The form two tag names are compared in: case, spaces and underscores do not matter. */
function labelKey(label: string): string {
  return label
    .trim()
    .toLocaleLowerCase('en')
    .replace(/[\s_-]+/g, ' ');
}

export interface TagResolver {
  /** The id of the tag for `label`, making a new tag when no tag has that name or id. */
  tagIdFor(label: string): string;
  /** The tags made so far, to be added with the import. */
  readonly newTags: Tag[];
}

export function createTagResolver(existing: readonly Tag[]): TagResolver {
  const byKey = new Map<string, string>();
  for (const tag of existing) {
    byKey.set(labelKey(tag.label), tag.id);
    if (!byKey.has(labelKey(tag.id))) byKey.set(labelKey(tag.id), tag.id);
  }
  for (const [label, tagId] of Object.entries(NER_LABEL_TAGS)) {
    if (!byKey.has(label) && existing.some((tag) => tag.id === tagId)) byKey.set(label, tagId);
  }
  const newTags: Tag[] = [];
  const usedIds = new Set(existing.map((tag) => tag.id));
  return {
    newTags,
    tagIdFor(label) {
      const key = labelKey(label);
      const known = byKey.get(key);
      if (known !== undefined) return known;
      const base = `imported-${key.replace(/\s+/g, '-')}`.slice(0, 60);
      let id = base;
      for (let suffix = 2; usedIds.has(id); suffix++) id = `${base}-${suffix}`;
      usedIds.add(id);
      const trimmed = label.trim();
      newTags.push({
        id,
        label: trimmed.length > 0 ? trimmed : 'Untitled',
        kind: 'other',
        color: NEW_TAG_COLORS[newTags.length % NEW_TAG_COLORS.length] ?? '#9aa5b1',
        shortcut: '',
      });
      byKey.set(key, id);
      return id;
    },
  };
}
