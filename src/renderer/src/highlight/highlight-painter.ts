// Paints annotations with the CSS Custom Highlight API: one Highlight per tag, plus one for the focused annotation.
import type { Annotation, Tag, TagKind } from '../../../shared/annotation';
import type { TextPositionMap } from './text-position-map';

export const FOCUS_HIGHLIGHT = 'nr-focus';

/** Registry name of a tag's highlight; the registry is global, so names carry the app's prefix. */
export function highlightNameForTag(tagId: string): string {
  return `nr-tag-${tagId.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}

/** Inner spans paint over the spans around them: entities over quotes over claims. */
const PRIORITY_BY_KIND: Record<TagKind, number> = { claim: 1, quote: 2, other: 3, entity: 4 };

/** Style rules for the tags' highlights, for the stylesheet of the tree that holds the text. */
export function highlightRules(tags: readonly Tag[]): string {
  const rules = tags.map((tag) => {
    const name = highlightNameForTag(tag.id);
    // Claims and quotes often contain names: they get an underline in their colour and a paler fill, so a
    // name inside them keeps its own colour and both stay visible.
    const isContainer = tag.kind === 'claim' || tag.kind === 'quote';
    const fill = `color-mix(in srgb, ${tag.color} ${isContainer ? 28 : 55}%, transparent)`;
    const underline = isContainer ? ` text-decoration: underline 2px ${tag.color}; text-underline-offset: 4px;` : '';
    return `::highlight(${name}) { background-color: ${fill};${underline} }`;
  });
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgb(29 78 216 / 0.28); color: #0b1f4d; }`);
  return rules.join('\n');
}

export class HighlightPainter {
  private readonly registered = new Set<string>();

  /** Replaces every painted highlight with the given annotations. */
  paint(map: TextPositionMap, annotations: readonly Annotation[], tags: readonly Tag[], focusedId: string | null): void {
    const kindOfTag = new Map(tags.map((tag) => [tag.id, tag.kind] as const));
    const rangesByTag = new Map<string, Range[]>();
    let focusRange: Range | null = null;
    for (const annotation of annotations) {
      const range = map.toRange(annotation.start, annotation.end);
      if (!range) continue;
      let ranges = rangesByTag.get(annotation.tag);
      if (!ranges) rangesByTag.set(annotation.tag, (ranges = []));
      ranges.push(range);
      if (annotation.id === focusedId) focusRange = range.cloneRange();
    }

    const stale = new Set(this.registered);
    for (const [tagId, ranges] of rangesByTag) {
      const name = highlightNameForTag(tagId);
      const highlight = new Highlight(...ranges);
      highlight.priority = PRIORITY_BY_KIND[kindOfTag.get(tagId) ?? 'other'];
      this.set(name, highlight);
      stale.delete(name);
    }
    if (focusRange) {
      const focus = new Highlight(focusRange);
      focus.priority = 10;
      this.set(FOCUS_HIGHLIGHT, focus);
      stale.delete(FOCUS_HIGHLIGHT);
    }
    for (const name of stale) this.remove(name);
  }

  clear(): void {
    for (const name of [...this.registered]) this.remove(name);
  }

  private set(name: string, highlight: Highlight): void {
    CSS.highlights.set(name, highlight);
    this.registered.add(name);
  }

  private remove(name: string): void {
    CSS.highlights.delete(name);
    this.registered.delete(name);
  }
}
