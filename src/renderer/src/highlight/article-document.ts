// The document the article is read in: an iframe of its own next to the rest of the window.
//
// Chromium rebuilds every custom highlight of a document, and repaints all the text they cover, whenever anything
// in that document changes its DOM or style: a row added to the annotation list, a heading's colour. With the
// article's highlights in the window's document, each such change cost 5–15 ms of painting while a long article
// was open, enough to drop a frame when a tag is committed. A document of its own keeps the article's highlights
// out of the way of everything else the window does.
import articleDocumentCss from './article-document.css?inline';

/** The window of the article's frame; constructors that make ranges and highlights for its text are its own. */
export type ArticleWindow = Window & typeof globalThis;

/** Drag events the window's own listeners must hear when they happen in the article: files dropped to open. */
const FORWARDED_DRAG_EVENTS = ['dragover', 'drop'] as const;

export interface ArticleDocument {
  window: ArticleWindow;
  document: Document;
  /** The element the article's blocks go in, which selection, keys and clicks belong to. */
  body: HTMLElement;
  /** The stylesheet the tags' highlight rules go in. */
  highlightSheet: CSSStyleSheet;
}

/**
 * Makes the frame's empty document ready for an article: styles, language, and an `<article>` element labelled
 * `label`. Events the rest of the app listens for on its window are dispatched again on `host`, from where they
 * reach the window as if they had happened there.
 */
export function prepareArticleDocument(frame: HTMLIFrameElement, label: string, host: HTMLElement): ArticleDocument {
  const frameWindow = frame.contentWindow as ArticleWindow | null;
  const frameDocument = frame.contentDocument;
  if (!frameWindow || !frameDocument) throw new Error('The article frame is not in the page');
  // Sheets made by the frame's window: a document adopts only sheets of its own.
  const baseSheet = new frameWindow.CSSStyleSheet();
  baseSheet.replaceSync(articleDocumentCss);
  const highlightSheet = new frameWindow.CSSStyleSheet();
  frameDocument.adoptedStyleSheets = [baseSheet, highlightSheet];

  const body = frameDocument.createElement('article');
  body.tabIndex = 0;
  frameDocument.body.replaceChildren(body);
  const prepared = { window: frameWindow, document: frameDocument, body, highlightSheet };
  followInterfaceLanguage(prepared, label);

  // The app's shortcuts listen on its window; a key the article itself did not handle goes there too.
  frameDocument.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    const copy = new KeyboardEvent('keydown', { ...keyboardEventInit(event), bubbles: true, composed: true, cancelable: true });
    host.dispatchEvent(copy);
    if (copy.defaultPrevented) event.preventDefault();
  });
  for (const type of FORWARDED_DRAG_EVENTS) {
    frameDocument.addEventListener(type, (event) => {
      // Unhandled, a file dropped on the article would replace the frame's document with the file.
      event.preventDefault();
      host.dispatchEvent(
        new DragEvent(type, { dataTransfer: event.dataTransfer, bubbles: true, composed: true, cancelable: true }),
      );
    });
  }
  return prepared;
}

/**
 * Gives the frame the interface's language and the article its `label` in it; the article's text keeps its own
 * language. Written only where they differ: a `lang` set again restyles, and re-hyphenates, the whole article.
 */
export function followInterfaceLanguage(prepared: ArticleDocument, label: string): void {
  const { documentElement } = prepared.document;
  if (documentElement.lang !== document.documentElement.lang) documentElement.lang = document.documentElement.lang;
  if (prepared.body.ariaLabel !== label) prepared.body.ariaLabel = label;
}

function keyboardEventInit(event: KeyboardEvent): KeyboardEventInit {
  const { key, code, location, repeat, isComposing, ctrlKey, shiftKey, altKey, metaKey } = event;
  return { key, code, location, repeat, isComposing, ctrlKey, shiftKey, altKey, metaKey };
}
