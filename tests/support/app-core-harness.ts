// The application core as the window runs it, without the window: a real library in fake-indexeddb, the real
// background jobs run in this thread, a host that hands over prepared files and keeps what is saved, and dialogs
// that answer as the test scripted them. Test files import fake-indexeddb/auto first.
import './browser-globals';
import type { InterfaceLanguage } from '../../src/shared/i18n/localization';
import type { Annotation } from '../../src/shared/annotation';
import type { ArticleFile, MenuCommand, OpenedFiles } from '../../src/shared/ipc';
import type { Result } from '../../src/shared/result';
import { ok } from '../../src/shared/result';
import type { AppCoreOptions } from '../../src/renderer/src/app/app-core';
import { AppCore } from '../../src/renderer/src/app/app-core';
import type { BackgroundJobs } from '../../src/renderer/src/app/background-jobs';
import type { DeskAnswer, DeskQuestion } from '../../src/renderer/src/app/desk-sync-state';
import { checkCredentials } from '../../src/renderer/src/sync/desk-credentials';
import { DeskSync } from '../../src/renderer/src/sync/desk-sync';
import { MemoryPouchDB } from './desk-server';
import type { SaveTagsDetail } from '../../src/renderer/src/app/intents';
import type { AppDialogs } from '../../src/renderer/src/app/library-workflows';
import type { VersionAnswer, VersionQuestion } from '../../src/renderer/src/app/new-versions';
import type { NewsroomDB, StoredTag } from '../../src/renderer/src/db/database';
import type { ImportPreview } from '../../src/renderer/src/db/import';
import type { LibraryEntry } from '../../src/renderer/src/db/library';
import { addVersionJob, exportArticles, LibraryJobs } from '../../src/renderer/src/db/library-jobs';
import type { ExportDetail } from '../../src/renderer/src/exporting/export-file';
import type { Host } from '../../src/renderer/src/host/host';
import type { Preferences } from '../../src/renderer/src/app/preferences';
import { readArticleBytes } from '../../src/renderer/src/opening/read-article-bytes';
import { suggestAnnotations } from '../../src/shared/suggestions/suggest';
import { afterEach, beforeEach } from 'vitest';
import { withFreshDatabase } from './fresh-database';
import { loadMorphology } from './morphology';

/** The jobs the window runs in its workers, run here in the test's thread: the same code. */
export function inThreadJobs(): BackgroundJobs {
  const library = new LibraryJobs();
  return {
    parseArticle: (request) => readArticleBytes({ id: 0, ...request }),
    warmUp: async (db) => {
      await db.open();
    },
    prepareImport: (db, fileName, bytes) => library.prepareImport(db, fileName, bytes),
    applyPreparedImport: (db, token) => library.applyPrepared(db, token),
    discardPreparedImport: (_db, token) => library.discard(token),
    exportArticles,
    searchTexts: (db, query) => library.searchTexts(db, query),
    suggest: async (input) => ok(suggestAnnotations(input, await loadMorphology())),
    addVersion: addVersionJob,
    checkDesk: (desk) => checkCredentials(desk.url, desk.userName, desk.password),
    syncWithDesk: (db, desk, onStatus) => {
      // The worker's DeskSync, on a mirror in memory instead of IndexedDB.
      const sync = new DeskSync({
        db,
        local: new MemoryPouchDB(`${db.name}-mirror-${++mirrors}`, { adapter: 'memory' }),
        remote: new MemoryPouchDB(desk.url, { auth: { username: desk.userName, password: desk.password }, skip_setup: true }),
        userName: desk.userName,
        onStatus,
      });
      void sync.start();
      return { stop: () => sync.stop() };
    },
  };
}

let mirrors = 0;

/** A host whose file choosers return what the test put there, and whose save dialog keeps what is saved. */
export class FakeHost implements Host {
  readonly kind = 'browser';
  /** What the next pick of article files returns; null is a cancelled dialog. */
  nextArticleFiles: OpenedFiles | null = null;
  nextImportFile: Result<ArticleFile> | null = null;
  /** What the next save returns instead of saving, when set (a full disk, a cancelled dialog). */
  nextSaveAnswer: Result<string | null> | null = null;
  readonly saved: { name: string; text: string }[] = [];
  readyCalls = 0;
  /** The desk passwords kept, by user name and address, as main keeps them. */
  readonly deskPasswords = new Map<string, string>();
  private readonly opened = new Set<(opened: OpenedFiles) => void>();
  private readonly menu = new Set<(command: MenuCommand) => void>();

