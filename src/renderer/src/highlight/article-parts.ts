// The article's text put into its frame in parts, and which parts are near the viewport: only their annotations are
// painted. A part's height is estimated until it is laid out (content-visibility: auto), and the estimates of the
// parts not laid out are corrected by how the laid-out ones compare.
import type { Article } from '../../../shared/article/article';
import type { TextSpan } from '../../../shared/text/text-span';
import type { ArticleDocument } from './article-document';
import { displaySegments } from './display-segments';
import { TextPositionMap } from './text-position-map';

/**
 * Blocks (pieces of long ones: see `displaySegments`) grouped into one part of the article, laid out and painted only
 * near the viewport. Each block on its own would make scrolling lay out, observe and repaint on every frame; one part
 * for all would make every change of highlights repaint the whole article (Chromium checks every range of every
 * highlight against laid-out text).
 */
const BLOCKS_PER_PART = 20;
/**
 * How far beyond the pane's top and bottom edges annotations are painted, in pane heights: far enough that a quick
 * scroll does not reach text whose highlights are not registered yet.
 */
const PAINTED_MARGIN = '150%';
/**
 * Window heights of text painted when an article is first shown at its top, before the parts are observed: the pane
 * and the margin below it, with room to spare, as the parts' heights are estimates until laid out.
 */
const PAINTED_PANES = 4;
/** A part's height before it is first laid out, from its length: about 70 characters a line of 30 px. */
const estimatedHeight = (characters: number, blocks: number): number => Math.ceil(characters / 70) * 30 + blocks * 20;

const ELEMENT_FOR_BLOCK = { title: 'h1', heading: 'h2', paragraph: 'p', caption: 'p', quote: 'blockquote' } as const;

export class ArticleParts {
  /** The text whose annotations are painted: that of the parts near the pane. */
  paintedSpan: TextSpan = { start: 0, end: 0 };
  /** Tells which parts of the article are within PAINTED_MARGIN of the pane. */
  private observer: IntersectionObserver | null = null;
  /** The text each part holds, by part number. */
  private partSpans: TextSpan[] = [];
  /** The numbers of the parts near the pane. */
  private readonly nearParts = new Set<number>();

  /** `paintedSpanChanged` is told when other parts come near the pane. */
  constructor(private readonly paintedSpanChanged: () => void) {}

  /** Puts `article`'s text into the frame, at its top; the map finds offsets in it. */
  render(articleDocument: ArticleDocument, article: Article): TextPositionMap {
    const { body, document: frameDocument, window: frameWindow } = articleDocument;
    // Scrolled back before the new text goes in, while there is nothing new to lay out yet.
    frameWindow.scrollTo({ top: 0 });
    const textNodes: Text[] = [];
    const fragment = frameDocument.createDocumentFragment();
    this.partSpans = [];
    // Until the observer first answers, the parts that fill the first pane heights by their estimates are painted.
    let estimatedTop = 0;
    let paintedEnd = 0;
    const segments = displaySegments(article.text, article.blocks);
    for (let first = 0; first < segments.length; first += BLOCKS_PER_PART) {
      const inPart = segments.slice(first, first + BLOCKS_PER_PART);
      const part = frameDocument.createElement('div');
      part.className = 'part';
      part.dataset['part'] = String(this.partSpans.length);
      this.partSpans.push({ start: inPart[0]?.start ?? 0, end: inPart.at(-1)?.end ?? 0 });
      let characters = 0;
      for (const segment of inPart) {
        const element = frameDocument.createElement(ELEMENT_FOR_BLOCK[segment.type]);
        if (segment.type === 'caption') element.classList.add('caption');
        if (segment.continues) element.classList.add('continues');
        const text = frameDocument.createTextNode(article.text.slice(segment.start, segment.end));
        element.append(text);
        textNodes.push(text);
        part.append(element);
        characters += segment.end - segment.start;
      }
      const estimate = estimatedHeight(characters, inPart.length);
      part.dataset['estimate'] = String(estimate);
      part.style.setProperty('--estimated-height', `${estimate}px`);
      fragment.append(part);
      if (estimatedTop < frameWindow.innerHeight * PAINTED_PANES) paintedEnd = inPart.at(-1)?.end ?? paintedEnd;
      estimatedTop += estimate;
    }
    body.replaceChildren(fragment);
    this.paintedSpan = { start: 0, end: paintedEnd };
    this.observe(articleDocument);
    requestAnimationFrame(() => {
      calibrateEstimates(body);
    });
    return new TextPositionMap(segments, textNodes, frameWindow);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Follows which parts come near the pane and go away from it. */
  private observe(articleDocument: ArticleDocument): void {
    this.disconnect();
    this.nearParts.clear();
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const part = Number((entry.target as HTMLElement).dataset['part']);
          if (entry.isIntersecting) this.nearParts.add(part);
          else this.nearParts.delete(part);
        }
        const near = [...this.nearParts];
        const span = {
          start: this.partSpans[Math.min(...near)]?.start ?? 0,
          end: this.partSpans[Math.max(...near)]?.end ?? 0,
        };
        if (span.start === this.paintedSpan.start && span.end === this.paintedSpan.end) return;
        this.paintedSpan = span;
        this.paintedSpanChanged();
      },
      { root: articleDocument.document, rootMargin: `${PAINTED_MARGIN} 0px` },
    );
    for (const part of articleDocument.body.children) this.observer.observe(part);
  }
}

/**
 * Corrects the estimated heights of the parts not laid out yet by how the parts on screen compare with theirs, so
 * that the scroll bar is true and text moves little as the editor scrolls or jumps through the article.
 */
function calibrateEstimates(body: HTMLElement): void {
  const parts = [...body.children] as HTMLElement[];
  const laidOut = (part: HTMLElement) => part.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? false;
  let measured = 0;
  let estimated = 0;
  for (const part of parts.filter(laidOut)) {
    measured += part.getBoundingClientRect().height;
    estimated += Number(part.dataset['estimate']);
  }
  if (measured === 0 || estimated === 0) return;
  const ratio = measured / estimated;
  for (const part of parts) {
    if (!laidOut(part)) part.style.setProperty('--estimated-height', `${Math.round(Number(part.dataset['estimate']) * ratio)}px`);
  }
}
