// Counts in words, the same wherever the window shows them.

/** The number of annotations, in words: `1 annotation`, `3 annotations`. */
export function annotationCountLabel(count: number): string {
  return count === 1 ? '1 annotation' : `${count} annotations`;
}

/** How many articles the library lists: `30 articles`, or `3 of 30 articles` while a search narrows it. */
export function articleCountLabel(listed: number, total: number): string {
  const noun = total === 1 ? 'article' : 'articles';
  return listed === total ? `${total} ${noun}` : `${listed} of ${total} ${noun}`;
}
