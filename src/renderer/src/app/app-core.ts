// The application without its window: wires the session, the library's live state, the annotation store, the
// commands and the workflows, and tells its listeners of every change in one event. The window (nr-app) renders
// what it exposes and calls one method per thing the editor does.
import { msg, str } from '@lit/localize';
import type { Annotation, Entity } from '../../../shared/annotation';
import type { NewsroomDB, StoredArticle } from '../db/database';
import type { AnnotationHistory } from '../editing/annotation-history';
import type { Host } from '../host/host';
import type { LibraryEntry } from '../db/library';
import { firstAppearance } from '../db/library';
import { rememberLast } from '../remember-last';
import { describeOpenError } from '../storage-errors';
import { AnnotationCommands } from './annotation-commands';
import { AnnotationStore } from './annotation-store';
import { ArticleInsights } from './article-insights';
import { ArticleSuggestions } from './article-suggestions';
import { DeskSyncState } from './desk-sync-state';
import type { BackgroundJobs } from './background-jobs';
import { LibraryState } from './library-state';
import type { AppDialogs } from './library-workflows';
import { LibraryWorkflows } from './library-workflows';
import { VersionCommands } from './version-commands';
import { InterfaceLanguageChoice } from './interface-language';
import { Notices } from './notices';
import type { Preferences } from './preferences';
import { Session } from './session';
import { TextSearch } from './text-search';

export interface AppCoreOptions {
  db: NewsroomDB;
  host: Host;
  jobs: BackgroundJobs;
  dialogs: AppDialogs;
  /** The article to show first: the one shown last time, or none. */
  articleId: string | null;
  /** The editor's settings, kept between starts. */
  preferences: Preferences;
  /** The languages the system prefers, most preferred first (`navigator.languages`). */
  systemLanguages: readonly string[];
  /** Runs work that can wait until the window has drawn what it was drawing (requestIdleCallback in the window). */
  whenIdle: (run: () => void) => void;
  /** Runs heavy work nobody is waiting for once the editor has paused (editor-pauses.ts in the window). */
  whenEditorPauses: (run: () => void) => void;
}

export class AppCore {
  readonly db: NewsroomDB;
  readonly host: Host;
  /** The interface's language; set first, as everything after it may have something to say. */
  readonly language: InterfaceLanguageChoice;
  readonly notices: Notices;
  readonly session: Session;
  readonly library: LibraryState;
  readonly store: AnnotationStore;
  readonly insights = new ArticleInsights();
  readonly commands: AnnotationCommands;
  readonly workflows: LibraryWorkflows;
  /** Orphans placed or dropped, changed annotations confirmed: what a new version leaves the editor. */
  readonly versionCommands: VersionCommands;
  readonly textSearch: TextSearch;
  readonly suggestions: ArticleSuggestions;
  /** The library's sync with the desk's server: its link, its settings and how it is going. */
  readonly deskSync: DeskSyncState;
  private readonly jobs: BackgroundJobs;
  private readonly whenIdle: (run: () => void) => void;
  /** Settles once the start's warm-up has ended, however it ended. */
  private readonly warmedUp: Promise<void>;
  private warmUpEnded: () => void = () => undefined;
  private readonly listeners = new Set<() => void>();
  private readonly stopping: (() => void)[] = [];
  /** The file on disk watched for the shown article; null when none is. */
  private watchedPath: string | null = null;

