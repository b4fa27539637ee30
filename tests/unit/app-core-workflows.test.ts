// The library's workflows as an editor runs them, against a host that hands over files and keeps what is saved:
// open, read again in another encoding, export, back up and restore, import, edit the tags. Each ends in what the
// window shows (a notice, the status line, an announcement, the article shown), and a refusal changes nothing.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ArticleFile } from '../../src/shared/ipc';
import { err, ok } from '../../src/shared/result';
import type { NewsroomDB } from '../../src/renderer/src/db/database';
import { NewsroomDB as Library } from '../../src/renderer/src/db/database';
import type { ExportDetail } from '../../src/renderer/src/exporting/export-file';
import type { Harness } from '../support/app-core-harness';
import { openAndShow, startCore, tagFirst, withCoreOnFreshLibrary } from '../support/app-core-harness';

const utf8 = readFileSync(new URL('../fixtures/tworek-ru.txt', import.meta.url), 'utf8');
const article: ArticleFile = { fileName: 'tworek-ru.txt', path: '/news/tworek-ru.txt', bytes: new TextEncoder().encode(utf8) };
const cp1251: ArticleFile = { fileName: 'tworek-1251.txt', path: '', bytes: new Uint8Array(iconv.encode(utf8, 'windows-1251')) };
const empty: ArticleFile = { fileName: 'empty.txt', path: '', bytes: new Uint8Array() };
const image: ArticleFile = { fileName: 'photo.png', path: '', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) };

const nativeExport: ExportDetail = { scope: 'article', articleIds: [], format: 'native', publisherName: '', articleUrl: '' };

let db: NewsroomDB;
let app: Harness;
withCoreOnFreshLibrary((started, fresh) => {
  app = started;
  db = fresh;
});

const open = (...files: ArticleFile[]): Promise<void> => openAndShow(app, ...files);
const tag = (fragment: string, tagId: string): Promise<void> => tagFirst(app, fragment, tagId);

describe('opening files', () => {
  it('opens the good files, shows the last, and lists each bad one by name', async () => {
    await app.core.workflows.openFiles({
      files: [empty, article, image],
      problems: [{ fileName: 'huge.docx', message: 'huge.docx: the file is larger than 50 MB' }],
    });
    await app.until(() => app.core.article !== undefined, 'the article');
    expect(app.core.article?.title).toBe('Исследователь Джерри Творек покидает лабораторию в Сан-Франциско');
    expect(app.core.article?.source.path).toBe('/news/tworek-ru.txt');
    expect(app.core.notices.problems?.heading).toBe('Some files could not be opened');
    expect(app.core.notices.problems?.messages).toEqual([
      'huge.docx: the file is larger than 50 MB',
      'empty.txt: the file is empty',
      'photo.png: this type of file is not supported',
    ]);
    expect(app.announcements).toEqual([`Opened ${app.core.article?.title ?? ''}`]);
    expect(app.core.notices.status).toBe('');
    expect(await db.articles.count()).toBe(1);
  });

  it('opens files the host sends (command line, second launch), and the same text twice is one article', async () => {
    app.host.sendFiles({ files: [article], problems: [] });
    await app.until(() => app.core.article !== undefined, 'the sent article');
    await app.core.workflows.openFiles({ files: [article, cp1251], problems: [] });
    expect(app.core.notices.problems).toBeNull();
    expect(app.announcements.at(-1)).toBe('Opened 2 articles');
    await app.until(() => app.core.library.entries?.length === 1, 'one library entry');
    expect(app.host.readyCalls).toBe(1);
  });

  it('a cancelled Open… changes nothing', async () => {
    app.host.nextArticleFiles = null;
    await app.core.workflows.pickAndOpen();
    expect(app.core.session.articleId).toBeNull();
    expect(await db.articles.count()).toBe(0);
  });

  it('reads the file again with the encoding the editor chooses, as a new article; a cancelled choice does nothing', async () => {
    await open(cp1251);
    const first = app.core.article;
    expect(first?.source.encoding).toBe('windows-1251');
    app.core.notices.dismiss();
    app.dialogs.encoding = null;
    await app.core.workflows.reopenWithEncoding();
    expect(app.core.session.articleId).toBe(first?.id);

    app.dialogs.encoding = 'koi8-r';
    await app.core.workflows.reopenWithEncoding();
    await app.until(() => app.core.article !== undefined && app.core.article.id !== first?.id, 'the article read again');
    expect(app.core.article?.source.encoding).toBe('koi8-r');
    expect(app.core.article?.text).not.toBe(first?.text);
    expect(app.announcements.at(-1)).toBe('Reopened tworek-1251.txt as a new article');
    expect(await db.articles.count()).toBe(2);
  });
});

