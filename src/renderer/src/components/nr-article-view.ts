// The article as an editor reads it, with annotations painted as CSS highlights and the tag palette by the selection.
import type { TextSpan } from '../../../shared/text/text-span';
import { css, html, LitElement, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { styleProperties } from '../directives/style-properties';
import type { Annotation, Tag } from '../../../shared/annotation';
import type { TextMatch } from '../../../shared/text/text-search';
import { findText } from '../../../shared/text/text-search';
import { nextWord, previousWord, snapToWords, wordFromCaret } from '../../../shared/text/word-boundaries';
import type { StoredArticle } from '../db/database';
import { HighlightPainter, highlightRules } from '../highlight/highlight-painter';
import { clearSearchMatches, paintSearchMatches, searchHighlightRules } from '../highlight/search-highlights';
import { encodingName } from '../../../shared/article/encodings';
import { TextPositionMap } from '../highlight/text-position-map';
import { displaySegments } from '../highlight/display-segments';
import { afterFrames } from '../scrolling';
import type { ArticleDocument } from '../highlight/article-document';
import { prepareArticleDocument } from '../highlight/article-document';
import type { FocusAnnotationDetail } from './nr-annotation-list';
import './nr-tag-palette';

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

@customElement('nr-article-view')
export class NrArticleView extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100%;
      color: #1d1b17;
    }
    :host([hidden]) {
      display: none;
    }
    .head {
      flex: none;
      padding: 20px 32px 8px;
      /* The article scrolls under this line. */
      border-bottom: 1px solid #ece8df;
    }
    .meta {
      /* As wide as the article's lines (68 characters of its font), to line up with them. */
      max-width: 68ch;
      margin: 0 auto;
      font:
        19px/1.6 'PT Serif',
        Georgia,
        serif;
    }
    .meta-line {
      font:
        13px/1.4 'PT Sans',
        system-ui,
        sans-serif;
      color: #5f5a50;
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    .reading {
      /* The article's frame scrolls itself; the palette over it is clipped to it. */
      position: relative;
      flex: 1;
      min-height: 0;
      overflow: hidden;
    }
    iframe {
      display: block;
      width: 100%;
      height: 100%;
      border: none;
    }
    .search {
      flex: none;
      display: flex;
      align-items: center;
      gap: 6px;
      box-sizing: border-box;
      width: min(68ch, calc(100% - 64px));
      margin: 12px auto 0;
      padding: 6px 8px;
      background: #fff;
      border: 1px solid #cfc7b4;
      border-radius: 8px;
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.08);
      font:
        14px/1.3 'PT Sans',
        system-ui,
        sans-serif;
    }
    .search input {
      flex: 1;
      font: inherit;
      padding: 4px 6px;
      border: 1px solid #cfc7b4;
      border-radius: 5px;
    }
    .search button {
      font: inherit;
      padding: 3px 8px;
      border-radius: 5px;
      border: 1px solid #b9b2a3;
      background: #fff;
      cursor: pointer;
    }
    .search-status {
      min-width: 6em;
      color: #5f5a50;
      font-size: 13px;
    }
    .link {
      font: inherit;
      color: #1d4ed8;
      background: none;
      border: none;
      padding: 0;
      cursor: pointer;
      text-decoration: underline;
    }
    nr-tag-palette {
      position: absolute;
      z-index: 2;
    }
  `;

  @property({ attribute: false }) article: StoredArticle | null = null;
  /** The article's annotations in text order. */
  @property({ attribute: false }) annotations: readonly Annotation[] = [];
  @property({ attribute: false }) tags: readonly Tag[] = [];
  @property({ attribute: false }) focusedId: string | null = null;
  /** Counts of the article's claims by status, shown under the title (`Claims: 2 unverified, 1 verified`). */
  @property() claimSummary = '';
  /** Offers "Reopen with encoding…": the file's bytes are kept and it is a text format. */
  @property({ type: Boolean }) canReopenWithEncoding = false;
  /** Shows the palette by the focused annotation, to retag or delete it with the mouse. */
  @property({ type: Boolean }) focusPalette = false;

  @state() private _selection: TextSpan | null = null;
  @state() private _palettePosition: { left: number; top: number } | null = null;
  @state() private _searchOpen = false;
  @state() private _matches: readonly TextMatch[] = [];
  @state() private _currentMatch = 0;
  /** Set when the editor starts selecting elsewhere: the focused annotation's palette must not cover the text. */
  @state() private _focusPaletteDismissed = false;

  @query('iframe') private _frame!: HTMLIFrameElement;
  @query('input[type="search"]') private _searchInput?: HTMLInputElement;
  /** The frame's document, once set up; a frame taken out of the page and put back has a new, empty one. */
  private _document: ArticleDocument | null = null;

  private readonly _painter = new HighlightPainter();
  /** Tells which parts of the article are within PAINTED_MARGIN of the pane. */
  private _partObserver: IntersectionObserver | null = null;
  /** The text each part holds, by part number. */
  private _partSpans: TextSpan[] = [];
  /** The numbers of the parts near the pane, whose annotations are painted. */
  private readonly _nearParts = new Set<number>();
  private _paintedSpan: TextSpan = { start: 0, end: 0 };
  private _positionMap: TextPositionMap | null = null;
  private _renderedArticleId: string | null = null;
  /** Keyboard selection: the word it started from and the word it reaches now. */
  private _keyboardAnchor: TextSpan | null = null;
  private _keyboardActive: TextSpan | null = null;

  /** The snapped selection waiting for a tag, if any; read at once when a key comes before the palette shows. */
  get selectedSpan(): TextSpan | null {
    return this._selection ?? this._readSelection();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after being taken out: the frame lost its document, and the article is shown again.
    if (this.hasUpdated) {
      this._document = null;
      this._renderedArticleId = null;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._partObserver?.disconnect();
    this._partObserver = null;
    this._painter.clear();
  }

  /** The element the article's blocks are in, inside the frame. */
  private get _body(): HTMLElement | null {
    return this._document?.body ?? null;
  }

  /** Opens the search bar (Ctrl+F) with its text selected, or focuses it when open. */
  openSearch(): void {
    this._searchOpen = true;
    void this.updateComplete.then(() => {
      this._searchInput?.focus();
      this._searchInput?.select();
    });
  }

  private _renderSearch() {
    const count = this._matches.length;
    const status = count === 0 ? (this._searchInput?.value ? 'No matches' : '') : `${this._currentMatch + 1} of ${count}`;
    return html`<div class="search" role="search" aria-label="Search in article">
      <input
        type="search"
        aria-label="Search in article"
        placeholder="Search in article"
        @input=${this._onSearchInput}
        @keydown=${this._onSearchKeyDown}
      />
      <span class="search-status" aria-live="polite">${status}</span>
      <button type="button" ?disabled=${count === 0} @click=${() => this._stepMatch(-1)}>Previous</button>
      <button type="button" ?disabled=${count === 0} @click=${() => this._stepMatch(1)}>Next</button>
      <button type="button" @click=${this._closeSearch}>Close search</button>
    </div>`;
  }

  private _onSearchInput(event: Event): void {
    const article = this.article;
    if (!article || !this._positionMap) return;
    this._matches = findText(article.text, (event.target as HTMLInputElement).value);
    this._currentMatch = 0;
    this._showMatch();
  }

  private _onSearchKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this._stepMatch(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this._closeSearch();
    }
  }

  private _stepMatch(step: number): void {
    if (this._matches.length === 0) return;
    this._currentMatch = (this._currentMatch + step + this._matches.length) % this._matches.length;
    this._showMatch();
  }

  private _showMatch(): void {
    if (!this._positionMap) return;
    paintSearchMatches(this._positionMap, this._matches, this._currentMatch);
    const match = this._matches[this._currentMatch];
    if (match) this._revealSpan(match);
  }

  private _closeSearch(): void {
    this._searchOpen = false;
    this._matches = [];
    if (this._positionMap) clearSearchMatches(this._positionMap);
    this._body?.focus();
  }

  override render() {
    const focused = this._focusedAnnotation();
    const paletteMode = this._paletteMode(focused);
    // The frame is there with or without an article, so that its document lasts from one article to the next.
    return html`
      ${this.article ? this._renderHead(this.article) : nothing}
      <div class="reading">
        <iframe title="Article"></iframe>
        ${
          paletteMode && this._palettePosition
            ? html`<nr-tag-palette
                .tags=${this.tags}
                mode=${paletteMode}
                .currentTag=${focused?.tag ?? null}
                style=${styleProperties({ left: `${this._palettePosition.left}px`, top: `${this._palettePosition.top}px` })}
              ></nr-tag-palette>`
            : nothing
        }
      </div>
    `;
  }

  private _renderHead(article: StoredArticle) {
    return html`
      ${this._searchOpen ? this._renderSearch() : nothing}
      <div class="head">
        <div class="meta">
          <div class="meta-line">
            ${article.date ? html`<time datetime=${article.date}>${formatDate(article.date)}</time>` : nothing}
            <span>${article.source.fileName}</span>
            <span
              >${article.source.format === 'docx' ? 'Word document' : `Encoding: ${encodingName(article.source.encoding)}`}</span
            >
            ${
              this.canReopenWithEncoding
                ? html`<button type="button" class="link" @click=${this._onReopenClick}>Reopen with encoding…</button>`
                : nothing
            }
            ${this.claimSummary ? html`<strong>${this.claimSummary}</strong>` : nothing}
          </div>
        </div>
      </div>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this._document) this._setUpDocument();
    // New text: a new article, or the same one again in a new document after the view was put back in the page.
    const article = this.article;
    const newText = article !== null && article.id !== this._renderedArticleId;
    if (newText) this._renderBlocks(article);
    if (changed.has('tags')) this._document?.highlightSheet.replaceSync(highlightRules(this.tags) + searchHighlightRules);
    if (newText || changed.has('annotations') || changed.has('tags') || changed.has('focusedId')) {
      this._paintHighlights();
      if (!this._selection) this._placePaletteAtFocus();
    }
  }

  /** Scrolls the annotation into the middle third of the viewport. */
  revealAnnotation(id: string): void {
    const annotation = this.annotations.find((candidate) => candidate.id === id);
    if (!annotation) return;
    this._bringIntoView(annotation, (rect, pane) =>
      rect.top < pane.top + 40 || rect.bottom > pane.bottom - 80 ? rect.top - pane.top - pane.height / 3 : 0,
    );
  }

  private _setUpDocument(): void {
    const prepared = prepareArticleDocument(this._frame, 'Article text', this);
    this._document = prepared;
    prepared.highlightSheet.replaceSync(highlightRules(this.tags) + searchHighlightRules);
    const { body } = prepared;
    body.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight');
    body.addEventListener('mousedown', () => this._onMouseDown());
    body.addEventListener('mouseup', () => this._onMouseUp());
    body.addEventListener('click', (event) => this._onClick(event));
    body.addEventListener('keydown', (event) => this._onKeyDown(event));
    prepared.document.addEventListener('selectionchange', this._forgetDroppedSelection);
    prepared.window.addEventListener('scroll', () => this._followScroll(), { passive: true });
  }

  private _focusedAnnotation(): Annotation | undefined {
    return this.focusedId ? this.annotations.find((annotation) => annotation.id === this.focusedId) : undefined;
  }

  /** What the palette by the text offers: tagging the selection, retagging the focused annotation, or nothing. */
  private _paletteMode(focused: Annotation | undefined): 'create' | 'retag' | null {
    if (this._selection) return 'create';
    return focused && this.focusPalette && !this._focusPaletteDismissed ? 'retag' : null;
  }

  /** The palette stays by the words it is for while the article scrolls under it. */
  private _followScroll(): void {
    if (!this._paletteMode(this._focusedAnnotation())) return;
    const range = this._selection && this._positionMap?.toRange(this._selection.start, this._selection.end);
    if (range) this._placePalette(range);
    else this._placePaletteAtFocus();
  }

  /**
   * Scrolls by what `scrollBy` asks for the span's and the pane's boxes. The parts of the article brought near the
   * viewport are laid out in the next frame and may turn out taller or shorter than estimated, moving the text: so
   * the span is checked again once they are, and brought back if it moved away.
   */
  private _bringIntoView(span: TextSpan, scrollBy: (rect: DOMRect, pane: DOMRect) => number, checksLeft = 2): void {
    const range = this._positionMap?.toRange(span.start, span.end);
    const frameWindow = this._document?.window;
    if (!range || !frameWindow) return;
    const by = scrollBy(range.getBoundingClientRect(), new DOMRect(0, 0, frameWindow.innerWidth, frameWindow.innerHeight));
    if (by === 0) return;
    frameWindow.scrollBy({ top: by });
    if (checksLeft > 0) {
      void afterFrames(2).then(() => {
        this._bringIntoView(span, scrollBy, checksLeft - 1);
      });
    }
  }

  /** Drops the pending selection (after it was tagged, or on Escape). */
  clearSelection(): void {
    this._selection = null;
    this._keyboardAnchor = null;
    this._keyboardActive = null;
    const selection = this._document?.document.getSelection();
    if (selection && this._selectionIsInside()) selection.removeAllRanges();
    this._placePaletteAtFocus();
  }

  /**
   * Drops the selection once it has been tagged, unless the editor has meanwhile started another: the write
   * finishes after the key press, and a drag begun in between must not be cut short.
   */
  clearTaggedSelection(tagged: TextSpan): void {
    const current = this._readSelection();
    if (current?.start === tagged.start && current.end === tagged.end) {
      this.clearSelection();
    } else if (this._selection?.start === tagged.start && this._selection.end === tagged.end) {
      this._selection = null;
      this._placePaletteAtFocus();
    }
  }

  /** Moves keyboard focus into the text, so arrow keys select words from there. */
  focusText(): void {
    this._body?.focus();
  }

  /**
   * Corrects the estimated heights of the parts not laid out yet by how the parts on screen compare with theirs, so
   * that the scroll bar is true and text moves little as the editor scrolls or jumps through the article.
   */
  private _calibrateEstimates(body: HTMLElement): void {
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
      if (!laidOut(part))
        part.style.setProperty('--estimated-height', `${Math.round(Number(part.dataset['estimate']) * ratio)}px`);
    }
  }

  private _paintHighlights(): void {
    if (this._positionMap) this._painter.paint(this._positionMap, this.annotations, this.tags, this.focusedId, this._paintedSpan);
  }

  /** Follows which parts come near the pane and go away from it, and paints the annotations of those near it. */
  private _observeParts(articleDocument: ArticleDocument): void {
    this._partObserver?.disconnect();
    this._nearParts.clear();
    this._partObserver = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const part = Number((entry.target as HTMLElement).dataset['part']);
          if (entry.isIntersecting) this._nearParts.add(part);
          else this._nearParts.delete(part);
        }
        const near = [...this._nearParts];
        const span = {
          start: this._partSpans[Math.min(...near)]?.start ?? 0,
          end: this._partSpans[Math.max(...near)]?.end ?? 0,
        };
        if (span.start === this._paintedSpan.start && span.end === this._paintedSpan.end) return;
        this._paintedSpan = span;
        this._paintHighlights();
      },
      { root: articleDocument.document, rootMargin: `${PAINTED_MARGIN} 0px` },
    );
    for (const part of articleDocument.body.children) this._partObserver.observe(part);
  }

  private _renderBlocks(article: StoredArticle): void {
    const articleDocument = this._document;
    if (!articleDocument) return;
    const { body, document: frameDocument, window: frameWindow } = articleDocument;
    // Scrolled back before the new text goes in, while there is nothing new to lay out yet.
    frameWindow.scrollTo({ top: 0 });
    const textNodes: Text[] = [];
    const fragment = frameDocument.createDocumentFragment();
    this._partSpans = [];
    // Until the observer first answers, the parts that fill the first pane heights by their estimates are painted.
    let estimatedTop = 0;
    let paintedEnd = 0;
    const segments = displaySegments(article.text, article.blocks);
    for (let first = 0; first < segments.length; first += BLOCKS_PER_PART) {
      const inPart = segments.slice(first, first + BLOCKS_PER_PART);
      const part = frameDocument.createElement('div');
      part.className = 'part';
      part.dataset['part'] = String(this._partSpans.length);
      this._partSpans.push({ start: inPart[0]?.start ?? 0, end: inPart.at(-1)?.end ?? 0 });
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
    this._paintedSpan = { start: 0, end: paintedEnd };
    this._observeParts(articleDocument);
    requestAnimationFrame(() => {
      this._calibrateEstimates(body);
    });
    // Matches belong to the text they were found in.
    this._matches = [];
    if (this._positionMap) clearSearchMatches(this._positionMap);
    this._positionMap = new TextPositionMap(segments, textNodes, frameWindow);
    this._renderedArticleId = article.id;
    this._selection = null;
    this._keyboardAnchor = null;
    this._keyboardActive = null;
  }

  private _selectionIsInside(): boolean {
    return this._domSelectionRange() !== null;
  }

  /** The selection as a range inside the article, or null when it lies elsewhere. */
  private _domSelectionRange(): Range | null {
    const selection = this._document?.document.getSelection();
    const body = this._body;
    if (!selection || selection.rangeCount === 0 || !body) return null;
    const range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
    return range;
  }

  /** Reads the selection as text offsets, snapped to whole words; null for no or an empty selection. */
  private _readSelection(): TextSpan | null {
    const range = this._domSelectionRange();
    const map = this._positionMap;
    const article = this.article;
    const body = this._body;
    if (!range || range.collapsed || !map || !article || !body) return null;
    const start = map.fromDom(range.startContainer, range.startOffset, body);
    const end = map.fromDom(range.endContainer, range.endOffset, body);
    if (start === null || end === null) return null;
    return snapToWords(article.text, start, end);
  }

  private _showSelection(span: TextSpan): void {
    const range = this._positionMap?.toRange(span.start, span.end);
    const selection = this._document?.document.getSelection();
    if (!range || !selection) return;
    selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    this._selection = span;
    this._placePalette(range);
  }

  private _onReopenClick(): void {
    this.dispatchEvent(new CustomEvent('nr-request-reopen', { bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('focusedId') || changed.has('focusPalette')) this._focusPaletteDismissed = false;
  }

  private _onMouseDown(): void {
    this._focusPaletteDismissed = true;
  }

  private _onMouseUp(): void {
    // The selection settles after mouseup's default action; read it on the next frame.
    requestAnimationFrame(() => {
      const span = this._readSelection();
      if (!span) return;
      this._keyboardAnchor = null;
      this._keyboardActive = null;
      this._showSelection(span);
    });
  }

  /** On selectionchange, and before an arrow key's walk. */
  private readonly _forgetDroppedSelection = (): void => {
    if (this._selection && !this._readSelection()) {
      // The selection is gone (a click put a caret somewhere): the next arrow key starts a walk from there.
      this._selection = null;
      this._keyboardAnchor = null;
      this._keyboardActive = null;
      this._placePaletteAtFocus();
    }
  };

  /** A click that selected nothing focuses the innermost annotation under the pointer, or clears the focus. */
  private _onClick(event: MouseEvent): void {
    const body = this._body;
    if (this._readSelection() || !this._positionMap || !body) return;
    const caret = body.ownerDocument.caretPositionFromPoint(event.clientX, event.clientY);
    const offset = caret ? this._positionMap.fromDom(caret.offsetNode, caret.offset, body) : null;
    this._focusPaletteDismissed = false;
    let innermost: Annotation | null = null;
    if (offset !== null) {
      for (const annotation of this.annotations) {
        if (annotation.start > offset) break;
        if (offset < annotation.end && (!innermost || annotation.end - annotation.start < innermost.end - innermost.start)) {
          innermost = annotation;
        }
      }
    }
    this.dispatchEvent(
      new CustomEvent<FocusAnnotationDetail>('nr-focus-annotation', {
        detail: { id: innermost?.id ?? null, origin: 'article' },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Arrow keys walk the text word by word; with Shift they extend the selection. */
  private _onKeyDown(event: KeyboardEvent): void {
    const article = this.article;
    if (!article || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape') {
      if (this._selection) {
        event.stopPropagation();
        this.clearSelection();
      }
      return;
    }
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const word = this._wordToWalkTo(article.text, event.key === 'ArrowRight');
    if (!word) return;
    if (!event.shiftKey || !this._keyboardAnchor)
      this._keyboardAnchor = event.shiftKey && this._selection ? this._selection : word;
    this._keyboardActive = word;
    const anchor = this._keyboardAnchor;
    this._showSelection({ start: Math.min(anchor.start, word.start), end: Math.max(anchor.end, word.end) });
    this._revealSpan(word);
  }

  /**
   * The word an arrow key selects next. A walk goes on from the words it reached or the selection; a new one starts
   * at the caret, else next to the focused annotation (the one just tagged, so the editor tags on from there whether
   * or not its write has finished), else at the article's first word.
   */
  private _wordToWalkTo(text: string, forward: boolean): TextSpan | null {
    // A key pressed straight after a click can come before the selectionchange event the click caused.
    this._forgetDroppedSelection();
    const from = this._keyboardActive ?? this._selection;
    if (!from) {
      const caret = this._caretOffset();
      if (caret !== null) return wordFromCaret(text, caret, forward);
    }
    const origin = from ?? this._focusedAnnotation();
    if (!origin) return nextWord(text, 0);
    return forward ? nextWord(text, origin.end) : previousWord(text, origin.start);
  }

  /** Where the caret stands in the text, when the article holds a caret rather than a selection. */
  private _caretOffset(): number | null {
    const range = this._domSelectionRange();
    const body = this._body;
    if (!range?.collapsed || !this._positionMap || !body) return null;
    return this._positionMap.fromDom(range.startContainer, range.startOffset, body);
  }

  private _revealSpan(span: TextSpan): void {
    this._bringIntoView(span, (rect, pane) =>
      rect.bottom > pane.bottom - 80 ? rect.bottom - pane.bottom + 120 : rect.top < pane.top + 20 ? rect.top - pane.top - 60 : 0,
    );
  }

  private _placePaletteAtFocus(): void {
    const focused = this._focusedAnnotation();
    const range = focused && this._positionMap?.toRange(focused.start, focused.end);
    if (range) this._placePalette(range);
    else this._palettePosition = null;
  }

  /**
   * Puts the palette just below the last line of `range`, over the article's frame (whose viewport the range's boxes
   * are measured in); none while those words are scrolled out of view.
   */
  private _placePalette(range: Range): void {
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    const { clientWidth: width, clientHeight: height } = this._frame;
    if (last.bottom < 0 || last.top > height) {
      this._palettePosition = null;
      return;
    }
    this._palettePosition = { left: Math.max(0, Math.min(last.left, width - 560)), top: last.bottom + 6 };
  }
}

/** One formatter for every render of the head line: setting one up costs more than the rest of the head. */
const DATE_FORMAT = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function formatDate(isoDate: string): string {
  return DATE_FORMAT.format(new Date(`${isoDate}T00:00:00Z`));
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-article-view': NrArticleView;
  }
  interface HTMLElementEventMap {
    'nr-request-reopen': CustomEvent<void>;
  }
}
