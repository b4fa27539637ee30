// A newsroom's year in the library, measured as an editor meets it: the library is filled through the app's own
// database (its counts kept as every write keeps them), then the window is reloaded and each step is timed from the
// editor's action to what the editor sees. Each figure beside its raw IndexedDB twin, in the same page.
import type { Page, Route } from '@playwright/test';
import { installProbes } from './app-probe';
import { longestGap } from './frame-recorder';
import { openEmptyLibrary } from './transfer-bench';

export interface LibraryScale {
  articles: number;
  annotationsPerArticle: number;
  entities: number;
}

export interface ScaleRun {
  /** Raw: one getAll of the articles' store, and of the annotations of one article by its index. */
  rawListMs: number;
  rawArticleMs: number;
  /**
   * Raw after a reload: a page of the same origin without the app's script, reading at its first moment what the
   * window needs (the list and its counts; the last article, its text and annotations). The floor of every step after
   * a reload: navigation, opening the database and the reads, nothing of the app.
   */
  reloadedRawListMs: number;
  reloadedRawArticleMs: number;
  /** From the reload to the window drawn, its library not read yet: the floor of every step after a reload. */
  windowShownMs: number;
  /** From the reload to the library list showing every article. */
  listedMs: number;
  wholeListMs: number;
  /** From the reload to the last opened article painted with its annotations. */
  articleShownMs: number;
  /** From the reload to the window's own article frame showing it, ready for editing. */
  windowArticleShownMs: number;
  /** From the Entities button to the index showing every entity; null when it had not after the time limit. */
  entitiesShownMs: number | null;
  entitiesLongestFrameGapMs: number | null;
  /** From an entity's "N articles" to the list of its N articles drawn; null when it was not within the limit. */
  entityArticlesListedMs: number | null;
  entityArticleCount: number;
  /** From a search of every article's text to its hits drawn: the first after the reload, and one after it. */
  firstTextSearchMs: number | null;
  textSearchMs: number | null;
  textSearchTotal: number;
  /** From a tag to the library list showing the article's new count. */
  countUpdatedMs: number;
  heapBytes: number;
}

/** Gives up on a step after this long: the Entities view took 87 s at full size before the counts were kept. */
const STEP_LIMIT_MS = 120_000;

const WORDS = ['редакция', 'сообщила', 'в понедельник', 'что', 'министерство', 'по данным', 'аналитиков', 'выручка', 'выросла'];

/** Empties the library, then fills it with `scale` through the app's database, in transactions of 50 articles. */
export async function fillLibrary(page: Page, scale: LibraryScale): Promise<{ firstArticleId: string; firstTitle: string }> {
  await openEmptyLibrary(page);
  return page.evaluate(
    async ({ scale, words }) => {
      interface Table {
        bulkPut(rows: object[]): Promise<unknown>;
      }
      const db = (
        document.querySelector('nr-app') as unknown as {
          core: {
            db: { transaction(mode: string, tables: Table[], work: () => Promise<void>): Promise<void> } & Record<string, Table>;
          };
        }
      ).core.db;
      const tags = ['person', 'organization', 'place', 'quote', 'claim'];
      const entityTags = ['person', 'organization', 'place'];
      const entities = Array.from({ length: scale.entities }, (_, index) => ({
        id: `entity-${index}`,
        tag: entityTags[index % 3],
        name: `Имя ${index} Фамилия${index}`,
        aliases: [],
      }));
      await db.transaction('rw', [db.entities as Table], async () => {
        await (db.entities as Table).bulkPut(entities);
      });
      const now = new Date('2026-01-09T10:00:00Z').getTime();
      const chunk = 50;
      for (let first = 0; first < scale.articles; first += chunk) {
        const articles: object[] = [];
        const texts: object[] = [];
        const annotations: object[] = [];
        for (let index = first; index < Math.min(first + chunk, scale.articles); index++) {
          const title = `Статья ${index}: министерство сообщило о выручке`;
          const paragraphs = [title];
          for (let paragraph = 0; paragraph < 8; paragraph++) {
            paragraphs.push(Array.from({ length: 60 }, (_, word) => words[(index + paragraph + word) % words.length]).join(' '));
          }
          const text = paragraphs.join('\n\n');
          const blocks: { type: string; start: number; end: number }[] = [];
          let offset = 0;
          paragraphs.forEach((paragraph, position) => {
            blocks.push({ type: position === 0 ? 'title' : 'paragraph', start: offset, end: offset + paragraph.length });
            offset += paragraph.length + 2;
          });
          const id = `bench-article-${index}`;
          const opened = new Date(now + index * 60_000).toISOString();
          articles.push({
            id,
            title,
            // Fourteen stories a day, the newest last.
            date: new Date(now + Math.floor(index / 14) * 86_400_000).toISOString().slice(0, 10),
            source: { fileName: `article-${index}.txt`, format: 'text', encoding: 'utf-8', byteLength: text.length * 2 },
            addedAt: opened,
            openedAt: opened,
          });
          texts.push({ articleId: id, text, blocks });
          for (let number = 0; number < scale.annotationsPerArticle; number++) {
            const start = (number * 37) % (text.length - 20);
            const tag = tags[number % tags.length] ?? 'person';
            // Entity i has tag i % 3: a mention links to one of its own tag, spread over all of them.
            const kind = entityTags.indexOf(tag);
            const perKind = Math.floor(scale.entities / 3);
            const entityId = kind >= 0 && perKind > 0 ? `entity-${((index * 7 + number) % perKind) * 3 + kind}` : undefined;
            annotations.push({
              id: `${id}-${number}`,
              articleId: id,
              tag,
              start,
              end: start + 8,
              quote: text.slice(start, start + 8),
              prefix: '',
              suffix: '',
              ...(entityId ? { entityId } : {}),
              ...(tag === 'claim' ? { claim: { status: 'unverified', note: '', sources: [] } } : {}),
              createdAt: opened,
              updatedAt: opened,
            });
          }
        }
        await db.transaction('rw', [db.articles as Table, db.articleTexts as Table, db.annotations as Table], async () => {
          await (db.articles as Table).bulkPut(articles);
          await (db.articleTexts as Table).bulkPut(texts);
          await (db.annotations as Table).bulkPut(annotations);
        });
      }
      const lastIndex = scale.articles - 1;
      return { firstArticleId: `bench-article-${lastIndex}`, firstTitle: `Статья ${lastIndex}: министерство сообщило о выручке` };
    },
    { scale, words: WORDS },
  );
}