  constructor({ db, host, jobs, dialogs, articleId, preferences, systemLanguages, whenIdle, whenEditorPauses }: AppCoreOptions) {
    this.db = db;
    this.host = host;
    this.whenIdle = whenIdle;
    this.warmedUp = new Promise((resolve) => {
      this.warmUpEnded = resolve;
    });
    this.jobs = jobs;
    const changed = (): void => {
      this.changed();
    };
    this.language = new InterfaceLanguageChoice({ preferences, host, systemLanguages }, changed);
    this.notices = new Notices(changed);
    this.session = new Session(articleId, changed, () => {
      this.followArticle();
    });
    this.library = new LibraryState(db, changed);
    this.store = new AnnotationStore(db, this.notices, changed);
    const parts = { db, session: this.session, store: this.store, library: this.library, insights: this.insights };
    this.commands = new AnnotationCommands({
      ...parts,
      notices: this.notices,
      nominativeAt: (articleId, span) => this.suggestions.nominativeAt(articleId, span),
    });
    this.versionCommands = new VersionCommands({ ...parts, notices: this.notices });
    this.textSearch = new TextSearch(db, jobs, changed);
    this.workflows = new LibraryWorkflows({
      ...parts,
      host,
      jobs,
      dialogs,
      commands: this.commands,
      notices: this.notices,
      preferences,
    });
    this.deskSync = new DeskSyncState(
      {
        db,
        host,
        jobs,
        askSettings: (question) => dialogs.deskSettings(question),
        announce: (message) => this.notices.announce(message),
      },
      changed,
    );
    this.suggestions = new ArticleSuggestions(
      {
        db,
        jobs,
        library: this.library,
        notices: this.notices,
        shownAnnotations: () => this.store.shown,
        annotationsRead: () => this.store.settled,
        accept: (suggestions, asTag) => this.commands.acceptSuggestions(suggestions, asTag),
        preferences,
        whenIdle,
        // One heavy worker at a time, so that the window keeps a core: the dictionary after the library's warm-up.
        whenDictionaryDue: (run) => void this.warmedUp.then(() => whenEditorPauses(run)),
      },
      changed,
    );
  }

  /** Tells `listener` of every change of anything the core exposes; returns how to stop. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Opens the library and starts following it, and takes what the host sends: opened files, menu commands. */
  start(): void {
    this.db.on('blocked', this.onOpenBlocked);
    this.db.on('versionchange', this.onVersionChange);
    this.stopping.push(
      () => {
        this.db.on('blocked').unsubscribe(this.onOpenBlocked);
        this.db.on('versionchange').unsubscribe(this.onVersionChange);
      },
      this.host.onArticleFilesOpened((opened) => void this.workflows.openFiles(opened)),
      this.host.onArticleFileChanged((file) => {
        this.notices.offerChangedFile(file);
        this.notices.announce(msg(str`${file.fileName} changed on disk`));
      }),
      this.host.onMenuCommand((command) => {
        if (command === 'open') void this.workflows.pickAndOpen();
        else if (command === 'import') void this.workflows.pickAndImport();
        else if (command === 'export') void this.workflows.export();
        else void this.commands.step(command);
      }),
    );
    // The desk's sync once the library is open and the start shown: its first reads would otherwise queue before theirs.
    void this.openLibrary().then(async () => {
      if (!this.db.isOpen()) return;
      await this.startShown();
      await this.deskSync.start();
    });
    // The last article's reads are a few records: asked first, they are not queued behind the library's thousands.
    this.followArticle();
    this.library.start();
    this.whenIdle(() => void this.warmUp().finally(this.warmUpEnded));
    this.host.ready();
  }

  stop(): void {
    for (const stop of this.stopping.splice(0)) stop();
    this.library.stop();
    this.store.stop();
    this.deskSync.stop();
  }

  /**
   * Gets the background jobs ready (the worker, the full-text index) and the entity index's counts read, once the
   * window is idle after a start. It waits for what a start shows first, the library list and the open article: these
   * reads would otherwise be queued in IndexedDB between theirs.
   */
  private async warmUp(): Promise<void> {
    await this.startShown();
    this.library.followEntityCounts();
    await this.jobs.warmUp(this.db);
  }

  /** Resolves once the library list and the open article (if any) have been read. */
  private startShown(): Promise<void> {
    return new Promise((resolve) => {
      const check = (): boolean => this.library.entries !== undefined && !this.opening;
      if (check()) {
        resolve();
        return;
      }
      const stop = this.subscribe(() => {
        if (!check()) return;
        stop();
        resolve();
      });
    });
  }

  /** Whether an article is being opened: it appears once its text, annotations and source are all read. */
  get opening(): boolean {
    const { article, hasSourceFile } = this.library;
    return this.session.articleId !== null && !(article.settled && this.store.settled && hasSourceFile.settled);
  }

  /** The open article, once everything shown with it has been read. */
  get article(): StoredArticle | undefined {
    return this.opening ? undefined : this.library.article.value;
  }

