// The page's first script, written into the page by the build and run before the window's modules are even
// compiled. It begins opening the library, and paints the first screen: the article the editor had open, with its
// highlights, where the window will show it. After a reload IndexedDB reads the library's files from disk again, and
// the window's own script takes three times as long as those reads; begun here, the editor reads the article as soon
// as the disk allows. The window replaces the first screen once it has painted the same article
// (controllers/first-screen-hand-over.ts); until then it is only a picture of it, hidden from assistive technology.
// Only a library already in the newest layout is read: a new or older one is left to Dexie, which creates or upgrades
// it with its progress shown. The connection writes nothing, and gives way at once to any upgrade.
// A plain script, so that nothing has to be fetched or compiled before it; the policy allows it by its hash
// (FIRST_SCREEN_SCRIPT_HASH in src/main/app-protocol.ts). The library's name, layout and key of the last article are
// its own (database.ts, remember-shown-article.ts); tests/unit/library-db.test.ts checks that they still are.
(() => {
  const DATABASE_NAME = 'newsroom-annotator';
  /** Ten times the newest `version()` of NewsroomDB, as Dexie opens IndexedDB. */
  const INDEXEDDB_VERSION = 110;
  const LAST_ARTICLE_KEY = 'newsroom-annotator:last-article';
  /** Long enough for the window to have opened its own connection; after that this one is only in the way. */
  const HOLD_MS = 10000;
  /**
   * The article's line height in pixels and more characters than its widest line holds (68ch of PT Serif, where
   * Cyrillic letters are narrower than the zero that sets `ch`): with the window's height they bound what a screen
   * shows. Laying out more only delays the picture, by some 3 ms a thousand characters on this machine's slowest runs.
   */
  const LINE_HEIGHT_PX = 30;
  const CHARACTERS_PER_LINE_AT_MOST = 100;
  const ELEMENT_FOR_BLOCK = { title: 'h1', heading: 'h2', paragraph: 'p', caption: 'p', quote: 'blockquote' };
  /**
   * The window's frame and the article's typography, as nr-app-styles.ts, nr-article-view-styles.ts and
   * article-document.css lay them out: the text stands where the window will show it. The end-to-end test of the
   * first screen checks that the title does not move when the window takes over.
   */
  const STYLES = `
    .first-screen { position: fixed; inset: 0; z-index: 1000; display: grid; grid-template: 50px 1fr / 250px minmax(0, 1fr) 330px;
      background: #fbfaf7; color: #1d1b17; overflow: hidden; }
    .first-screen-bar { grid-column: 1 / -1; background: #f4f1ea; border-bottom: 1px solid #e2ddd2; }
    .first-screen-nav { background: #f7f5f0; border-right: 1px solid #e2ddd2; }
    .first-screen-aside { background: #f7f5f0; border-left: 1px solid #e2ddd2; }
    .first-screen-reader { overflow: hidden; }
    .first-screen-head { height: 18px; padding: 20px 32px 8px; border-bottom: 1px solid #ece8df; }
    .first-screen-frame { padding: 16px 32px 0; }
    .first-screen article { max-width: 68ch; margin: 0 auto; font: 19px/1.6 'PT Serif', Georgia, 'Noto Serif', serif; hyphens: auto; }
    .first-screen article > * { white-space: break-spaces; overflow-wrap: break-word; }
    .first-screen h1 { font-size: 32px; line-height: 1.2; margin: 0 0 24px; hyphens: manual; }
    .first-screen h2 { font-size: 23px; line-height: 1.3; margin: 32px 0 10px; }
    .first-screen p { margin: 0 0 16px; }
    .first-screen p.caption { font: italic 15px/1.45 'PT Sans', system-ui, sans-serif; color: #5f5a50;
      border-left: 3px solid #d6d3cc; padding-left: 10px; }
    .first-screen blockquote { margin: 0 0 16px; padding-left: 18px; border-left: 3px solid #b9b2a3; font-style: italic; }
  `;

  const read = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = (event) => {
        event.preventDefault();
        reject(request.error);
      };
    });

  /** The article the editor had open, its text, annotations and the tags' colours, in one read transaction. */
  const readLastArticle = (connection, articleId) => {
    const transaction = connection.transaction(['articles', 'articleTexts', 'annotations', 'tags']);
    return Promise.all([
      read(transaction.objectStore('articles').get(articleId)),
      read(transaction.objectStore('articleTexts').get(articleId)),
      read(transaction.objectStore('annotations').index('articleId').getAll(IDBKeyRange.only(articleId))),
      read(transaction.objectStore('tags').getAll()),
    ]);
  };

  const paint = ([record, text, annotations, tags]) => {
    if (!record || !text || !document.body || document.documentElement.dataset.windowShown) return;
    const screen = document.createElement('div');
    screen.className = 'first-screen';
    // A picture of the window for a tenth of a second: the window itself is what assistive technology reads.
    screen.ariaHidden = 'true';
    screen.innerHTML =
      '<div class="first-screen-bar"></div><div class="first-screen-nav"></div>' +
      '<div class="first-screen-reader"><div class="first-screen-head"></div><div class="first-screen-frame"><article></article></div></div>' +
      '<div class="first-screen-aside"></div>';
    const article = screen.querySelector('article');
    const nodes = [];
    // A screenful, however long the article's paragraphs: the rest waits for the window.
    const paintedEnd = Math.ceil(window.innerHeight / LINE_HEIGHT_PX) * CHARACTERS_PER_LINE_AT_MOST;
    for (const block of text.blocks) {
      if (block.start >= paintedEnd) break;
      const element = document.createElement(ELEMENT_FOR_BLOCK[block.type] ?? 'p');
      if (block.type === 'caption') element.className = 'caption';
      const end = Math.min(block.end, paintedEnd);
      const node = document.createTextNode(text.text.slice(block.start, end));
      element.append(node);
      article.append(element);
      nodes.push({ node, start: block.start, end });
    }
    const sheet = new CSSStyleSheet();
    const rules = [STYLES];
    const byTag = new Map();
    tags.forEach((tag, index) => {
      const container = tag.kind === 'claim' || tag.kind === 'quote';
      const name = `first-screen-${index}`;
      const fill = `color-mix(in srgb, ${tag.color} ${container ? 28 : 55}%, transparent)`;
      const underline = container ? `text-decoration: underline 2px ${tag.color}; text-underline-offset: 4px;` : '';
      rules.push(`::highlight(${name}) { background-color: ${fill}; ${underline} }`);
      const highlight = new Highlight();
      highlight.priority = { claim: 1, quote: 2, other: 3, entity: 4 }[tag.kind] ?? 3;
      byTag.set(tag.id, highlight);
      CSS.highlights.set(name, highlight);
    });
    sheet.replaceSync(rules.join('\n'));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const position = (offset) => {
      for (const { node, start, end } of nodes) if (offset >= start && offset <= end) return { node, offset: offset - start };
      return null;
    };
    for (const annotation of annotations) {
      const highlight = byTag.get(annotation.tag);
      const from = position(annotation.start);
      const to = position(Math.min(annotation.end, paintedEnd));
      if (highlight && from && to)
        highlight.add(
          new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset }),
        );
    }
    document.body.append(screen);
  };

  /**
   * What the window's script waits for (main.ts): `asked` once the reads are asked or will not be, so that the window's
   * own reads queue behind them; `painted` once the first screen is painted or will not be, so that evaluating the
   * window does not hold the painting back.
   */
  let asked = () => {};
  let painted = () => {};
  window.firstScreen = {
    asked: new Promise((resolve) => (asked = resolve)),
    painted: new Promise((resolve) => (painted = resolve)),
  };
  const nothingToPaint = () => {
    asked();
    painted();
  };

  const open = () => {
    // Opened at whatever version it is, so that a library in an older layout is never asked to upgrade (that would
    // close other windows' connections); only a missing library asks, and is left uncreated.
    const request = indexedDB.open(DATABASE_NAME);
    request.onupgradeneeded = () => request.transaction.abort();
    request.onerror = (event) => {
      event.preventDefault();
      nothingToPaint();
    };
    request.onsuccess = () => {
      const connection = request.result;
      if (connection.version !== INDEXEDDB_VERSION) {
        connection.close();
        nothingToPaint();
        return;
      }
      connection.onversionchange = () => connection.close();
      setTimeout(() => connection.close(), HOLD_MS);
      const articleId = localStorage.getItem(LAST_ARTICLE_KEY);
      if (!articleId) {
        nothingToPaint();
        return;
      }
      // Painted once a frame has shown it: the window's script, evaluated next, would otherwise hold that frame back.
      readLastArticle(connection, articleId)
        .then(paint, () => {})
        .finally(() => requestAnimationFrame(() => setTimeout(painted)));
      asked();
    };
  };

  open();
})();
