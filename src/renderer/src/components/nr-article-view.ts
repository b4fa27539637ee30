// The article as an editor reads it, in a frame of its own: annotations painted as CSS highlights over the parts
// near the viewport, the tag palette by the selection or the focused annotation, and the find bar. Painting in
// parts (highlight/article-parts.ts), the selection and its word walk (controllers/article-selection.ts) and the find
// bar (controllers/article-find.ts) each live apart; this element wires them to the frame.
import type { TextSpan } from '../../../shared/text/text-span';
import { html, LitElement, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatDate } from '../../../shared/i18n/formatting';
import { textLanguage } from '../../../shared/text/text-language';
import { styleProperties } from '../directives/style-properties';
import type { Annotation, Tag } from '../../../shared/annotation';
import { encodingName } from '../../../shared/article/encodings';
import type { StoredArticle } from '../db/database';
import { ArticleFind } from '../controllers/article-find';
import type { ArticleFrame } from '../controllers/article-selection';
import { ArticleSelection } from '../controllers/article-selection';
import { paletteBelow } from '../highlight/palette-position';
import { announce } from './announce';
import type { ArticleDocument } from '../highlight/article-document';
import { followInterfaceLanguage, prepareArticleDocument } from '../highlight/article-document';
import { ArticleParts } from '../highlight/article-parts';
import { HighlightPainter, highlightRules } from '../highlight/highlight-painter';
import { SuggestionPainter, suggestionHighlightRules } from '../highlight/suggestion-painter';
import type { Suggestion } from '../../../shared/suggestions/suggest';
import { searchHighlightRules } from '../highlight/search-highlights';
import type { TextPositionMap } from '../highlight/text-position-map';
import { afterFrames } from '../scrolling';
import type { FocusAnnotationDetail } from './nr-annotation-list';
import { articleViewStyles } from './nr-article-view-styles';
import type { SuggestionDecisionDetail } from './nr-suggestions';
import './nr-tag-palette';
import type { PaletteMode } from './nr-tag-palette';

export interface ChooseSuggestionDetail {
  id: string | null;
}

@customElement('nr-article-view')
@localized()
export class NrArticleView extends LitElement {
  static override styles = articleViewStyles;

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
  /** What the app proposes to tag, drawn apart from the tags; the one the keys are on is outlined and kept in view. */
  @property({ attribute: false }) suggestions: readonly Suggestion[] = [];
  @property({ attribute: false }) currentSuggestionId: string | null = null;

  @state() private _palettePosition: { left: number; top: number } | null = null;
  /** Set when the editor starts selecting elsewhere: the focused annotation's palette must not cover the text. */
  @state() private _focusPaletteDismissed = false;

  @query('iframe') private _frame!: HTMLIFrameElement;
  /** The frame's document, once set up; a frame taken out of the page and put back has a new, empty one. */
  private _document: ArticleDocument | null = null;
  private _positionMap: TextPositionMap | null = null;
  private _renderedArticleId: string | null = null;

  private readonly _painter = new HighlightPainter();
  private readonly _suggestionPainter = new SuggestionPainter();
  private readonly _parts = new ArticleParts(() => {
    this._paintHighlights();
  });
  private readonly _articleFrame: ArticleFrame = {
    articleDocument: () => this._document,
    positionMap: () => this._positionMap,
    text: () => this.article?.text ?? null,
    focused: () => this._focusedAnnotation(),
  };
  private readonly _selection = new ArticleSelection(
    this,
    this._articleFrame,
    (range) => {
      this._placePalette(range);
    },
    () => {
      this._placePaletteAtFocus();
    },
    (selected) => {
      const quote = selected.length > 100 ? `${selected.slice(0, 100)}…` : selected;
      announce(this, msg(str`Selected: “${quote}”`));
    },
  );
  private readonly _find = new ArticleFind(
    this,
    this._articleFrame,
    (span) => {
      this._revealSpan(span);
    },
    (at) => {
      this.focusText();
      // The editor goes on from the word found: the arrow keys walk from there, not from the top of the article.
      if (at) this._selection.placeCaret(at.start);
    },
  );

  /** The snapped selection waiting for a tag, if any; read at once when a key comes before the palette shows. */
  get selectedSpan(): TextSpan | null {
    return this._selection.selected;
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
    this._parts.disconnect();
    this._painter.clear();
    this._suggestionPainter.clear();
  }

  /** Opens the search bar (Ctrl+F) with its text selected, or focuses it when open. */
  openSearch(): void {
    this._find.open();
  }

  /** Scrolls the annotation into the middle third of the viewport; false while the article does not show it yet. */
  revealAnnotation(id: string): boolean {
    const annotation = this.annotations.find((candidate) => candidate.id === id);
    if (!annotation || !this._showsArticle()) return false;
    this._bringIntoView(annotation, (rect, pane) =>
      rect.top < pane.top + 40 || rect.bottom > pane.bottom - 80 ? rect.top - pane.top - pane.height / 3 : 0,
    );
    return true;
  }