  pickArticleFiles(): Promise<OpenedFiles | null> {
    return Promise.resolve(this.nextArticleFiles);
  }

  pickImportFile(): Promise<Result<ArticleFile> | null> {
    return Promise.resolve(this.nextImportFile);
  }

  async readDroppedFiles(files: readonly File[]): Promise<OpenedFiles> {
    return {
      files: await Promise.all(
        files.map(async (file) => ({ fileName: file.name, path: '', bytes: new Uint8Array(await file.arrayBuffer()) })),
      ),
      problems: [],
    };
  }

  async saveFile(suggestedName: string, contents: Blob): Promise<Result<string | null>> {
    if (this.nextSaveAnswer) return this.nextSaveAnswer;
    this.saved.push({ name: suggestedName, text: await contents.text() });
    return ok(`/home/editor/${suggestedName}`);
  }

  onArticleFilesOpened(listener: (opened: OpenedFiles) => void): () => void {
    this.opened.add(listener);
    return () => this.opened.delete(listener);
  }

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    this.menu.add(listener);
    return () => this.menu.delete(listener);
  }

  ready(): void {
    this.readyCalls++;
  }

  /** The path the core last asked to watch. */
  watched: string | null = null;
  private readonly fileChanged = new Set<(file: ArticleFile) => void>();

  watchArticleFile(path: string | null): void {
    this.watched = path;
  }

  deskPassword(url: string, userName: string): Promise<string | null> {
    return Promise.resolve(this.deskPasswords.get(`${userName} ${url}`) ?? null);
  }

  saveDeskPassword(url: string, userName: string, password: string): Promise<Result<null>> {
    this.deskPasswords.set(`${userName} ${url}`, password);
    return Promise.resolve(ok(null));
  }

  /** The languages the core told the host it speaks, in order. */
  readonly languages: InterfaceLanguage[] = [];

  setInterfaceLanguage(language: InterfaceLanguage): void {
    this.languages.push(language);
  }

  onArticleFileChanged(listener: (file: ArticleFile) => void): () => void {
    this.fileChanged.add(listener);
    return () => this.fileChanged.delete(listener);
  }

  /** The watched file changed on disk, as main reports it. */
  changeFile(file: ArticleFile): void {
    for (const listener of this.fileChanged) listener(file);
  }

  /** Files arriving from outside, as from the command line or a second launch. */
  sendFiles(opened: OpenedFiles): void {
    for (const listener of this.opened) listener(opened);
  }

  sendMenuCommand(command: MenuCommand): void {
    for (const listener of this.menu) listener(command);
  }
}

/** Dialogs that answer as scripted, and remember what they were asked. */
export class ScriptedDialogs implements AppDialogs {
  encoding: string | null = null;
  exportChoice: ExportDetail | null = null;
  confirmed = false;
  importConfirmed = false;
  savedTags: ((tags: readonly StoredTag[]) => SaveTagsDetail) | null = null;
  /** The answer to "open as a new version?"; null cancels. */
  versionAnswer: VersionAnswer | null = { asVersion: true, always: false };
  readonly asked: string[] = [];
  lastImportPreview: ImportPreview | null = null;
  lastExportChoices: readonly LibraryEntry[] = [];

  chooseEncoding(): Promise<string | null> {
    this.asked.push('encoding');
    return Promise.resolve(this.encoding);
  }

  chooseExport(library: readonly LibraryEntry[]): Promise<ExportDetail | null> {
    this.asked.push('export');
    this.lastExportChoices = library;
    return Promise.resolve(this.exportChoice);
  }

  confirm(heading: string): Promise<boolean> {
    this.asked.push(heading);
    return Promise.resolve(this.confirmed);
  }

  confirmImport(_fileName: string, preview: ImportPreview): Promise<boolean> {
    this.asked.push('import');
    this.lastImportPreview = preview;
    return Promise.resolve(this.importConfirmed);
  }

