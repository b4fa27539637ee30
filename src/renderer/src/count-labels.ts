// Counts in words, the same wherever the window shows them.

/** `1 annotation`, `3 annotations`: a count with its noun. */
function countLabel(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The number of annotations, in words: `1 annotation`, `3 annotations`. */
export function annotationCountLabel(count: number): string {
  return countLabel(count, 'annotation', 'annotations');
}

/** The number of an entity's mentions: `1 mention`, `3 mentions`. */
export function mentionCountLabel(count: number): string {
  return countLabel(count, 'mention', 'mentions');
}

/** The number of quotes an entity is the speaker of: `1 quote`, `3 quotes`. */
export function quoteCountLabel(count: number): string {
  return countLabel(count, 'quote', 'quotes');
}

/** `30 articles`, or `3 of 30 articles` while a search narrows the list. */
function listedLabel(listed: number, total: number, one: string, many: string): string {
  const whole = countLabel(total, one, many);
  return listed === total ? whole : `${listed} of ${whole}`;
}

/** How many articles the library lists: `30 articles`, or `3 of 30 articles` while a search narrows it. */
export function articleCountLabel(listed: number, total: number): string {
  return listedLabel(listed, total, 'article', 'articles');
}

/** How many entities the index lists: `2000 entities`, or `3 of 2000 entities` while a search narrows it. */
export function entityCountLabel(listed: number, total: number): string {
  return listedLabel(listed, total, 'entity', 'entities');
}
