// Paints annotations with the CSS Custom Highlight API: one Highlight per tag, plus one for the focused annotation.
import type { TextSpan } from '../../../shared/text/text-span';
import type { Annotation, Tag, TagKind } from '../../../shared/annotation';
import type { TextPositionMap } from './text-position-map';

export const FOCUS_HIGHLIGHT = 'nr-focus';

/** Registry name of a tag's highlight; the registry is the whole document's, so names carry the app's prefix. */
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

/** An annotation as painted: its range and what it was painted from, to tell whether it changed. */
interface Painted {
  range: StaticRange;
  tag: string;
  start: number;
  end: number;
}

/**
 * Keeps the highlights of the article's document (its window's CSS.highlights) in step with the annotations, changing
 * only what changed: a long article carries thousands of ranges, and rebuilding them all on each key press would cost
 * more than the key press may. Only annotations reaching into the painted span are registered: Chromium checks every
 * registered range again after any change to the document, so ten thousand of them cost a third of every frame that
 * changes anything, on screen or not.
 */
export class HighlightPainter {
  private readonly registered = new Set<string>();
  private readonly painted = new Map<string, Painted>();
  private readonly byTag = new Map<string, Highlight>();
  /** The range the focus highlight paints. */
  private focused: StaticRange | null = null;
  /** The text painted on; its window's registry is the one painted into. */
  private map: TextPositionMap | null = null;

  /** Brings the painted highlights in line with the given annotations, those reaching into `span`. */
  paint(
    map: TextPositionMap,
    annotations: readonly Annotation[],
    tags: readonly Tag[],
    focusedId: string | null,
    span: TextSpan,
  ): void {
    // A new position map means new text nodes: every range painted so far points into text that is gone.
    if (map !== this.map) {
      this.clear();
      this.map = map;
    }
    const kindOfTag = new Map(tags.map((tag) => [tag.id, tag.kind] as const));
    const current = new Set<string>();
    let focusRange: StaticRange | null = null;
    for (const annotation of annotations) {
      if (annotation.start >= span.end || annotation.end <= span.start) continue;
      current.add(annotation.id);
      let painted = this.painted.get(annotation.id);
      if (painted?.tag !== annotation.tag || painted.start !== annotation.start || painted.end !== annotation.end) {
        if (painted) this.unpaint(annotation.id, painted);
        const range = map.toStaticRange(annotation.start, annotation.end);
        if (!range) continue;
        painted = { range, tag: annotation.tag, start: annotation.start, end: annotation.end };
        this.painted.set(annotation.id, painted);
        this.highlightOf(map, annotation.tag).add(range);
      }
      if (annotation.id === focusedId) focusRange = painted.range;
    }
    for (const [id, painted] of this.painted) if (!current.has(id)) this.unpaint(id, painted);
    // Each change to a highlight makes the browser check and repaint all of them, so what has not changed is not
    // set again: neither the tags' priorities nor the focus.
    for (const [tagId, highlight] of this.byTag) {
      const priority = PRIORITY_BY_KIND[kindOfTag.get(tagId) ?? 'other'];
      if (highlight.priority !== priority) highlight.priority = priority;
    }
    this.focus(map, focusRange);
  }

  clear(): void {
    for (const name of [...this.registered]) this.remove(name);
    this.painted.clear();
    this.byTag.clear();
    this.focused = null;
    this.map = null;
  }

  private focus(map: TextPositionMap, range: StaticRange | null): void {
    if (range === this.focused) return;
    this.focused = range;
    if (range) {
      const focus = new map.realm.Highlight(range);
      focus.priority = 10;
      this.set(FOCUS_HIGHLIGHT, focus);
    } else {
      this.remove(FOCUS_HIGHLIGHT);
    }
  }

  private highlightOf(map: TextPositionMap, tagId: string): Highlight {
    let highlight = this.byTag.get(tagId);
    if (!highlight) {
      highlight = new map.realm.Highlight();
      this.byTag.set(tagId, highlight);
      this.set(highlightNameForTag(tagId), highlight);
    }
    return highlight;
  }

  private unpaint(id: string, painted: Painted): void {
    this.painted.delete(id);
    const highlight = this.byTag.get(painted.tag);
    if (!highlight) return;
    highlight.delete(painted.range);
    // A tag with nothing left to paint leaves the registry, as it would had it never been used.
    if (highlight.size === 0) {
      this.byTag.delete(painted.tag);
      this.remove(highlightNameForTag(painted.tag));
    }
  }

  private set(name: string, highlight: Highlight): void {
    this.map?.realm.CSS.highlights.set(name, highlight);
    this.registered.add(name);
  }

  private remove(name: string): void {
    this.map?.realm.CSS.highlights.delete(name);
    this.registered.delete(name);
  }
}
