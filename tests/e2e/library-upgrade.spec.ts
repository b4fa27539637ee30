// A library saved by an earlier version of the app opens in this one, in a real browser's IndexedDB: upgraded from
// every earlier schema version, waiting (and saying why) while another window holds an old version open, and left as
// it was when an upgrade fails.
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { articleFrame } from './article-text';

/** IndexedDB's version of each of the app's schema versions: Dexie stores version n as n × 10. */
const idbVersion = (schemaVersion: number) => schemaVersion * 10;

interface OldLibrary {
  schemaVersion: number;
  /** Leave the connection open, as a window still running the old version would. */
  keepOpen: boolean;
  /** Tags as that version stored them; a damaged one makes the upgrade fail. */
  tags: Record<string, unknown>[];
}

const TITLE = 'Старая статья';
const TEXT = `${TITLE}\n\nАнна Ким работает в Казани.`;

/**
 * A page of the app's origin that does not run the app, so that the test writes the database as an older version
 * of the app left it, with IndexedDB's own calls and that version's stores and indexes.
 */
async function openBlankPage(page: Page): Promise<void> {
  await page.route('**/old-version.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>An older version</title>' }),
  );
  await page.goto('/old-version.html');
}

async function writeOldLibrary(page: Page, library: OldLibrary): Promise<void> {
  const digest = await page.evaluate(async (text) => {
    const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  }, TEXT);
  const articleId = `sha256:${digest}`;
  const annotation = {
    id: 'old-annotation',
    articleId,
    tag: 'person',
    start: TITLE.length + 2,
    end: TITLE.length + 10,
    quote: 'Анна Ким',
    prefix: `${TITLE}\n\n`,
    suffix: ' работает в Казани.',
    createdAt: '2026-01-09T10:00:00.000Z',
    updatedAt: '2026-01-09T10:00:00.000Z',
  };
  const article = {
    id: articleId,
    title: TITLE,
    date: '2026-01-09',
    source: { fileName: 'old.txt', format: 'text', encoding: 'utf-8', byteLength: 80 },
    text: TEXT,
    blocks: [
      { type: 'title', start: 0, end: TITLE.length },
      { type: 'paragraph', start: TITLE.length + 2, end: TEXT.length },
    ],
    addedAt: '2026-01-09T10:00:00.000Z',
    openedAt: '2026-01-09T10:00:00.000Z',
    // Until version 4 an imported article carried a copy of its annotations.
    ...(library.schemaVersion < 4 ? { annotations: [annotation] } : {}),
  };
  await page.evaluate(
    async ({ version, keepOpen, tags, article, annotation }) => {
      await new Promise<void>((resolve, reject) => {
        const deleting = indexedDB.deleteDatabase('newsroom-annotator');
        deleting.onsuccess = () => resolve();
        deleting.onerror = () => reject(new Error('could not delete the library'));
      });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('newsroom-annotator', version);
        request.onupgradeneeded = () => {
          const created = request.result;
          const articles = created.createObjectStore('articles', { keyPath: 'id' });
          articles.createIndex('openedAt', 'openedAt');
          const annotations = created.createObjectStore('annotations', { keyPath: 'id' });
          for (const index of ['articleId', 'tag', 'entityId', 'speakerId']) annotations.createIndex(index, index);
          const tagStore = created.createObjectStore('tags', { keyPath: 'id' });
          const entities = created.createObjectStore('entities', { keyPath: 'id' });
          entities.createIndex('tag', 'tag');
          entities.createIndex('name', 'name');
          entities.createIndex('aliases', 'aliases', { multiEntry: true });
          if (version >= 20) created.createObjectStore('sourceFiles', { keyPath: 'articleId' });
          if (version >= 30) tagStore.createIndex('position', 'position');
          if (version >= 60) {
            articles.createIndex('date', 'date');
            created.createObjectStore('articleTexts', { keyPath: 'articleId' });
          }
          if (version >= 70) created.createObjectStore('revisions', { keyPath: 'table' });
          if (version >= 80) created.createObjectStore('textIndexes', { keyPath: 'name' });
          if (version >= 90)
            created.createObjectStore('rejectedSuggestions', { keyPath: 'id' }).createIndex('articleId', 'articleId');
          if (version >= 100) {
            articles.createIndex('storyId', 'storyId');
            created.createObjectStore('orphans', { keyPath: 'id' }).createIndex('articleId', 'articleId');
          }
          if (version >= 50) {
            created.createObjectStore('articleCounts', { keyPath: 'articleId' });
            created.createObjectStore('entityCounts', { keyPath: 'entityId' });
            created
              .createObjectStore('entityArticles', { keyPath: ['entityId', 'articleId'] })
              .createIndex('articleId', 'articleId');
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error('could not open the library'));
      });
      const countStores = version >= 50 ? ['articleCounts', 'entityCounts', 'entityArticles'] : [];
      const textStores = version >= 60 ? ['articleTexts'] : [];
      // One transaction, as the app wrote: the counts are saved with the annotation or not at all.
      const transaction = db.transaction(
        ['articles', 'annotations', 'tags', 'entities', ...countStores, ...textStores],
        'readwrite',
      );
      if (version >= 50) {
        // Version 5 kept the counts as it wrote.
        transaction.objectStore('articleCounts').put({ articleId: article.id, annotations: 1, claims: {} });
        transaction.objectStore('entityCounts').put({ entityId: 'kim', mentions: 1, articles: 1 });
        transaction.objectStore('entityArticles').put({ entityId: 'kim', articleId: article.id, mentions: 1, quotes: 0 });
      }
      if (version >= 60) {
        // Version 6 keeps the text apart from the article's record.
        const { text, blocks, ...record } = article;
        transaction.objectStore('articles').put(record);
        transaction.objectStore('articleTexts').put({ articleId: article.id, text, blocks });
      } else {
        transaction.objectStore('articles').put(article);
      }
      transaction.objectStore('annotations').put({ ...annotation, entityId: 'kim' });
      transaction.objectStore('entities').put({ id: 'kim', tag: 'person', name: 'Анна Ким', aliases: [] });
      for (const tag of tags) transaction.objectStore('tags').put(tag);
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(new Error('could not write the library'));
      });
      // A window of an older version keeps its connection and, not knowing of newer versions, does not give it up.
      if (keepOpen) (window as unknown as { oldConnection: IDBDatabase }).oldConnection = db;
      else db.close();
    },
    { version: idbVersion(library.schemaVersion), keepOpen: library.keepOpen, tags: library.tags, article, annotation },
  );
}

