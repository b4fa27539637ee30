// Counts in words, the same wherever the window shows them.

/** The number of annotations, in words: `1 annotation`, `3 annotations`. */
export function annotationCountLabel(count: number): string {
  return count === 1 ? '1 annotation' : `${count} annotations`;
}