  /** Opens the find bar on `word` at `span`, found by the library's search; false while the article is not shown yet. */
  revealFound(word: string, span: TextSpan): boolean {
    if (!this._showsArticle()) return false;
    this._find.openAt(word, span);
    return true;
  }

  /** Whether the frame holds the text of the article given, ready to be scrolled in. */
  private _showsArticle(): boolean {
    return this._positionMap !== null && this.article !== null && this._renderedArticleId === this.article.id;
  }

  /** Drops the pending selection (after it was tagged, or on Escape). */
  clearSelection(): void {
    this._selection.clear();
  }

  /** Drops the selection once it has been tagged, unless the editor has meanwhile started another. */
  clearTaggedSelection(tagged: TextSpan): void {
    this._selection.clearTagged(tagged);
  }

  /** Moves keyboard focus into the text, so arrow keys select words from there. */
  focusText(): void {
    this._document?.body.focus();
  }

  override render() {
    const focused = this._focusedAnnotation();
    const paletteMode = this._paletteMode(focused);
    // The frame is there with or without an article, so that its document lasts from one article to the next.
    return html`
      ${this.article ? this._renderHead(this.article) : nothing}
      <div class="reading">
        <iframe title=${msg('Article')}></iframe>
        ${
          paletteMode && this._palettePosition
            ? html`<nr-tag-palette
                .tags=${this.tags}
                mode=${paletteMode}
                .currentTag=${paletteMode === 'suggestion' ? (this._currentSuggestion()?.tag ?? null) : (focused?.tag ?? null)}
                style=${styleProperties({ left: `${this._palettePosition.left}px`, top: `${this._palettePosition.top}px` })}
                @nr-tag-chosen=${paletteMode === 'suggestion' ? this._onSuggestionTagChosen : nothing}
                @nr-reject-chosen=${this._onSuggestionRejected}
              ></nr-tag-palette>`
            : nothing
        }
      </div>
    `;
  }

  private _encodingLine(article: StoredArticle): string {
    const encoding = encodingName(article.source.encoding);
    return msg(str`Encoding: ${encoding}`);
  }