/** The default tags as versions 1 and 2 stored them (no position yet), in another order than the palette's. */
const OLD_TAGS = [
  { id: 'claim', label: 'Claim', kind: 'claim', color: '#f7837b', shortcut: '5' },
  { id: 'person', label: 'Person', kind: 'entity', color: '#f4b942', shortcut: '1' },
  { id: 'organization', label: 'Organization', kind: 'entity', color: '#6cb4ee', shortcut: '2' },
  { id: 'place', label: 'Place', kind: 'entity', color: '#7fd17f', shortcut: '3' },
  { id: 'quote', label: 'Quote', kind: 'quote', color: '#d59bf6', shortcut: '4' },
];
const tagsOf = (schemaVersion: number) =>
  schemaVersion >= 3 ? OLD_TAGS.map((tag) => ({ ...tag, position: Number(tag.shortcut) - 1 })) : OLD_TAGS;

async function storedLibrary(page: Page) {
  return page.evaluate(async () => {
    interface Rows<T = object> {
      toArray(): Promise<T[]>;
    }
    const { db } = (
      document.querySelector('nr-app') as unknown as {
        core: {
          db: {
            verno: number;
            articles: Rows;
            articleTexts: Rows<{ articleId: string; text: string }>;
            tags: Rows<{ position: number }>;
            articleCounts: Rows<{ annotations: number }>;
            entityCounts: Rows<{ entityId: string; mentions: number; articles: number }>;
          };
        };
      }
    ).core;
    return {
      version: db.verno,
      articleFields: (await db.articles.toArray()).map((article) => Object.keys(article).sort()),
      texts: (await db.articleTexts.toArray()).map((text) => text.text),
      positions: (await db.tags.toArray()).map((tag) => tag.position).sort(),
      annotationCounts: (await db.articleCounts.toArray()).map((counts) => counts.annotations),
      entityCounts: await db.entityCounts.toArray(),
    };
  });
}