describe('exporting', () => {
  it('saves the article’s annotations under the article’s name and says where', async () => {
    await open(article);
    await tag('Джерри Творек', 'person');
    await app.until(() => app.core.library.entries?.[0]?.annotationCount === 1, 'the count');
    app.dialogs.exportChoice = nativeExport;
    await app.core.workflows.export();
    expect(app.dialogs.lastExportChoices.map((entry) => entry.annotationCount)).toEqual([1]);
    expect(app.host.saved.map((file) => file.name)).toEqual(['tworek-ru.annotations.json']);
    const set = JSON.parse(app.host.saved[0]?.text ?? '') as { articles: { annotations: { quote: string }[] }[] };
    expect(set.articles[0]?.annotations.map((annotation) => annotation.quote)).toEqual(['Джерри Творек']);
    expect(app.core.notices.status).toBe('Exported 1 annotation from 1 article to /home/editor/tworek-ru.annotations.json');
    expect(app.announcements.at(-1)).toBe(app.core.notices.status);
  });

  it('a save that fails says so; a cancelled export dialog saves nothing', async () => {
    await open(article);
    await app.until(() => app.core.library.entries?.length === 1, 'the library');
    await app.core.workflows.export();
    expect(app.host.saved).toEqual([]);
    app.dialogs.exportChoice = { ...nativeExport, scope: 'all', format: 'csv' };
    app.host.nextSaveAnswer = err('The disk is full');
    await app.core.workflows.export();
    expect(app.core.notices.problems).toEqual({ heading: 'The export was not saved', messages: ['The disk is full'] });
  });
});

describe('backing up and restoring', () => {
  it('restores a backup only once the editor confirms; the library is then the backup’s, and Undo has nothing to take back', async () => {
    await open(article);
    await tag('Джерри Творек', 'person');
    await app.core.workflows.backUp();
    const [backup] = app.host.saved;
    expect(backup?.name).toMatch(/^newsroom-library-\d{4}-\d{2}-\d{2}\.json$/);
    expect(app.core.notices.status).toBe(`Library backed up to /home/editor/${backup?.name ?? ''}`);
    expect(app.core.notices.progress).toBeNull();

    await tag('Сан-Франциско', 'place');
    expect(await db.annotations.count()).toBe(2);
    app.host.nextImportFile = ok({ fileName: 'backup.json', path: '', bytes: new TextEncoder().encode(backup?.text) });
    app.dialogs.confirmed = false;
    await app.core.workflows.restore();
    expect(app.dialogs.asked.at(-1)).toBe('Restore backup.json?');
    expect(await db.annotations.count()).toBe(2);

    app.dialogs.confirmed = true;
    await app.core.workflows.restore();
    expect((await db.annotations.toArray()).map((annotation) => annotation.quote)).toEqual(['Джерри Творек']);
    expect(app.core.notices.status).toBe('Library restored from backup.json');
    expect(app.core.history?.canUndo).toBe(false);
    expect(app.core.session.focusedId).toBeNull();
  });

  it('a file that is not a backup is refused and the library stays as it was', async () => {
    await open(article);
    await tag('Джерри Творек', 'person');
    app.host.nextImportFile = ok({ fileName: 'notes.json', path: '', bytes: new TextEncoder().encode('{"hello": 1}') });
    app.dialogs.confirmed = true;
    await app.core.workflows.restore();
    expect(app.core.notices.problems?.heading).toBe('notes.json was not restored; the library is as it was');
    expect(await db.annotations.count()).toBe(1);
    expect(await db.articles.count()).toBe(1);
  });
});

