// Counts in words, the same wherever the window shows them.

/** The number of annotations, in words: `1 annotation`, `3 annotations`. */
export function annotationCountLabel(count: number): string {
  return count === 1 ? '1 annotation' : `${count} annotations`;
}

/** `30 articles`, or `3 of 30 articles` while a search narrows the list. */
function listedLabel(listed: number, total: number, one: string, many: string): string {
  const noun = total === 1 ? one : many;
  return listed === total ? `${total} ${noun}` : `${listed} of ${total} ${noun}`;
}

/** How many articles the library lists: `30 articles`, or `3 of 30 articles` while a search narrows it. */
export function articleCountLabel(listed: number, total: number): string {
  return listedLabel(listed, total, 'article', 'articles');
}

/** How many entities the index lists: `2000 entities`, or `3 of 2000 entities` while a search narrows it. */
export function entityCountLabel(listed: number, total: number): string {
  return listedLabel(listed, total, 'entity', 'entities');
}