test.beforeEach(({ app }) => {
  test.skip(app.runtime === 'electron', 'Skipped: the Electron app loads from its own origin, where this page is not served');
});

for (const schemaVersion of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
  test(`a library saved by schema version ${schemaVersion} opens upgraded, with its article and annotation`, async ({ app }) => {
    const { page } = app;
    await openBlankPage(page);
    await writeOldLibrary(page, { schemaVersion, keepOpen: false, tags: tagsOf(schemaVersion) });
    await page.goto('/');

    const entry = page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: new RegExp(TITLE) });
    await expect(entry).toContainText('1 annotation');
    await entry.click();
    await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const annotations = page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
    await expect(annotations).toHaveCount(1);
    await expect(annotations.first()).toHaveAccessibleName('Person Анна Ким');
    expect(await storedLibrary(page)).toEqual({
      version: 11,
      // The text is kept apart from version 6.
      articleFields: [['addedAt', 'date', 'id', 'openedAt', 'source', 'title']],
      texts: [TEXT],
      positions: [0, 1, 2, 3, 4],
      // Counted once by the upgrade to version 5, or kept by it.
      annotationCounts: [1],
      entityCounts: [{ entityId: 'kim', mentions: 1, articles: 1 }],
    });
  });
}

test('an upgrade blocked by a window of the old version says so, and goes on once that window closes', async ({ app }) => {
  const { page } = app;
  // This window leaves the app first: a window of the new version is not to hold the library while the old one is made.
  await openBlankPage(page);
  const oldWindow = await page.context().newPage();
  await openBlankPage(oldWindow);
  await writeOldLibrary(oldWindow, { schemaVersion: 3, keepOpen: true, tags: tagsOf(3) });
  await page.goto('/');

  const notice = page.getByRole('alert');
  await expect(notice).toContainText('The library is waiting for another window');
  await expect(notice).toContainText('Another window has the library open in an older version of Newsroom Annotator');
  await oldWindow.evaluate(() => {
    (window as unknown as { oldConnection: IDBDatabase }).oldConnection.close();
  });
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: new RegExp(TITLE) })).toBeVisible();
  expect((await storedLibrary(page)).version).toBe(11);
  await oldWindow.close();
});

test('an upgrade that fails leaves the library as the old version saved it, and says so', async ({ app }) => {
  const { page } = app;
  await openBlankPage(page);
  // Keys stored as numbers cannot be put in order by version 3's upgrade, which compares them as text.
  const damaged = OLD_TAGS.map((tag) => ({ ...tag, shortcut: Number(tag.shortcut) }));
  await writeOldLibrary(page, { schemaVersion: 2, keepOpen: false, tags: damaged });
  await page.goto('/');

  const notice = page.getByRole('alert');
  await expect(notice).toContainText('The library could not be opened');
  await expect(notice).toContainText('Its records could not be upgraded for this version of Newsroom Annotator');
  await expect(notice).toContainText('Nothing in it was changed');
  await openBlankPage(page);
  const left = await page.evaluate(
    () =>
      new Promise<{ version: number; articles: number }>((resolve) => {
        const request = indexedDB.open('newsroom-annotator');
        request.onsuccess = () => {
          const db = request.result;
          const counting = db.transaction('articles').objectStore('articles').count();
          counting.onsuccess = () => {
            resolve({ version: db.version, articles: counting.result });
            db.close();
          };
        };
      }),
  );
  expect(left).toEqual({ version: 20, articles: 1 });
});