  /**
   * The library list, the open article counted as the window shows it: the annotation an editor just tagged counts
   * in the same frame as its highlight, before the library's kept counts are read again.
   */
  get libraryEntries(): LibraryEntry[] | undefined {
    const { articleId } = this.session;
    const shownCount = articleId && this.store.settled ? this.store.shown.length : null;
    return this.entriesCounting(this.library.entries, articleId, shownCount);
  }

  private readonly entriesCounting = rememberLast(
    (entries: LibraryEntry[] | undefined, articleId: string | null, count: number | null): LibraryEntry[] | undefined => {
      const position = entries && articleId !== null ? entries.findIndex((entry) => entry.id === articleId) : -1;
      const entry = entries?.[position];
      if (!entries || !entry || count === null || entry.annotationCount === count) return entries;
      const counted = [...entries];
      counted[position] = { ...entry, annotationCount: count };
      return counted;
    },
  );

  /** The entities the open article's mentions are linked to. */
  get articleEntities(): readonly Entity[] {
    return this.insights.linkedEntities(this.store.shown, this.library.entities);
  }

  /** The annotation the inspector shows. */
  get inspected(): Annotation | undefined {
    return this.store.get(this.session.inspectedId);
  }

  /** The annotations the list's filters let through. */
  get visibleAnnotations(): readonly Annotation[] {
    return this.insights.filtered(this.store.shown, this.session.filters);
  }

  /**
   * Opens `articleId` at the first place it mentions or quotes `entityId`: "where does this person appear", from
   * the entity index or the inspector.
   */
  async showAppearance(entityId: string, articleId: string): Promise<void> {
    const annotationId = await firstAppearance(this.db, entityId, articleId);
    this.session.showArticle(articleId, annotationId ? { annotationId } : undefined);
  }

  /** The history Undo and Redo act on now, if there is one. */
  get history(): AnnotationHistory | null {
    const key = this.session.historyKey;
    return key ? this.store.history(key) : null;
  }

  private followArticle(): void {
    const { articleId } = this.session;
    this.library.followArticle(articleId);
    this.store.follow(articleId);
    this.deskSync.followArticle(articleId);
  }

  /** Opens the library, upgrading it if it was saved by an older version; what stops that is shown until it opens. */
  private async openLibrary(): Promise<void> {
    this.db.onUpgradeProgress = (progress) => {
      this.notices.setLibraryNotice({
        heading: msg('Upgrading the library'),
        messages: [msg(str`${progress}. This happens once, after the app is updated; everything in the library is kept.`)],
      });
    };
    try {
      await this.db.open();
      this.notices.setLibraryNotice(null);
    } catch (error) {
      this.notices.setLibraryNotice({
        heading: msg('The library could not be opened'),
        messages: [msg(str`${describeOpenError(error)}. Nothing in it was changed.`)],
      });
    } finally {
      this.db.onUpgradeProgress = null;
    }
  }

  /** Another window holds the library open in an older version, which keeps it from being upgraded until it closes. */
  private readonly onOpenBlocked = (): void => {
    this.notices.setLibraryNotice({
      heading: msg('The library is waiting for another window'),
      messages: [
        msg(
          'Another window has the library open in an older version of Newsroom Annotator. Close or reload that window: this one opens the library as soon as it does, and nothing is lost.',
        ),
      ],
    });
  };

  /** A newer version of the app in another window is upgrading the library; this window's copy of it is closed. */
  private readonly onVersionChange = (event: IDBVersionChangeEvent): void => {
    if (event.newVersion === null) return;
    this.notices.setLibraryNotice({
      heading: msg('The library was upgraded in another window'),
      messages: [
        msg('A newer version of Newsroom Annotator opened the library. Reload this window to go on; everything saved is kept.'),
      ],
    });
  };

  private changed(): void {
    // The file the shown article came from is watched while it is shown (where the host can watch files).
    if (!this.opening) {
      const path = this.library.article.value?.source.path || null;
      if (path !== this.watchedPath) {
        this.watchedPath = path;
        this.host.watchArticleFile(path);
      }
    }
    if (this.session.view === 'entities') this.library.followEntityCounts();
    // (A change told while the core is still being made comes before the suggestions exist.)
    if (this.suggestions as ArticleSuggestions | undefined) this.suggestions.show(this.article);
    for (const listener of this.listeners) listener();
  }
}