  chooseVersion(question: VersionQuestion): Promise<VersionAnswer | null> {
    this.asked.push(`version of ${question.previous.title}`);
    return Promise.resolve(this.versionAnswer);
  }

  /** The desk's settings answers, in the order the dialog is shown; when none is left it is cancelled. */
  readonly deskAnswers: DeskAnswer[] = [];
  /** What the desk's settings were shown with, each time. */
  readonly deskQuestions: DeskQuestion[] = [];

  deskSettings(question: DeskQuestion): Promise<DeskAnswer | null> {
    this.asked.push('desk');
    this.deskQuestions.push(question);
    return Promise.resolve(this.deskAnswers.shift() ?? null);
  }

  editTags(tags: readonly StoredTag[]): Promise<SaveTagsDetail | null> {
    this.asked.push('tags');
    return Promise.resolve(this.savedTags ? this.savedTags(tags) : null);
  }
}

export interface Harness {
  core: AppCore;
  host: FakeHost;
  dialogs: ScriptedDialogs;
  announcements: string[];
  /** Resolves once `done` holds after a change of the core (or at once); fails after two seconds. */
  until(done: () => boolean, what: string): Promise<void>;
  /** The open article's annotations once the database has given them back: no pending copy left. */
  stored(): Promise<Annotation[]>;
}

/** Settings kept for one test only, where the window keeps them in localStorage. */
class MemoryPreferences implements Preferences {
  private readonly values = new Map<string, string>();

  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
}

/** Starts a core on `db`, showing `articleId` first; `parts` replace the jobs or the scheduling a test watches. */
export function startCore(
  db: NewsroomDB,
  articleId: string | null = null,
  parts: Partial<Pick<AppCoreOptions, 'jobs' | 'whenEditorPauses'>> = {},
): Harness {
  const host = new FakeHost();
  const dialogs = new ScriptedDialogs();
  const core = new AppCore({
    db,
    host,
    jobs: inThreadJobs(),
    dialogs,
    articleId,
    preferences: new MemoryPreferences(),
    systemLanguages: ['en-US'],
    whenIdle: (run) => setTimeout(run, 0),
    whenEditorPauses: (run) => setTimeout(run, 0),
    ...parts,
  });
  const announcements: string[] = [];
  core.notices.onAnnouncement((message) => announcements.push(message));
  core.start();
  const until = (done: () => boolean, what: string): Promise<void> =>
    new Promise((resolve, reject) => {
      if (done()) {
        resolve();
        return;
      }
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`Still waiting for ${what}`));
      }, 2000);
      const stop = core.subscribe(() => {
        if (!done()) return;
        clearTimeout(timer);
        stop();
        resolve();
      });
    });
  return {
    core,
    host,
    dialogs,
    announcements,
    until,
    stored: async () => {
      const { articleId: id } = core.session;
      return id ? db.annotations.where('articleId').equals(id).toArray() : [];
    },
  };
}

/** Before each test of the file, a core started on a fresh library, handed to `use`; stopped after the test. */
export function withCoreOnFreshLibrary(use: (app: Harness, db: NewsroomDB) => void): void {
  let db: NewsroomDB | undefined;
  let app: Harness | undefined;
  withFreshDatabase((fresh) => {
    db = fresh;
  });
  beforeEach(() => {
    if (!db) throw new Error('No fresh library');
    app = startCore(db);
    use(app, db);
  });
  afterEach(() => {
    app?.core.stop();
  });
}

/** Opens `files` as the editor would, and waits until the last one is shown and the library is listed. */
export async function openAndShow(app: Harness, ...files: ArticleFile[]): Promise<void> {
  await app.core.workflows.openFiles({ files, problems: [] });
  await app.until(() => app.core.article !== undefined && app.core.library.entries !== undefined, 'the article to show');
}

/** Tags the first `fragment` of the open article with `tagId`. */
export async function tagFirst(app: Harness, fragment: string, tagId: string): Promise<void> {
  const start = app.core.article?.text.indexOf(fragment) ?? -1;
  if (start < 0) throw new Error(`"${fragment}" is not in the article`);
  await app.core.commands.applyTag(tagId, () => ({ start, end: start + fragment.length }));
}