/** Set in the page's session for the one reload that times the raw reads: the twin's script reads only then. */
const RAW_TWIN_KEY = 'library-scale-bench:raw-twin';
const pagesWithRawTwin = new WeakSet<Page>();

/**
 * Reloads the app's page with the app's scripts left empty, and times its raw reads from its first moment. A reload of
 * the same page, as the app's own figures are taken: both follow the unloading of the app with its library open.
 * The app is then loaded again, and left to settle, so that the app's reload after this unloads the same app.
 */
async function measureReloadedRaw(page: Page, articleId: string): Promise<{ listMs: number; articleMs: number }> {
  if (!pagesWithRawTwin.has(page)) {
    pagesWithRawTwin.add(page);
    await page.addInitScript((key) => {
      const id = sessionStorage.getItem(key);
      if (id === null) return;
      const request = indexedDB.open('newsroom-annotator');
      request.onsuccess = () => {
        const db = request.result;
        const read = (store: string, ask: (store: IDBObjectStore) => IDBRequest): Promise<unknown> =>
          new Promise((resolve, reject) => {
            const asked = ask(db.transaction(store).objectStore(store));
            asked.onsuccess = () => resolve(asked.result);
            asked.onerror = () => reject(new Error(`could not read ${store}`));
          });
        const done = (reads: Promise<unknown>[]): Promise<number> => Promise.all(reads).then(() => performance.now());
        const article = done([
          read('articles', (store) => store.get(id)),
          read('articleTexts', (store) => store.get(id)),
          read('annotations', (store) => store.index('articleId').getAll(IDBKeyRange.only(id))),
        ]);
        const list = done([read('articles', (store) => store.getAll()), read('articleCounts', (store) => store.getAll())]);
        (window as unknown as { reloadedRaw: Promise<object> }).reloadedRaw = Promise.all([list, article]).then(
          ([listMs, articleMs]) => {
            db.close();
            return { listMs, articleMs };
          },
        );
      };
    }, RAW_TWIN_KEY);
  }
  await page.evaluate(({ key, id }) => sessionStorage.setItem(key, id), { key: RAW_TWIN_KEY, id: articleId });
  // Answered empty rather than failed: a failed load is an error in the console, which the tests' page refuses.
  const refuseScripts = (route: Route): Promise<void> => route.fulfill({ contentType: 'text/javascript', body: '' });
  await page.route('**/assets/*.js', refuseScripts);
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(() => 'reloadedRaw' in window);
  const figures = await page.evaluate(
    () => (window as unknown as { reloadedRaw: Promise<{ listMs: number; articleMs: number }> }).reloadedRaw,
  );
  await page.evaluate((key) => sessionStorage.removeItem(key), RAW_TWIN_KEY);
  await page.unroute('**/assets/*.js', refuseScripts);
  await page.reload();
  await page.getByRole('navigation', { name: 'Library' }).getByRole('listitem').first().waitFor();
  await page.waitForTimeout(2000);
  return figures;
}

