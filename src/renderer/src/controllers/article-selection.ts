// The editor's selection in the article's frame: read as text offsets snapped to whole words, shown again after a
// tag, and walked word by word with the arrow keys (Shift extends it). The palette follows what is selected.
import type { ReactiveControllerHost } from 'lit';
import type { TextSpan } from '../../../shared/text/text-span';
import { nextWord, previousWord, snapToWords, wordFromCaret } from '../../../shared/text/word-boundaries';
import type { ArticleDocument } from '../highlight/article-document';
import type { TextPositionMap } from '../highlight/text-position-map';

/** The article as the view holds it in its frame. */
export interface ArticleFrame {
  articleDocument(): ArticleDocument | null;
  positionMap(): TextPositionMap | null;
  text(): string | null;
  /** Where a walk starts when nothing is selected and there is no caret: the focused annotation, if any. */
  focused(): TextSpan | undefined;
}

export class ArticleSelection {
  /** The snapped selection waiting for a tag, once the palette shows for it. */
  span: TextSpan | null = null;
  /** Keyboard selection: the word it started from and the word it reaches now. */
  private anchor: TextSpan | null = null;
  private active: TextSpan | null = null;

  /**
   * `shown` is told where a selection was shown (to put the palette by it); `dropped` when it is gone; `walked` the
   * text the arrow keys selected, to be announced.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly frame: ArticleFrame,
    private readonly shown: (range: Range) => void,
    private readonly dropped: () => void,
    private readonly walked: (selectedText: string) => void,
  ) {}

  /**
   * The article's keys: the arrows walk the text word by word (with Shift they extend the selection), Escape drops the
   * selection. Returns the word an arrow reached, to bring into view.
   */
  onKey(event: KeyboardEvent): TextSpan | null {
    if (event.ctrlKey || event.metaKey || event.altKey) return null;
    if (event.key === 'Escape') {
      if (this.span) {
        event.stopPropagation();
        this.clear();
      }
      return null;
    }
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return null;
    event.preventDefault();
    const word = this.walk(event.key === 'ArrowRight', event.shiftKey);
    const text = this.frame.text();
    if (word && this.span && text !== null) this.walked(text.slice(this.span.start, this.span.end));
    return word;
  }

  /** Follows the selection in a newly set up frame document. */
  listen(articleDocument: ArticleDocument): void {
    articleDocument.document.addEventListener('selectionchange', this.forgetDropped);
  }

  /** The snapped selection waiting for a tag, if any; read at once when a key comes before the palette shows. */
  get selected(): TextSpan | null {
    return this.span ?? this.read();
  }

  /** New text is shown: nothing in it is selected. */
  reset(): void {
    this.setSpan(null);
    this.anchor = null;
    this.active = null;
  }

  /** Puts the caret at `offset` of the text, selecting nothing: the next arrow key walks on from there. */
  placeCaret(offset: number): void {
    this.reset();
    const range = this.frame.positionMap()?.toRange(offset, offset);
    const selection = this.frame.articleDocument()?.document.getSelection();
    if (range && selection)
      selection.setBaseAndExtent(range.startContainer, range.startOffset, range.startContainer, range.startOffset);
  }

  /** Drops the selection (after it was tagged, or on Escape). */
  clear(): void {
    this.reset();
    const selection = this.frame.articleDocument()?.document.getSelection();
    if (selection && this.domRange() !== null) selection.removeAllRanges();
    this.dropped();
  }

  /**
   * Drops the selection once it has been tagged, unless the editor has meanwhile started another: the write
   * finishes after the key press, and a drag begun in between must not be cut short.
   */
  clearTagged(tagged: TextSpan): void {
    const current = this.read();
    if (current?.start === tagged.start && current.end === tagged.end) {
      this.clear();
    } else if (this.span?.start === tagged.start && this.span.end === tagged.end) {
      this.setSpan(null);
      this.dropped();
    }
  }

  /** After a mouse drag: the selection settles after mouseup's default action, so it is read on the next frame. */
  settleAfterMouseUp(): void {
    requestAnimationFrame(() => {
      const span = this.read();
      if (!span) return;
      this.anchor = null;
      this.active = null;
      this.show(span);
    });
  }

  /** Whether anything in the article is selected, as a range rather than a caret. */
  hasDomSelection(): boolean {
    return this.read() !== null;
  }

  /**
   * Moves the keyboard selection one word on (forward or back); with `extend` the selection grows from where it
   * started. Returns the word reached, to bring into view, or null when there is none.
   */
  walk(forward: boolean, extend: boolean): TextSpan | null {
    const text = this.frame.text();
    if (text === null) return null;
    const word = this.wordToWalkTo(text, forward);
    if (!word) return null;
    if (!extend || !this.anchor) this.anchor = extend && this.span ? this.span : word;
    this.active = word;
    const anchor = this.anchor;
    this.show({ start: Math.min(anchor.start, word.start), end: Math.max(anchor.end, word.end) });
    return word;
  }

  /** On selectionchange, and before an arrow key's walk. */
  private readonly forgetDropped = (): void => {
    if (this.span && !this.read()) {
      // The selection is gone (a click put a caret somewhere): the next arrow key starts a walk from there.
      this.reset();
      this.dropped();
    }
  };

  private setSpan(span: TextSpan | null): void {
    if (span === this.span) return;
    this.span = span;
    this.host.requestUpdate();
  }

  private show(span: TextSpan): void {
    const range = this.frame.positionMap()?.toRange(span.start, span.end);
    const selection = this.frame.articleDocument()?.document.getSelection();
    if (!range || !selection) return;
    selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    this.setSpan(span);
    this.shown(range);
  }

  /** The selection as a range inside the article, or null when it lies elsewhere. */
  private domRange(): Range | null {
    const articleDocument = this.frame.articleDocument();
    const selection = articleDocument?.document.getSelection();
    const body = articleDocument?.body;
    if (!selection || selection.rangeCount === 0 || !body) return null;
    const range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
    return range;
  }

  /** Reads the selection as text offsets, snapped to whole words; null for no or an empty selection. */
  private read(): TextSpan | null {
    const range = this.domRange();
    const map = this.frame.positionMap();
    const text = this.frame.text();
    const body = this.frame.articleDocument()?.body;
    if (!range || range.collapsed || !map || text === null || !body) return null;
    const start = map.fromDom(range.startContainer, range.startOffset, body);
    const end = map.fromDom(range.endContainer, range.endOffset, body);
    if (start === null || end === null) return null;
    return snapToWords(text, start, end);
  }

  /**
   * The word an arrow key selects next. A walk goes on from the words it reached or the selection; a new one starts
   * at the caret, else next to the focused annotation (the one just tagged, so the editor tags on from there whether
   * or not its write has finished), else at the article's first word.
   */
  private wordToWalkTo(text: string, forward: boolean): TextSpan | null {
    // A key pressed straight after a click can come before the selectionchange event the click caused.
    this.forgetDropped();
    const from = this.active ?? this.span;
    if (!from) {
      const caret = this.caretOffset();
      if (caret !== null) return wordFromCaret(text, caret, forward);
    }
    const origin = from ?? this.frame.focused();
    if (!origin) return nextWord(text, 0);
    return forward ? nextWord(text, origin.end) : previousWord(text, origin.start);
  }

  /** Where the caret stands in the text, when the article holds a caret rather than a selection. */
  private caretOffset(): number | null {
    const range = this.domRange();
    const body = this.frame.articleDocument()?.body;
    const map = this.frame.positionMap();
    if (!range?.collapsed || !map || !body) return null;
    return map.fromDom(range.startContainer, range.startOffset, body);
  }
}