describe('importing', () => {
  async function exportedSet(): Promise<ArticleFile> {
    await open(article);
    await tag('Джерри Творек', 'person');
    await tag('Сан-Франциско', 'place');
    app.dialogs.exportChoice = nativeExport;
    await app.core.workflows.export();
    return { fileName: 'set.json', path: '', bytes: new TextEncoder().encode(app.host.saved.at(-1)?.text) };
  }

  it('shows what an import changes, writes nothing when cancelled, and imports when confirmed', async () => {
    const file = await exportedSet();
    app.core.stop();
    const other = new Library(`${db.name}-other`);
    try {
      app = startCore(other);
      app.dialogs.importConfirmed = false;
      await app.core.workflows.importFile(file);
      expect(app.dialogs.lastImportPreview?.counts.added).toBe(2);
      expect(app.dialogs.lastImportPreview?.newArticles).toBe(1);
      expect(await other.annotations.count()).toBe(0);

      app.dialogs.importConfirmed = true;
      app.host.nextImportFile = ok(file);
      await app.core.workflows.pickAndImport();
      expect(app.core.notices.status).toBe('Imported set.json: 2 added, 0 updated, 0 unchanged, 0 kept as they were');
      expect(await other.annotations.count()).toBe(2);
      // No article was open: the imported one is shown.
      await app.until(() => app.core.article !== undefined, 'the imported article');
      expect(app.core.store.shown.map((annotation) => annotation.quote)).toEqual(['Джерри Творек', 'Сан-Франциско']);
    } finally {
      app.core.stop();
      await other.delete();
    }
  });

  it('importing the same set again adds nothing', async () => {
    const file = await exportedSet();
    app.dialogs.importConfirmed = true;
    await app.core.workflows.importFile(file);
    expect(app.core.notices.status).toBe('Imported set.json: 0 added, 0 updated, 2 unchanged, 0 kept as they were');
    expect(await db.annotations.count()).toBe(2);
  });

  it('a bad file gets a message naming it, and nothing is asked or written', async () => {
    await open(article);
    await app.core.workflows.importFile({ fileName: 'broken.json', path: '', bytes: new TextEncoder().encode('{"format": ') });
    expect(app.core.notices.problems?.heading).toBe('broken.json was not imported');
    expect(app.dialogs.asked).not.toContain('import');
    expect(await db.annotations.count()).toBe(0);
  });

  it('a file the host could not read is reported, and a cancelled pick does nothing', async () => {
    app.host.nextImportFile = err('set.json: the file is larger than 200 MB');
    await app.core.workflows.pickAndImport();
    expect(app.core.notices.problems).toEqual({
      heading: 'Nothing was imported',
      messages: ['set.json: the file is larger than 200 MB'],
    });
    app.core.notices.dismiss();
    app.host.nextImportFile = null;
    await app.core.workflows.pickAndImport();
    expect(app.core.notices.problems).toBeNull();
  });
});

describe('editing the tags', () => {
  it('renames a tag, and a deleted tag’s annotations move to the tag the editor chose, in one undoable step', async () => {
    await open(article);
    await tag('Сан-Франциско', 'place');
    await tag('Северный ветер', 'organization');
    app.dialogs.savedTags = (tags) => ({
      tags: tags
        .filter((tag) => tag.id !== 'organization')
        .map((tag) => (tag.id === 'place' ? { ...tag, label: 'Location' } : tag)),
      moveTo: { organization: 'claim' },
    });
    await app.core.workflows.editTags();
    expect((await db.tags.get('place'))?.label).toBe('Location');
    expect(await db.tags.get('organization')).toBeUndefined();
    const moved = await db.annotations.where('tag').equals('claim').toArray();
    expect(moved.map((annotation) => [annotation.quote, annotation.entityId])).toEqual([['Северный ветер', undefined]]);
    expect(app.announcements.at(-1)).toBe('Tags saved; 1 annotation moved');
    await app.core.commands.step('undo');
    expect((await db.tags.get('organization'))?.label).toBe('Organization');
    expect(await db.annotations.where('tag').equals('organization').count()).toBe(1);
  });
});

describe('the library’s own notices', () => {
  it('a newer version opening the library in another window tells this one to reload', async () => {
    await open(article);
    const version = Math.round(db.verno * 10) + 10;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(db.name, version);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    expect(app.core.notices.library?.heading).toBe('The library was upgraded in another window');
  });
});

describe('finding across the library', () => {
  it('searches every article’s text and opens the hit at its word; the latest question’s answer is the one kept', async () => {
    await open(article);
    const articleId = app.core.article?.id ?? '';
    app.core.session.toggleView('search');
    const stale = app.core.textSearch.search('лаборатория');
    const latest = app.core.textSearch.search('блоге');
    expect(app.core.textSearch.searching).toBe(true);
    await Promise.all([stale, latest]);
    expect(app.core.textSearch.query).toBe('блоге');
    const hit = app.core.textSearch.result?.hits[0];
    expect(app.core.textSearch.result?.total).toBe(1);
    expect(hit?.match).toBe('блоге');
    expect(app.core.article?.text.slice(hit?.start, hit?.end)).toBe('блоге');

    app.core.session.showArticle(articleId, { span: { start: hit?.start ?? 0, end: hit?.end ?? 0 }, word: 'блоге' });
    expect(app.core.session.view).toBe('article');
    expect(app.core.session.reveal).toEqual({ span: { start: hit?.start, end: hit?.end }, word: 'блоге' });
  });

  it('opens an article where an entity first appears, focused on that mention', async () => {
    await open(article);
    await tag('Джерри Творек', 'person');
    await tag('Творека', 'person');
    const [first] = (await db.annotations.toArray()).sort((a, b) => a.start - b.start);
    const entityId = first?.entityId ?? '';
    expect(await app.core.library.appearancesOf(entityId)).toEqual([
      expect.objectContaining({ articleId: app.core.article?.id, mentions: 2, quotes: 0 }),
    ]);
    app.core.session.toggleView('entities');
    await app.core.showAppearance(entityId, app.core.article?.id ?? '');
    expect(app.core.session.view).toBe('article');
    expect(app.core.session.focusedId).toBe(first?.id);
    expect(app.core.session.reveal).toEqual({ annotationId: first?.id });
  });
});