  private _renderHead(article: StoredArticle) {
    return html`
      ${this._find.isOpen ? this._find.render() : nothing}
      <div class="head">
        <div class="meta">
          <div class="meta-line">
            ${article.date ? html`<time datetime=${article.date}>${formatDate(article.date)}</time>` : nothing}
            <span>${article.source.fileName}</span>
            <span>${article.source.format === 'docx' ? msg('Word document') : this._encodingLine(article)}</span>
            ${
              this.canReopenWithEncoding
                ? html`<button type="button" class="link" @click=${this._onReopenClick}>${msg('Reopen with encoding…')}</button>`
                : nothing
            }
            ${this.claimSummary ? html`<strong>${this.claimSummary}</strong>` : nothing}
            <slot name="versions"></slot>
          </div>
        </div>
      </div>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('focusedId') || changed.has('focusPalette') || changed.has('currentSuggestionId'))
      this._focusPaletteDismissed = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this._document) this._setUpDocument();
    // The frame's words follow the interface when its language is switched; the article keeps its own.
    else followInterfaceLanguage(this._document, msg('Article text'));
    // New text: a new article, or the same one again in a new document after the view was put back in the page.
    const article = this.article;
    const newText = article !== null && article.id !== this._renderedArticleId;
    if (newText) this._renderText(article);
    if (changed.has('tags')) this._document?.highlightSheet.replaceSync(this._highlightRules());
    if (newText || changed.has('annotations') || changed.has('tags') || changed.has('focusedId')) {
      this._paintHighlights();
      if (!this._selection.span) this._placePaletteAtFocus();
    }
    if (newText || changed.has('suggestions') || changed.has('currentSuggestionId')) {
      this._paintHighlights();
      if (!this._selection.span) this._placePaletteAtFocus();
    }
    const current = this.suggestions.find((suggestion) => suggestion.id === this.currentSuggestionId);
    if (changed.has('currentSuggestionId') && current && this._showsArticle()) this._revealSpan(current);
  }

  private _highlightRules(): string {
    return highlightRules(this.tags) + suggestionHighlightRules(this.tags) + searchHighlightRules;
  }

  private _setUpDocument(): void {
    const prepared = prepareArticleDocument(this._frame, msg('Article text'), this);
    this._document = prepared;
    prepared.highlightSheet.replaceSync(this._highlightRules());
    const { body } = prepared;
    body.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight');
    body.addEventListener('mousedown', () => (this._focusPaletteDismissed = true));
    body.addEventListener('mouseup', () => this._selection.settleAfterMouseUp());
    body.addEventListener('click', (event) => this._onClick(event));
    body.addEventListener('keydown', (event) => this._onKeyDown(event));
    this._selection.listen(prepared);
    prepared.window.addEventListener('scroll', () => this._followScroll(), { passive: true });
  }

  private _renderText(article: StoredArticle): void {
    if (!this._document) return;
    this._find.forget();
    this._positionMap = this._parts.render(this._document, article);
    // A screen reader reads the article in its own language's voice, whatever the interface's language.
    this._document.body.lang = textLanguage(article.text) ?? '';
    this._renderedArticleId = article.id;
    this._selection.reset();
  }

  private _paintHighlights(): void {
    if (!this._positionMap) return;
    this._painter.paint(this._positionMap, this.annotations, this.tags, this.focusedId, this._parts.paintedSpan);
    this._suggestionPainter.paint(this._positionMap, this.suggestions, this.currentSuggestionId, this._parts.paintedSpan);
  }

  private _focusedAnnotation(): Annotation | undefined {
    return this.focusedId ? this.annotations.find((annotation) => annotation.id === this.focusedId) : undefined;
  }

  private _currentSuggestion(): Suggestion | undefined {
    return this.currentSuggestionId
      ? this.suggestions.find((suggestion) => suggestion.id === this.currentSuggestionId)
      : undefined;
  }

  /**
   * What the palette by the text offers: tagging the selection, retagging the focused annotation, accepting or
   * rejecting the suggestion the keys are on, or nothing.
   */
  private _paletteMode(focused: Annotation | undefined): PaletteMode | null {
    if (this._selection.span) return 'create';
    if (this._focusPaletteDismissed) return null;
    if (focused) return this.focusPalette ? 'retag' : null;
    return this._currentSuggestion() ? 'suggestion' : null;
  }

  /** A tag chosen on the suggestion's palette accepts it as that tag. */
  private readonly _onSuggestionTagChosen = (event: CustomEvent<{ tagId: string }>): void => {
    event.stopPropagation();
    const id = this.currentSuggestionId;
    if (id) this._sendDecision('nr-suggestion-accept', { id, asTag: event.detail.tagId });
  };

  private readonly _onSuggestionRejected = (): void => {
    const id = this.currentSuggestionId;
    if (id) this._sendDecision('nr-suggestion-reject', { id });
  };

  private _sendDecision(name: string, detail: SuggestionDecisionDetail): void {
    this.dispatchEvent(new CustomEvent<SuggestionDecisionDetail>(name, { detail, bubbles: true, composed: true }));
  }

  /** The palette stays by the words it is for while the article scrolls under it. */
  private _followScroll(): void {
    if (!this._paletteMode(this._focusedAnnotation())) return;
    const span = this._selection.span;
    const range = span && this._positionMap?.toRange(span.start, span.end);
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

  private _revealSpan(span: TextSpan): void {
    this._bringIntoView(span, (rect, pane) =>
      rect.bottom > pane.bottom - 80 ? rect.bottom - pane.bottom + 120 : rect.top < pane.top + 20 ? rect.top - pane.top - 60 : 0,
    );
  }

  private _onReopenClick(): void {
    this.dispatchEvent(new CustomEvent('nr-request-reopen', { bubbles: true, composed: true }));
  }

  /** A click that selected nothing focuses the innermost annotation under the pointer, or clears the focus. */
  private _onClick(event: MouseEvent): void {
    const body = this._document?.body;
    if (this._selection.hasDomSelection() || !this._positionMap || !body) return;
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
    // A suggestion under the pointer, where no tag is, becomes the one the keys and the bar act on: the innermost,
    // so that a name in a suggested claim is the name.
    let suggestion: Suggestion | undefined;
    if (!innermost && offset !== null) {
      for (const candidate of this.suggestions) {
        if (candidate.start > offset) break;
        if (offset < candidate.end && (!suggestion || candidate.end - candidate.start < suggestion.end - suggestion.start))
          suggestion = candidate;
      }
    }
    this.dispatchEvent(
      new CustomEvent<ChooseSuggestionDetail>('nr-choose-suggestion', {
        detail: { id: suggestion?.id ?? null },
        bubbles: true,
        composed: true,
      }),
    );
    this.dispatchEvent(
      new CustomEvent<FocusAnnotationDetail>('nr-focus-annotation', {
        detail: { id: innermost?.id ?? null, origin: 'article' },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private _onKeyDown(event: KeyboardEvent): void {
    if (!this.article) return;
    const word = this._selection.onKey(event);
    if (word) this._revealSpan(word);
  }

  private _placePaletteAtFocus(): void {
    const at = this._focusedAnnotation() ?? this._currentSuggestion();
    const range = at && this._positionMap?.toRange(at.start, at.end);
    if (range) this._placePalette(range);
    else this._palettePosition = null;
  }

  private _placePalette(range: Range): void {
    this._palettePosition = paletteBelow(range, this._frame);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-article-view': NrArticleView;
  }
  interface HTMLElementEventMap {
    'nr-request-reopen': CustomEvent<void>;
  }
}