/** Reloads with `articleId` as the article last shown, and times the steps of the returning editor. */
export async function measureScale(page: Page, scale: LibraryScale, articleId: string, title: string): Promise<ScaleRun> {
  const reloadedRaw = await measureReloadedRaw(page, articleId);
  await page.evaluate((id) => localStorage.setItem('newsroom-annotator:last-article', id), articleId);
  await page.reload({ waitUntil: 'commit' });
  const shown = await page.evaluate(
    async ({ articles, title, limit }) => {
      const appRoot = () => document.querySelector('nr-app')?.shadowRoot;
      const until = (done: () => boolean, what: string): Promise<number> =>
        new Promise((resolve, reject) => {
          const check = (): void => {
            if (done()) resolve(performance.now());
            else if (performance.now() > limit) reject(new Error(`${what} not shown within ${limit} ms of the reload`));
            else requestAnimationFrame(check);
          };
          check();
        });
      // The window drawn at all, before the library has answered: what any reload costs, however small the library.
      const windowShown = until(() => (appRoot()?.querySelector('nav') ?? null) !== null, 'the window');
      const library = () => appRoot()?.querySelector('nr-library') as (Element & { entries?: unknown[] }) | null | undefined;
      // What the editor sees of the list: its first row, the article opened last, drawn. The rest of a screenful is
      // drawn in the same frame.
      const listed = until(
        () => library()?.shadowRoot?.querySelector('[role="listitem"] .title')?.textContent === title,
        'the library list',
      );
      // Every article read, for the search by title and the scroll to the end.
      const wholeList = until(() => library()?.entries?.length === articles, 'the whole library list');
      const windowArticle = (): boolean => {
        const frame = appRoot()?.querySelector('nr-article-view')?.shadowRoot?.querySelector('iframe');
        return frame?.contentDocument?.querySelector('article h1')?.textContent === title;
      };
      // The first screen (src/renderer/first-screen.js) paints the article with its highlights before the window
      // exists; either is the article the editor sees.
      const firstScreen = (): boolean =>
        document.querySelector('.first-screen h1')?.textContent === title && CSS.highlights.size > 0;
      const article = until(() => firstScreen() || windowArticle(), 'the last article');
      const articleInWindow = until(windowArticle, 'the last article in the window');
      return {
        windowShownMs: await windowShown,
        listedMs: await listed,
        wholeListMs: await wholeList,
        articleShownMs: await article,
        windowArticleShownMs: await articleInWindow,
      };
    },
    { articles: scale.articles, title, limit: STEP_LIMIT_MS },
  );
  const raw = await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('newsroom-annotator');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('could not open the library'));
    });
    const timed = async (read: (transaction: IDBTransaction) => IDBRequest): Promise<number> => {
      const start = performance.now();
      await new Promise((resolve) => {
        read(db.transaction(['articles', 'annotations'])).onsuccess = resolve;
      });
      return performance.now() - start;
    };
    const rawListMs = await timed((transaction) => transaction.objectStore('articles').getAll());
    const rawArticleMs = await timed((transaction) =>
      transaction.objectStore('annotations').index('articleId').getAll(IDBKeyRange.only(id)),
    );
    db.close();
    return { rawListMs, rawArticleMs };
  }, articleId);

  await installProbes(page);
  const entities = await page.evaluate(
    async ({ entities, limit }) => {
      const appRoot = document.querySelector('nr-app')?.shadowRoot;
      const recorder = window.frameRecorder;
      if (!appRoot || !recorder) throw new Error('The app or the frame recorder is missing');
      const button = [...appRoot.querySelectorAll('header button')].find(
        (candidate) => candidate.textContent.trim() === 'Entities',
      );
      const start = await recorder.start();
      (button as HTMLButtonElement | undefined)?.click();
      const shown = await new Promise<number | null>((resolve) => {
        const check = (): void => {
          const index = appRoot.querySelector('nr-entity-index') as (Element & { entries?: unknown[] }) | null;
          if (index?.entries?.length === entities && index.shadowRoot?.querySelector('lit-virtualizer [role="row"]'))
            resolve(performance.now());
          else if (performance.now() - start > limit) resolve(null);
          else requestAnimationFrame(check);
        };
        check();
      });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const frames = recorder.stop(start);
      // Where the first entity appears: from its "N articles" button to the list of them drawn.
      const index = appRoot.querySelector('nr-entity-index');
      const articlesButton = index?.shadowRoot?.querySelector<HTMLButtonElement>('lit-virtualizer [role="row"] [aria-expanded]');
      const articleCount = Number(articlesButton?.textContent.trim().split(' ')[0]);
      const listStart = performance.now();
      articlesButton?.click();
      const listed = await new Promise<number | null>((resolve) => {
        const check = (): void => {
          const items = index?.shadowRoot?.querySelector('nr-entity-appearances')?.shadowRoot?.querySelectorAll('li');
          if (items?.length === articleCount) resolve(performance.now());
          else if (performance.now() - listStart > limit) resolve(null);
          else requestAnimationFrame(check);
        };
        check();
      });
      (button as HTMLButtonElement | undefined)?.click();
      return {
        shownMs: shown === null ? null : shown - start,
        frames,
        articlesListedMs: listed === null ? null : listed - listStart,
        articleCount,
      };
    },
    { entities: scale.entities, limit: STEP_LIMIT_MS },
  );

  const countUpdatedMs = await page.evaluate(
    async ({ before, limit }) => {
      const app = document.querySelector('nr-app') as unknown as {
        shadowRoot: ShadowRoot;
        core: { commands: { applyTag(tag: string, selection: () => { start: number; end: number }): Promise<void> } };
      };
      const entryText = () => window.appProbe?.libraryEntry(before.title)?.textContent ?? '';
      // Each run adds one claim, each over a span of its own: the same span twice would be one annotation.
      const count = Number(/(\d+) annotations/.exec(entryText())?.[1]);
      if (!Number.isInteger(count)) throw new Error(`${before.title} does not show its count`);
      const span = { start: 0, end: 7 + count - before.count };
      const start = performance.now();
      void app.core.commands.applyTag('claim', () => span);
      await new Promise<void>((resolve, reject) => {
        const check = (): void => {
          if (entryText().includes(`${count + 1} annotations`)) resolve();
          else if (performance.now() - start > limit) reject(new Error('the count was not updated'));
          else requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - start;
    },
    { before: { title, count: scale.annotationsPerArticle }, limit: STEP_LIMIT_MS },
  );

  const textSearch = await page.evaluate(
    async ({ limit }) => {
      const app = document.querySelector('nr-app') as unknown as {
        shadowRoot: ShadowRoot;
        core: {
          session: { toggleView(view: 'search'): void };
          textSearch: { search(query: string): Promise<void>; result?: { total: number } };
        };
      };
      const view = () => app.shadowRoot.querySelector('nr-text-search')?.shadowRoot;
      const searchOnce = async (query: string): Promise<{ ms: number | null; total: number }> => {
        const start = performance.now();
        void app.core.textSearch.search(query);
        return new Promise((resolve) => {
          const check = (): void => {
            const shown = view()?.querySelector('ol li mark')?.textContent;
            if (shown && app.core.textSearch.result)
              resolve({ ms: performance.now() - start, total: app.core.textSearch.result.total });
            else if (performance.now() - start > limit) resolve({ ms: null, total: 0 });
            else requestAnimationFrame(check);
          };
          check();
        });
      };
      app.core.session.toggleView('search');
      // The first search after the reload waits for the index the window started building when it was idle.
      const first = await searchOnce('министерство выручка');
      const next = await searchOnce('аналитиков сообщ');
      app.core.session.toggleView('search');
      return { firstMs: first.ms, ms: next.ms, total: next.total };
    },
    { limit: STEP_LIMIT_MS },
  );

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return {
    ...raw,
    reloadedRawListMs: reloadedRaw.listMs,
    reloadedRawArticleMs: reloadedRaw.articleMs,
    windowShownMs: shown.windowShownMs,
    listedMs: shown.listedMs,
    wholeListMs: shown.wholeListMs,
    articleShownMs: shown.articleShownMs,
    windowArticleShownMs: shown.windowArticleShownMs,
    entitiesShownMs: entities.shownMs,
    entitiesLongestFrameGapMs: entities.shownMs === null ? null : longestGap(entities.frames),
    entityArticlesListedMs: entities.articlesListedMs,
    entityArticleCount: entities.articleCount,
    countUpdatedMs,
    firstTextSearchMs: textSearch.firstMs,
    textSearchMs: textSearch.ms,
    textSearchTotal: textSearch.total,
    heapBytes: heap.usedSize,
  };
}
