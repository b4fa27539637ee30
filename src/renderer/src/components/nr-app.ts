// The application shell: toolbar, library, reader and annotation panel; carries out what the editor asks for.
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';
import { provide } from '@lit/context';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { styleProperties } from '../directives/style-properties';
import type { Annotation, ClaimReview, ClaimStatus, Entity, Tag } from '../../../shared/annotation';
import { CLAIM_STATUSES, describeTextRange } from '../../../shared/annotation';
import type { ArticleFile, MenuCommand, OpenedFiles } from '../../../shared/ipc';
import type { TextSpan } from '../../../shared/text/text-span';
import {
  findNameOccurrences,
  latinAliasAfter,
  namesMatch,
  prepareNameSearch,
  untaggedMentions,
} from '../../../shared/entities/name-matching';
import { sameRecord } from '../../../shared/same-record';
import { IMPORT_EXTENSIONS } from '../../../shared/article/article-file-rules';
import { proposeSpeaker } from '../../../shared/entities/speaker-proposal';
import { textMatcher } from '../../../shared/text/text-search';
import { compareInstants } from '../../../shared/timestamps';
import { dbContext } from '../contexts';
import type { NewsroomDB, StoredArticle, StoredTag } from '../db/database';
import type { LibraryArticle, LibraryEntry } from '../db/library';
import { entityNameFromQuote, linkEntity } from '../db/entity-linking';
import {
  addOrReopenArticle,
  countAnnotations,
  libraryEntries,
  listLibraryArticles,
  listTags,
  planEntityMerge,
} from '../db/library';
import type { AnnotationChange } from '../editing/annotation-history';
import { AnnotationHistory, ChangedSinceError } from '../editing/annotation-history';
import type { Host } from '../host/host';
import { LiveQueryController } from '../live-query-controller';
import { ArticleAnnotationsController } from '../article-annotations-controller';
import { insertionIndex } from '../db/article-annotations';
import { rememberLast } from '../remember-last';
import { articleFromFile } from '../opening/article-from-file';
import { backUpLibrary, restoreLibrary } from '../db/backup';
import {
  applyPreparedImport,
  discardPreparedImport,
  exportInWorker,
  prepareImport,
  startLibraryWorker,
} from '../db/library-worker-client';
import { readImportFileObject } from '../host/read-file-objects';
import { dialogOpen } from '../dialogs/dialog-answer';
import { describeOpenError, describeStorageError } from '../storage-errors';
import './nr-annotation-list';
import type { FocusAnnotationDetail, NrAnnotationList } from './nr-annotation-list';
import './nr-article-view';
import type { NrArticleView } from './nr-article-view';
import './nr-encoding-dialog';
import './nr-entity-index';
import type { MergeEntityDetail, RenameEntityDetail } from './nr-entity-index';
import './nr-entity-list';
import './nr-inspector';
import type { AnnotationEdit, NrInspector } from './nr-inspector';
import { CLAIM_STATUS_LABELS } from '../claim-status-labels';
import type { NrEncodingDialog } from './nr-encoding-dialog';
import './nr-export-dialog';
import type { NrExportDialog } from './nr-export-dialog';
import type { ExportDetail } from '../exporting/export-file';
import './nr-confirm-dialog';
import type { NrConfirmDialog } from './nr-confirm-dialog';
import './nr-import-dialog';
import type { NrImportDialog } from './nr-import-dialog';
import './nr-library';
import './nr-live-region';
import type { NrLiveRegion } from './nr-live-region';
import './nr-tag-editor';
import type { NrTagEditor, SaveTagsDetail } from './nr-tag-editor';
import { annotationCountLabel } from './nr-library';
import { visuallyHidden } from '../styles/shared-styles';

const LAST_ARTICLE_KEY = 'newsroom-annotator:last-article';
/** Key of the history of edits made in the entity index, which belong to no article. */
const LIBRARY_HISTORY = 'library';

interface Problems {
  heading: string;
  messages: string[];
}

function isTextEntry(target: EventTarget | undefined): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** `Claims: 2 unverified, 1 verified`, or empty when the article has no claims. */
function claimSummary(annotations: readonly Annotation[]): string {
  const counts = new Map<ClaimStatus, number>();
  for (const annotation of annotations) {
    if (annotation.tag !== 'claim') continue;
    const status = annotation.claim?.status ?? 'unverified';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  if (counts.size === 0) return '';
  const parts = CLAIM_STATUSES.filter((status) => counts.has(status)).map(
    (status) => `${counts.get(status) ?? 0} ${CLAIM_STATUS_LABELS[status].toLowerCase()}`,
  );
  return `Claims: ${parts.join(', ')}`;
}

/**
 * The names an entity goes by in running text: its name, and for a person also the surname alone when no other
 * person in the library shares it (`Творек` for Джерри Творек), as tagging links a lone surname.
 */
function searchNames(entity: Entity, library: readonly Entity[]): string[] {
  const words = entity.name.split(/\s+/);
  const surname = words.at(-1);
  if (entity.tag !== 'person' || words.length < 2 || !surname) return [entity.name];
  const shared = library.some(
    (other) => other.id !== entity.id && other.tag === 'person' && namesMatch(other.name.split(/\s+/).at(-1) ?? '', surname),
  );
  return shared ? [entity.name] : [entity.name, surname];
}

/** Stable empty values, so that remembered answers are reused while a query has not answered yet. */
const NO_ANNOTATIONS: readonly Annotation[] = [];
const UNVERIFIED_CLAIM: ClaimReview = { status: 'unverified', note: '', sources: [] };

/** Now, or just after the annotation's last change if the clock has not moved on: each edit must be the newer. */
function nextUpdatedAt(annotation: Annotation): string {
  return new Date(Math.max(Date.now(), Date.parse(annotation.updatedAt) + 1)).toISOString();
}

function newerOf(stored: Annotation, pending: Annotation | undefined): Annotation {
  return pending && compareInstants(pending.updatedAt, stored.updatedAt) > 0 ? pending : stored;
}
const NO_ENTITIES: readonly Entity[] = [];

/** Mentions of `entity` in `text`: its names and aliases, any inflection. */
function mentionsOf(text: string, entity: Entity, library: readonly Entity[]): TextSpan[] {
  return findNameOccurrences(text, [...entity.aliases, ...searchNames(entity, library)]);
}

/**
 * Whether `next` shows what `previous` does: the same annotations in the same order, each the same object or an equal
 * one (a write read back from the database).
 */
function showsTheSame(previous: readonly Annotation[], next: readonly Annotation[]): boolean {
  return previous.length === next.length && previous.every((shown, index) => sameRecord(shown, next[index]));
}

/**
 * The entities the article's mentions are linked to, worked out from what is already in memory: a query of its
 * own would read every annotation of a long article again after each change.
 */
function linkedEntities(annotations: readonly Annotation[], library: readonly Entity[]): readonly Entity[] {
  // A loop rather than flatMap: this runs on every key that tags, and a small array per annotation made it twice as slow.
  const linked = new Set<string>();
  for (const annotation of annotations) if (annotation.entityId) linked.add(annotation.entityId);
  return library.filter((entity) => linked.has(entity.id));
}

/**
 * The article's stored annotations, in text order, with the ones written or being written that the database has not
 * given back yet: edited ones in place of their older stored versions, new ones added.
 */
function withPending(
  stored: readonly Annotation[],
  pending: ReadonlyMap<string, Annotation>,
  articleId: string | null,
): readonly Annotation[] {
  if (pending.size === 0) return stored;
  // There are a few pending at most: each is looked for and put in place on its own, rather than building a set of
  // ten thousand ids or sorting ten thousand annotations again, which took milliseconds a key press.
  const shown = [...stored];
  for (const annotation of pending.values()) {
    const at = shown.findIndex((candidate) => candidate.id === annotation.id);
    const current = shown[at];
    if (current) shown[at] = newerOf(current, annotation);
    else if (annotation.articleId === articleId) shown.splice(insertionIndex(shown, annotation), 0, annotation);
  }
  return shown;
}

function describeAnnotation(annotation: Annotation, tags: readonly Tag[]): string {
  const label = tags.find((tag) => tag.id === annotation.tag)?.label ?? annotation.tag;
  const quote = annotation.quote.length > 60 ? `${annotation.quote.slice(0, 60)}…` : annotation.quote;
  return `${label}: ${quote}`;
}

@customElement('nr-app')
export class NrApp extends LitElement {
  static override styles = [
    visuallyHidden,
    css`
      :host {
        display: grid;
        grid-template-rows: auto auto 1fr auto;
        height: 100vh;
        font:
          15px/1.4 'PT Sans',
          system-ui,
          sans-serif;
        color: #1d1b17;
        background: #fbfaf7;
      }
      header {
        display: flex;
        align-items: center;
        gap: 16px;
        padding: 8px 16px;
        border-bottom: 1px solid #e2ddd2;
        background: #f4f1ea;
      }
      .brand {
        font-weight: 700;
        letter-spacing: 0.01em;
      }
      [role='toolbar'] {
        display: flex;
        gap: 6px;
      }
      header button,
      .notices button {
        font: inherit;
        padding: 5px 12px;
        border-radius: 6px;
        border: 1px solid #b9b2a3;
        background: #fff;
        color: inherit;
        cursor: pointer;
      }
      header button[aria-pressed='true'] {
        background: #e9e4d8;
        border-color: #8f8775;
      }
      header button:disabled {
        color: #9a958b;
        border-color: #ddd8cd;
        cursor: default;
      }
      header button:focus-visible,
      .notices button:focus-visible {
        outline: 2px solid #1d4ed8;
        outline-offset: 1px;
      }
      .keys {
        margin-left: auto;
        font-size: 12px;
        color: #5f5a50;
        display: flex;
        gap: 10px;
      }
      .keys span::before {
        content: '';
        display: inline-block;
        width: 9px;
        height: 9px;
        border-radius: 2px;
        margin-right: 4px;
        background: var(--swatch);
      }
      .notices {
        margin: 8px 16px 0;
        padding: 10px 14px;
        border: 1px solid #e0a39d;
        background: #fdf0ee;
        border-radius: 8px;
      }
      .notices h2 {
        font-size: 15px;
        margin: 0 0 4px;
      }
      .notices ul {
        margin: 0 0 8px;
        padding-left: 20px;
      }
      main {
        display: grid;
        grid-template-columns: 250px minmax(0, 1fr) 330px;
        min-height: 0;
      }
      main > * {
        min-height: 0;
        overflow: auto;
      }
      nav,
      aside {
        padding: 12px 8px;
        background: #f7f5f0;
      }
      nav {
        border-right: 1px solid #e2ddd2;
      }
      aside {
        border-left: 1px solid #e2ddd2;
        /* The details of the focused annotation stay in view while the lists below scroll. */
        display: flex;
        flex-direction: column;
        overflow: hidden;
        padding-bottom: 0;
      }
      aside .inspector {
        flex: none;
        max-height: 62%;
        overflow: auto;
        padding-bottom: 8px;
        border-bottom: 1px solid #e2ddd2;
      }
      .filters {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 4px;
        margin: 0 4px 8px;
      }
      .filters input {
        grid-column: span 2;
      }
      .filters select,
      .filters input {
        font:
          13px/1.3 'PT Sans',
          system-ui,
          sans-serif;
        padding: 3px 5px;
        border: 1px solid #cfc7b4;
        border-radius: 5px;
        background: #fff;
        min-width: 0;
      }
      aside .lists {
        flex: 1;
        min-height: 0;
        overflow: auto;
        padding-bottom: 12px;
      }
      nav h2,
      aside h2 {
        font-size: 12px;
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: #5f5a50;
        margin: 4px 10px 8px;
      }
      aside h2:not(:first-child) {
        margin-top: 22px;
      }
      .reader {
        padding: 28px 32px;
      }
      .reader:has(> nr-article-view:not([hidden])) {
        /* The article scrolls in its own frame, which fills the reader. */
        padding: 0;
        overflow: hidden;
      }
      .empty-state {
        max-width: 52ch;
        margin: 12vh auto 0;
        color: #3d3a33;
      }
      .empty-state h1 {
        font:
          700 26px/1.2 'PT Serif',
          Georgia,
          serif;
      }
      kbd {
        font:
          12px/1 ui-monospace,
          monospace;
        border: 1px solid #c9c2b2;
        border-radius: 4px;
        padding: 2px 5px;
        background: #fff;
      }
      .library-actions {
        display: grid;
        gap: 4px;
        margin: 16px 4px 0;
      }
      .library-actions button {
        font:
          13px/1.3 'PT Sans',
          system-ui,
          sans-serif;
        padding: 4px 8px;
        border-radius: 6px;
        border: 1px solid #cfc7b4;
        background: #fff;
        color: inherit;
        cursor: pointer;
        text-align: left;
      }
      footer progress {
        width: 160px;
        margin-right: 8px;
        vertical-align: middle;
      }
      footer {
        padding: 4px 16px;
        font-size: 12px;
        color: #5f5a50;
        border-top: 1px solid #e2ddd2;
        min-height: 18px;
      }
      .drop-overlay {
        position: fixed;
        inset: 12px;
        border: 3px dashed #1d4ed8;
        border-radius: 14px;
        background: rgb(29 78 216 / 0.08);
        display: grid;
        place-items: center;
        font-size: 22px;
        color: #1d4ed8;
        pointer-events: none;
      }
    `,
  ];

  @provide({ context: dbContext }) @property({ attribute: false }) db!: NewsroomDB;
  @property({ attribute: false }) host!: Host;

  @state() private _articleId: string | null = localStorage.getItem(LAST_ARTICLE_KEY);
  @state() private _focusedId: string | null = null;
  /**
   * The annotation the inspector shows: the focused one, caught up after the next frame. A tag's stored annotation
   * then reaches the article and the lists in one frame and the inspector in the next; in one task, the first tag
   * after opening (V8 still compiling the inspector's code) overran its frame. What the editor does in the inspector
   * acts on the annotation it shows.
   */
  @state() private _inspectedId: string | null = null;
  private _inspectorCatchingUp = false;
  /** True when the editor chose the focused annotation (clicked it), so its palette is offered. */
  @state() private _focusChosen = false;
  @state() private _problems: Problems | null = null;
  /** Why the library is not open, while it is not: waiting for another window, or a failed upgrade. */
  @state() private _libraryNotice: Problems | null = null;
  @state() private _status = '';
  /** Share done of a long backup or restore, shown as a progress bar; null when none runs. */
  @state() private _progress: number | null = null;
  @state() private _dragging = false;
  /** The centre of the window: the open article, or the index of all entities. */
  @state() private _view: 'article' | 'entities' = 'article';
  /** Annotation list filters: a tag id, a claim status, and text; empty shows all. */
  @state() private _filterTag = '';
  @state() private _filterStatus: ClaimStatus | '' = '';
  @state() private _filterText = '';

  @query('nr-article-view') private _articleViewElement?: NrArticleView | null;

  /**
   * The article view while it shows the current article. Hidden, it still holds the text last shown (while another
   * article opens, or behind the entity index): a selection there must not be tagged onto another article.
   */
  private get _articleView(): NrArticleView | undefined {
    const view = this._articleViewElement;
    return view && !view.hidden ? view : undefined;
  }
  @query('nr-export-dialog') private _exportDialog!: NrExportDialog;
  @query('nr-encoding-dialog') private _encodingDialog!: NrEncodingDialog;
  @query('nr-tag-editor') private _tagEditor!: NrTagEditor;
  @query('nr-import-dialog') private _importDialog!: NrImportDialog;
  @query('nr-confirm-dialog') private _confirmDialog!: NrConfirmDialog;
  @query('nr-live-region') private _liveRegion!: NrLiveRegion;
  @query('nr-annotation-list') private _annotationList?: NrAnnotationList | null;
  @query('nr-inspector') private _inspector?: NrInspector | null;

  private readonly _article = new LiveQueryController<StoredArticle | undefined>(
    this,
    async () => (this._articleId ? this.db.articles.get(this._articleId) : undefined),
    () => [this._articleId],
  );
  private readonly _annotations = new ArticleAnnotationsController(
    this,
    () => this.db,
    () => this._articleId,
  );
  private readonly _tags = new LiveQueryController<Tag[]>(this, () => listTags(this.db));
  private readonly _libraryEntities = new LiveQueryController<Entity[]>(this, () => this.db.entities.toArray());
  /** The library list, read once here for the library panel and the export dialog alike, and its counts apart. */
  private readonly _libraryArticles = new LiveQueryController<LibraryArticle[]>(this, () => listLibraryArticles(this.db));
  private readonly _annotationCounts = new LiveQueryController<Map<string, number>>(this, () => countAnnotations(this.db));
  private readonly _libraryEntries = rememberLast(libraryEntries);
  private readonly _hasSourceFile = new LiveQueryController<boolean>(
    this,
    async () => (this._articleId ? (await this.db.sourceFiles.where('articleId').equals(this._articleId).count()) > 0 : false),
    () => [this._articleId],
  );
  private readonly _histories = new Map<string, AnnotationHistory>();
  /**
   * Scanning a long article for names is not free, so the answer is kept until the text or the names change; which
   * mentions are untagged is worked out again as annotations change.
   */
  private readonly _mentionsOf = rememberLast(mentionsOf);
  private readonly _untagged = rememberLast(untaggedMentions);
  /** Counted once per set of annotations: renders that change something else find it as it was. */
  private readonly _claimSummary = rememberLast(claimSummary);
  private _preparedArticleId: string | null = null;
  /** The article last remembered (or being remembered) as the one to reopen. */
  private _rememberedArticleId: string | null = localStorage.getItem(LAST_ARTICLE_KEY);
  /**
   * Annotations created or edited that the database has not given back yet, by id: shown meanwhile, and the next
   * edit builds on them, so that quick successive edits never undo each other. Not reactive: setting an entry
   * just before a write must not render ten thousand annotations ahead of the write; callers ask for the render.
   */
  private _pending: ReadonlyMap<string, Annotation> = new Map();
  /**
   * The annotation a tag key is creating, until it is stored. The article shows it focused from the key on, as it
   * will be once stored: changing the article's highlights costs a repaint of all its highlighted text, which the
   * key's frame pays anyway and the frame that shows the stored annotation in the side panel cannot afford.
   */
  private _creatingId: string | null = null;
  /**
   * The annotations last shown. Kept when a write comes back unchanged, so that the list, the highlights and the
   * inspector are not rendered again for the same content: on a long article a tag rendered them up to three times.
   */
  private _lastShown: readonly Annotation[] = NO_ANNOTATIONS;
  private readonly _linkedEntities = rememberLast(linkedEntities);
  private readonly _withPending = rememberLast(withPending);
  private readonly _unsubscribe: (() => void)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this._onKeyDown);
    window.addEventListener('dragover', this._onDragOver);
    window.addEventListener('dragleave', this._onDragLeave);
    window.addEventListener('drop', this._onDrop);
    this._unsubscribe.push(
      this.host.onArticleFilesOpened((opened) => void this.openFiles(opened)),
      this.host.onMenuCommand((command) => this._onMenuCommand(command)),
    );
    this.db.on('blocked', this._onOpenBlocked);
    this.db.on('versionchange', this._onVersionChange);
    this._unsubscribe.push(() => {
      this.db.on('blocked').unsubscribe(this._onOpenBlocked);
      this.db.on('versionchange').unsubscribe(this._onVersionChange);
    });
    void this._openLibrary();
    this.host.ready();
  }

  /** Opens the library, upgrading it if it was saved by an older version; what stops that is shown until it opens. */
  private async _openLibrary(): Promise<void> {
    try {
      await this.db.open();
      this._libraryNotice = null;
    } catch (error) {
      this._libraryNotice = {
        heading: 'The library could not be opened',
        messages: [`${describeOpenError(error)}. Nothing in it was changed.`],
      };
    }
  }

  /** Another window holds the library open in an older version, which keeps it from being upgraded until it closes. */
  private readonly _onOpenBlocked = (): void => {
    this._libraryNotice = {
      heading: 'The library is waiting for another window',
      messages: [
        'Another window has the library open in an older version of Newsroom Annotator. Close or reload that window: this one opens the library as soon as it does, and nothing is lost.',
      ],
    };
  };

  /** A newer version of the app in another window is upgrading the library; this window's copy of it is closed. */
  private readonly _onVersionChange = (event: IDBVersionChangeEvent): void => {
    if (event.newVersion === null) return;
    this._libraryNotice = {
      heading: 'The library was upgraded in another window',
      messages: [
        'A newer version of Newsroom Annotator opened the library. Reload this window to go on; everything saved is kept.',
      ],
    };
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this._onKeyDown);
    window.removeEventListener('dragover', this._onDragOver);
    window.removeEventListener('dragleave', this._onDragLeave);
    window.removeEventListener('drop', this._onDrop);
    for (const unsubscribe of this._unsubscribe.splice(0)) unsubscribe();
  }

  protected override firstUpdated(): void {
    // Its answer does not matter: a worker that cannot start is reported by the job that needs it.
    requestIdleCallback(() => void startLibraryWorker(this.db));
  }

  protected override updated(): void {
    this._forgetPendingReadBack();
    const shownId = this._articleView?.article?.id;
    if (shownId && shownId !== this._rememberedArticleId) void this._rememberShownArticle(shownId);
    if (this._inspectedId !== this._focusedId) this._catchUpInspector();
    const article = this._article.value;
    if (article && article.id !== this._preparedArticleId) {
      this._preparedArticleId = article.id;
      // Tagging a name counts its other mentions in the article; reading a long article's words once, while the
      // editor reads, keeps that from delaying the first tag.
      const step = prepareNameSearch(article.text);
      const prepare = (deadline: IdleDeadline): void => {
        if (this._article.value?.id !== article.id) return;
        while (deadline.timeRemaining() > 3) if (step()) return;
        requestIdleCallback(prepare);
      };
      requestIdleCallback(prepare);
    }
  }

  override render() {
    // An article appears once its text, annotations and source are all read, so that nothing on it moves afterwards.
    const opening =
      this._articleId !== null && !(this._article.settled && this._annotations.settled && this._hasSourceFile.settled);
    const article = opening ? undefined : this._article.value;
    const annotations = this._shownAnnotations();
    const tags = this._tags.value ?? [];
    const entities = this._articleEntities(annotations);
    const inspected = this._annotationById(this._inspectedId);
    const visible = this._filtered(annotations);
    const history = this._history();
    // The article view stays in the page when hidden: its frame's document, fonts loaded, serves the next article.
    const articleShown = article !== undefined && this._view !== 'entities' && this._annotations.error === undefined;
    return html`
      <header>
        <span class="brand">Newsroom Annotator</span>
        <div role="toolbar" aria-label="Main">
          <button type="button" aria-keyshortcuts="Control+O" title="Open articles (Ctrl+O)" @click=${this._onOpenClick}>
            Open…
          </button>
          <button
            type="button"
            title="Import annotations: a Newsroom Annotator export, W3C Web Annotations, or doccano/spaCy JSONL"
            @click=${this._onImportClick}
          >
            Import…
          </button>
          <button
            type="button"
            aria-keyshortcuts="Control+E"
            title="Export annotations (Ctrl+E)"
            ?disabled=${!this._library()?.length}
            @click=${this._showExport}
          >
            Export…
          </button>
          <button
            type="button"
            aria-keyshortcuts="Control+Z"
            title="Undo (Ctrl+Z)"
            ?disabled=${!history?.canUndo}
            @click=${this._undo}
          >
            Undo
          </button>
          <button
            type="button"
            aria-keyshortcuts="Control+Shift+Z"
            title="Redo (Ctrl+Shift+Z)"
            ?disabled=${!history?.canRedo}
            @click=${this._redo}
          >
            Redo
          </button>
          <button type="button" title="Add, rename, recolour and reorder tags" @click=${this._showTagEditor}>Tags…</button>
          <button
            type="button"
            aria-pressed=${String(this._view === 'entities')}
            title="All entities of the library"
            @click=${() => (this._view = this._view === 'entities' ? 'article' : 'entities')}
          >
            Entities
          </button>
        </div>
        <div class="keys" aria-hidden="true">
          ${tags.map((tag) => html`<span style=${styleProperties({ '--swatch': tag.color })}>${tag.shortcut} ${tag.label}</span>`)}
        </div>
      </header>
      <div>
        ${this._renderNotice('library-notice-heading', this._libraryNotice, false)}
        ${this._renderNotice('problems-heading', this._problems, true)}
      </div>
      <main>
        <nav aria-label="Library">
          <h2>Library</h2>
          <nr-library
            .entries=${this._library()}
            .currentId=${this._articleId}
            @nr-open-article=${(event: CustomEvent<{ articleId: string }>) => this._showArticle(event.detail.articleId)}
          ></nr-library>
          <div class="library-actions">
            <button type="button" @click=${this._backUp}>Back up library…</button>
            <button type="button" @click=${this._restore}>Restore library…</button>
          </div>
        </nav>
        <section class="reader" aria-label="Reader">
          ${
            this._view === 'entities'
              ? html`<nr-entity-index
                  .tags=${tags}
                  @nr-open-article=${(event: CustomEvent<{ articleId: string }>) => this._showArticle(event.detail.articleId)}
                  @nr-rename-entity=${(event: CustomEvent<RenameEntityDetail>) => void this._renameEntity(event.detail)}
                  @nr-merge-entity=${(event: CustomEvent<MergeEntityDetail>) => void this._mergeEntity(event.detail)}
                ></nr-entity-index>`
              : this._annotations.error !== undefined
                ? html`<div class="empty-state" role="alert">
                    <h1>This article's annotations could not be read</h1>
                    <p>${describeStorageError(this._annotations.error)}. Nothing in the library was changed.</p>
                  </div>`
                : article || opening
                  ? nothing
                  : this._renderEmptyState()
          }
          <nr-article-view
            ?hidden=${!articleShown}
            .article=${article ?? null}
            .annotations=${annotations}
            .tags=${tags}
            .focusedId=${this._creatingId ?? this._focusedId}
            ?focusPalette=${this._focusChosen}
            .claimSummary=${this._claimSummary(annotations)}
            @nr-focus-annotation=${this._onFocusAnnotation}
            @nr-tag-chosen=${(event: CustomEvent<{ tagId: string }>) => void this._applyTag(event.detail.tagId)}
            @nr-delete-chosen=${() => void this._deleteFocused()}
            @nr-request-reopen=${() => void this._showEncodingDialog()}
            ?canReopenWithEncoding=${this._hasSourceFile.value === true}
          ></nr-article-view>
        </section>
        <aside aria-label="Annotation panel">
          ${inspected ? html`<div class="inspector">${this._renderInspector(inspected, article?.text ?? '', annotations, entities, tags)}</div>` : nothing}
          <div class="lists">
            ${
              article
                ? html`<h2>Entities · ${entities.length}</h2>
                    <nr-entity-list
                      .entities=${entities}
                      .annotations=${annotations}
                      .tags=${tags}
                      .focusedId=${this._focusedId}
                      @nr-focus-annotation=${this._onFocusAnnotation}
                    ></nr-entity-list>
                    <h2>
                      Annotations ·
                      ${visible.length === annotations.length ? annotations.length : `${visible.length} of ${annotations.length}`}
                    </h2>
                    ${this._renderFilters(tags)}
                    <nr-annotation-list
                      .annotations=${visible}
                      .entities=${entities}
                      .tags=${tags}
                      .focusedId=${this._focusedId}
                      @nr-focus-annotation=${this._onFocusAnnotation}
                    ></nr-annotation-list>`
                : html`<h2>Annotations</h2>`
            }
          </div>
        </aside>
      </main>
      <footer role="status">
        ${this._progress === null ? nothing : html`<progress aria-label="Progress" max="1" .value=${this._progress}></progress>`}
        ${this._status}
      </footer>
      <nr-live-region></nr-live-region>
      <nr-confirm-dialog></nr-confirm-dialog>
      <nr-import-dialog></nr-import-dialog>
      <nr-tag-editor></nr-tag-editor>
      <nr-encoding-dialog .currentEncoding=${article?.source.encoding ?? 'utf-8'}></nr-encoding-dialog>
      <nr-export-dialog .articleTitle=${article?.title ?? null} .articleCount=${this._library()?.length ?? 0}></nr-export-dialog>
      ${this._dragging ? html`<div class="drop-overlay" aria-hidden="true">Drop articles to open them</div>` : nothing}
    `;
  }

  /** A notice above the window's panes; a dismissable one is cleared by its button. */
  private _renderNotice(id: string, notice: Problems | null, dismissable: boolean) {
    if (!notice) return nothing;
    return html`<section class="notices" role="alert" aria-labelledby=${id}>
      <h2 id=${id}>${notice.heading}</h2>
      <ul>
        ${notice.messages.map((message) => html`<li>${message}</li>`)}
      </ul>
      ${dismissable ? html`<button type="button" @click=${() => (this._problems = null)}>Dismiss</button>` : nothing}
    </section>`;
  }

  private _renderInspector(
    inspected: Annotation,
    text: string,
    annotations: readonly Annotation[],
    entities: readonly Entity[],
    tags: readonly Tag[],
  ) {
    return html`<h2>Selected annotation</h2>
      <nr-inspector
        .annotation=${inspected}
        .tags=${tags}
        .libraryEntities=${this._libraryEntities.value ?? []}
        .speakers=${entities.filter((entity) => entity.tag === 'person')}
        .proposedSpeakerId=${inspected.tag === 'quote' ? this._proposedSpeaker(inspected, text, annotations) : null}
        .offeredAlias=${this._offeredAlias(inspected, text)}
        .untaggedMentions=${this._untaggedMentions(inspected, text, annotations).length}
        @nr-add-alias=${() => void this._addOfferedAlias(inspected.id)}
        @nr-tag-all-mentions=${() => void this._tagAllMentions(inspected.id)}
        @nr-tag-chosen=${(event: CustomEvent<{ tagId: string }>) => void this._retag(inspected.id, event.detail.tagId)}
        @nr-edit-annotation=${(event: CustomEvent<AnnotationEdit>) => void this._edit(inspected.id, event.detail)}
      ></nr-inspector>`;
  }

  /** The person a quote is most likely by, from the people mentioned around it. */
  private _proposedSpeaker(quote: Annotation, text: string, annotations: readonly Annotation[]): string | null {
    const people = annotations.flatMap((annotation) =>
      annotation.tag === 'person' && annotation.entityId
        ? [{ start: annotation.start, end: annotation.end, entityId: annotation.entityId }]
        : [],
    );
    return proposeSpeaker(text, quote.start, quote.end, people);
  }

  /** The Latin name after a mention, when its entity does not know it yet. */
  private _offeredAlias(mention: Annotation, text: string): string | null {
    const entity = this._libraryEntities.value?.find((candidate) => candidate.id === mention.entityId);
    const alias = entity ? latinAliasAfter(text, mention.end) : null;
    if (!entity || alias === null) return null;
    return [entity.name, ...entity.aliases].some((known) => namesMatch(alias, known)) ? null : alias;
  }

  private async _addOfferedAlias(mentionId: string): Promise<void> {
    const mention = this._annotationById(mentionId);
    const article = this._article.value;
    const entity = this._libraryEntities.value?.find((candidate) => candidate.id === mention?.entityId);
    const alias = mention && article ? this._offeredAlias(mention, article.text) : null;
    if (!entity || alias === null) return;
    const after = { ...entity, aliases: [...entity.aliases, alias] };
    if (await this._record({ kind: 'entity', before: entity, after }))
      this._announce(`${alias} added as an alias of ${entity.name}`);
  }

  /**
   * Mentions of a mention's entity (its name and aliases, any inflection) that no annotation of the
   * same tag covers yet. Scanning a long article is not free, so the answer is kept until something changes.
   */
  private _untaggedMentions(mention: Annotation, text: string, annotations: readonly Annotation[]): TextSpan[] {
    const library = this._libraryEntities.value ?? NO_ENTITIES;
    const entity = library.find((candidate) => candidate.id === mention.entityId);
    return entity ? this._untagged(this._mentionsOf(text, entity, library), annotations, mention.tag) : [];
  }

  /** Tags every untagged mention of the entity a mention is linked to, in one undoable step. */
  private async _tagAllMentions(mentionId: string): Promise<void> {
    const mention = this._annotationById(mentionId);
    const article = this._article.value;
    const entityId = mention?.entityId;
    if (!mention || !entityId || !article) return;
    const now = new Date().toISOString();
    const created = this._untaggedMentions(mention, article.text, this._shownAnnotations()).map((span): Annotation => ({
      id: crypto.randomUUID(),
      articleId: article.id,
      tag: mention.tag,
      start: span.start,
      end: span.end,
      ...describeTextRange(article.text, span.start, span.end),
      entityId,
      createdAt: now,
      updatedAt: now,
    }));
    if (created.length === 0) return;
    if (await this._record({ kind: 'createMany', annotations: created })) {
      this._announce(`Tagged ${created.length} more ${created.length === 1 ? 'mention' : 'mentions'}`);
    }
  }

  /** Applies an edit from the inspector to an annotation as it is now, as one undoable change. */
  private async _edit(annotationId: string, edit: AnnotationEdit): Promise<void> {
    const annotation = this._annotationById(annotationId);
    if (!annotation) return;
    const { entityId: _entityId, speakerId: _speakerId, note: _note, ...base } = annotation;
    const kept = {
      ...base,
      ...(annotation.entityId !== undefined ? { entityId: annotation.entityId } : {}),
      ...(annotation.speakerId !== undefined ? { speakerId: annotation.speakerId } : {}),
      ...(annotation.note !== undefined ? { note: annotation.note } : {}),
      updatedAt: nextUpdatedAt(annotation),
    };
    let after: Annotation;
    let createdEntities: Entity[] = [];
    let announcement: string;
    switch (edit.field) {
      case 'entity': {
        if (edit.entityId === null) {
          const created: Entity = {
            id: crypto.randomUUID(),
            tag: annotation.tag,
            name: entityNameFromQuote(annotation.quote),
            aliases: [],
          };
          createdEntities = [created];
          after = { ...kept, entityId: created.id };
          announcement = `Split off as a new entity: ${created.name}`;
        } else {
          after = { ...kept, entityId: edit.entityId };
          announcement = `Linked to ${this._libraryEntities.value?.find((entity) => entity.id === edit.entityId)?.name ?? 'another entity'}`;
        }
        break;
      }
      case 'speaker': {
        const { speakerId: _previous, ...withoutSpeaker } = kept;
        after = edit.speakerId === null ? withoutSpeaker : { ...withoutSpeaker, speakerId: edit.speakerId };
        const speaker = this._libraryEntities.value?.find((entity) => entity.id === edit.speakerId);
        announcement = speaker ? `Speaker: ${speaker.name}` : 'Speaker removed';
        break;
      }
      case 'claim': {
        const claim = { ...(annotation.claim ?? UNVERIFIED_CLAIM), ...edit.change };
        after = { ...kept, claim };
        announcement = `Claim ${CLAIM_STATUS_LABELS[claim.status].toLowerCase()}`;
        break;
      }
      case 'note': {
        const { note: _previous, ...withoutNote } = kept;
        after = edit.note.trim() === '' ? withoutNote : { ...withoutNote, note: edit.note };
        announcement = 'Note saved';
        break;
      }
    }
    if (await this._record({ kind: 'update', before: annotation, after, createdEntities })) this._announce(announcement);
  }

  private _renderFilters(tags: readonly Tag[]) {
    return html`<div class="filters" role="search" aria-label="Filter annotations">
      <select aria-label="Show tag" @change=${(event: Event) => (this._filterTag = (event.target as HTMLSelectElement).value)}>
        <option value="">All tags</option>
        ${tags.map((tag) => html`<option value=${tag.id} ?selected=${tag.id === this._filterTag}>${tag.label}</option>`)}
      </select>
      <select
        aria-label="Show claim status"
        @change=${(event: Event) => (this._filterStatus = (event.target as HTMLSelectElement).value as ClaimStatus | '')}
      >
        <option value="">Any status</option>
        ${CLAIM_STATUSES.map(
          (status) =>
            html`<option value=${status} ?selected=${status === this._filterStatus}>
              ${CLAIM_STATUS_LABELS[status]} claims
            </option>`,
        )}
      </select>
      <input
        type="search"
        aria-label="Filter by text"
        placeholder="Filter by text"
        .value=${this._filterText}
        @input=${(event: Event) => (this._filterText = (event.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  /** The annotations the list filters let through; a status filter shows claims with that status only. */
  private _filtered(annotations: readonly Annotation[]): readonly Annotation[] {
    const matches = textMatcher(this._filterText);
    if (!this._filterTag && !this._filterStatus && !matches) return annotations;
    return annotations.filter(
      (annotation) =>
        (!this._filterTag || annotation.tag === this._filterTag) &&
        (!this._filterStatus ||
          (annotation.tag === 'claim' && (annotation.claim?.status ?? 'unverified') === this._filterStatus)) &&
        (!matches || matches(annotation.quote) || (annotation.note !== undefined && matches(annotation.note))),
    );
  }

  private _renderEmptyState() {
    return html`<div class="empty-state">
      <h1>Open an article to start annotating</h1>
      <p>
        Choose <strong>Open…</strong> (<kbd>Ctrl</kbd>+<kbd>O</kbd>) or drop files on this window: plain text in any common
        Cyrillic encoding, Markdown, HTML pages and Word documents.
      </p>
      <p>
        Then select words and press <kbd>1</kbd>–<kbd>5</kbd> to tag them as a person, an organisation, a place, a quote or a
        claim. Everything is saved as you go; <strong>Export…</strong> (<kbd>Ctrl</kbd>+<kbd>E</kbd>) writes JSON for other tools.
      </p>
    </div>`;
  }

  /** Opens article files: the good ones enter the library and the last of them is shown; the bad ones are listed. */
  async openFiles(opened: OpenedFiles): Promise<void> {
    const problems = opened.problems.map((problem) => problem.message);
    let lastOpened: StoredArticle | null = null;
    let openedCount = 0;
    for (const file of opened.files) {
      this._status = `Opening ${file.fileName}…`;
      const result = await this._addFile(file, null);
      if (result.ok) {
        lastOpened = result.value;
        openedCount++;
      } else {
        problems.push(result.error);
      }
    }
    this._status = '';
    this._problems = problems.length > 0 ? { heading: 'Some files could not be opened', messages: problems } : null;
    if (lastOpened) {
      this._showArticle(lastOpened.id);
      this._announce(openedCount === 1 ? `Opened ${lastOpened.title}` : `Opened ${openedCount} articles`);
    }
  }

  /** Reads one file (with the given encoding, or a detected one) and adds it to the library with its bytes. */
  private async _addFile(file: ArticleFile, encoding: string | null): Promise<Result<StoredArticle>> {
    const result = await articleFromFile(file, encoding);
    if (!result.ok) return result;
    // Word documents have no text encoding to choose again, so their bytes are not kept.
    const keepBytes = result.value.source.format !== 'docx';
    try {
      return ok(await addOrReopenArticle(this.db, result.value, new Date(), keepBytes ? file.bytes : undefined));
    } catch (error) {
      return err(`${file.fileName}: it could not be saved in the library (${describeStorageError(error)})`);
    }
  }

  private async _showEncodingDialog(): Promise<void> {
    const source = this._articleId ? await this.db.sourceFiles.get(this._articleId) : undefined;
    if (!source) return;
    const encoding = await this._encodingDialog.ask(source.bytes);
    if (encoding !== null) await this._reopenWithEncoding(encoding);
  }

  /** Reads the current article's file again with another encoding: a different text, so a new article. */
  private async _reopenWithEncoding(encoding: string): Promise<void> {
    const article = this._article.value;
    const source = article ? await this.db.sourceFiles.get(article.id) : undefined;
    if (!article || !source) return;
    const result = await this._addFile(
      { fileName: source.fileName, path: article.source.path ?? '', bytes: source.bytes },
      encoding,
    );
    if (!result.ok) {
      this._problems = { heading: 'The file could not be read again', messages: [result.error] };
      return;
    }
    this._showArticle(result.value.id);
    this._announce(`Reopened ${source.fileName} as a new article`);
  }

  private _showArticle(articleId: string): void {
    this._view = 'article';
    if (articleId !== this._articleId) this._focusedId = null;
    this._articleId = articleId;
  }

  /**
   * Remembers the shown article, to reopen it on the next start, once a frame with it has been painted: an article that
   * cannot be shown (one that hung the window) is not reopened on every start after.
   */
  private async _rememberShownArticle(articleId: string): Promise<void> {
    this._rememberedArticleId = articleId;
    await this._articleViewElement?.updateComplete;
    requestAnimationFrame(() => {
      if (this._articleView?.article?.id === articleId) localStorage.setItem(LAST_ARTICLE_KEY, articleId);
    });
  }

  /** The history Undo and Redo act on: the entity index's own, or the open article's. */
  private _history(): AnnotationHistory | null {
    const key = this._view === 'entities' ? LIBRARY_HISTORY : this._articleId;
    if (!key) return null;
    let history = this._histories.get(key);
    if (!history) this._histories.set(key, (history = new AnnotationHistory(this.db)));
    return history;
  }

  private async _showTagEditor(): Promise<void> {
    const tags = await listTags(this.db);
    const usage = new Map(
      await Promise.all(
        tags.map(async (tag) => [tag.id, await this.db.annotations.where('tag').equals(tag.id).count()] as const),
      ),
    );
    const saved = await this._tagEditor.ask(tags, usage);
    if (saved) await this._saveTags(saved, tags);
  }

  /**
   * Saves the edited tag set; annotations of a deleted tag move to the tag the editor chose, in the same change. The
   * editor's changes are to `before`, the tags as it showed them: if another window changed them meanwhile, the save
   * is refused rather than clearing what that window did.
   */
  private async _saveTags({ tags, moveTo }: SaveTagsDetail, before: StoredTag[]): Promise<void> {
    const kindOf = new Map(tags.map((tag) => [tag.id, tag.kind] as const));
    const now = new Date().toISOString();
    const retagged: { before: Annotation; after: Annotation }[] = [];
    for (const [deletedId, targetId] of Object.entries(moveTo)) {
      for (const annotation of await this.db.annotations.where('tag').equals(deletedId).toArray()) {
        const { entityId: _entityId, ...withoutEntity } = annotation;
        // Only entity tags link to entities; moving to another kind drops the link.
        const base = kindOf.get(targetId) === 'entity' ? annotation : withoutEntity;
        retagged.push({ before: annotation, after: { ...base, tag: targetId, updatedAt: now } });
      }
    }
    if (await this._record({ kind: 'tags', before, after: tags, retagged })) {
      this._announce(retagged.length > 0 ? `Tags saved; ${retagged.length} annotations moved` : 'Tags saved');
    }
  }

  private async _renameEntity({ entityId, name }: RenameEntityDetail): Promise<void> {
    const entity = await this.db.entities.get(entityId);
    if (!entity || entity.name === name) return;
    // The old name stays an alias, so mentions written that way still link to the entity.
    const aliases = entity.aliases.includes(entity.name) ? entity.aliases : [...entity.aliases, entity.name];
    const after = { ...entity, name, aliases: aliases.filter((alias) => alias !== name) };
    if (await this._record({ kind: 'entity', before: entity, after })) this._announce(`${entity.name} renamed ${name}`);
  }

  /** Merges one entity into another: every mention and quote follows, nothing is lost, and it can be undone. */
  private async _mergeEntity({ sourceId, targetId }: MergeEntityDetail): Promise<void> {
    const [source, target] = await this.db.entities.bulkGet([sourceId, targetId]);
    if (!source || !target) return;
    const plan = await planEntityMerge(this.db, source, target, new Date());
    if (await this._record({ kind: 'merge', source, targetBefore: target, ...plan })) {
      this._announce(`${source.name} merged into ${target.name}: ${plan.relinked.length} mentions moved`);
    }
  }

  /**
   * The entity a mention tagged `tagId` belongs to: a Person, Organization or Place mention is linked to a matching
   * entity or starts a new one; other tags have none.
   */
  private async _entityFor(tagId: string, quote: string): Promise<{ entityId?: string; createdEntities: Entity[] }> {
    const tag = (this._tags.value ?? []).find((candidate) => candidate.id === tagId);
    if (tag?.kind !== 'entity') return { createdEntities: [] };
    const link = await linkEntity(this.db, tag, quote, () => crypto.randomUUID());
    return { entityId: link.entityId, createdEntities: link.created ? [link.created] : [] };
  }

  /** Tags the selection, or, with nothing selected, retags the focused annotation. */
  private async _applyTag(tagId: string): Promise<void> {
    const article = this._article.value;
    if (!article || !this._history()) return;
    const span = this._articleView?.selectedSpan ?? null;
    const now = new Date().toISOString();
    if (span) {
      const described = describeTextRange(article.text, span.start, span.end);
      const draft: Annotation = {
        id: crypto.randomUUID(),
        articleId: article.id,
        tag: tagId,
        start: span.start,
        end: span.end,
        ...described,
        createdAt: now,
        updatedAt: now,
      };
      // Shown at once, before entity linking and the write: in a long article the database answers later than
      // a key press should. It gives way to the stored annotation, or disappears if the write fails.
      this._setPending(draft);
      this._creatingId = draft.id;
      this.requestUpdate();
      let recorded = false;
      try {
        const { entityId, createdEntities } = await this._entityFor(tagId, described.quote);
        const annotation: Annotation = { ...draft, ...(entityId ? { entityId } : {}) };
        recorded = await this._record({ kind: 'create', annotation, createdEntities }, () => {
          this._articleView?.clearTaggedSelection(span);
          this._focusedId = annotation.id;
          this._focusChosen = false;
          this._announce(`Added ${describeAnnotation(annotation, this._tags.value ?? [])}`);
        });
      } finally {
        if (this._creatingId === draft.id) this._creatingId = null;
        if (!recorded) this._dropPending(draft.id);
      }
      return;
    }
    if (this._focusedId) await this._retag(this._focusedId, tagId);
  }

  private async _retag(annotationId: string, tagId: string): Promise<void> {
    const annotation = this._annotationById(annotationId);
    if (!annotation || annotation.tag === tagId) return;
    const { entityId, createdEntities } = await this._entityFor(tagId, annotation.quote);
    // Edits made while the entity was looked up are kept: the change goes onto the annotation as it is now.
    const current = this._annotationById(annotationId);
    if (!current) return;
    const { entityId: _previousEntity, ...rest } = current;
    const after: Annotation = { ...rest, tag: tagId, ...(entityId ? { entityId } : {}), updatedAt: nextUpdatedAt(current) };
    if (await this._record({ kind: 'update', before: current, after, createdEntities })) {
      this._announce(`Changed to ${describeAnnotation(after, this._tags.value ?? [])}`);
    }
  }

  private async _deleteFocused(): Promise<void> {
    const focused = this._focusedAnnotation();
    if (!focused) return;
    const annotations = this._shownAnnotations();
    const index = annotations.findIndex((annotation) => annotation.id === focused.id);
    await this._record({ kind: 'delete', annotation: focused }, () => {
      // Focus moves to the neighbour, so pressing Delete again walks on through the list.
      const neighbour = annotations[index + 1] ?? annotations[index - 1];
      this._focusedId = neighbour?.id ?? null;
      this._announce(`Deleted ${describeAnnotation(focused, this._tags.value ?? [])}`);
    });
  }

  /** The library's entries once both the articles and their counts are read. */
  private _library(): LibraryEntry[] | undefined {
    const articles = this._libraryArticles.value;
    const counts = this._annotationCounts.value;
    return articles && counts ? this._libraryEntries(articles, counts) : undefined;
  }

  /** The article's annotations in text order, with any just created that the database has not returned yet. */
  private _shownAnnotations(): readonly Annotation[] {
    const next = this._withPending(this._annotations.value ?? NO_ANNOTATIONS, this._pending, this._articleId);
    if (next !== this._lastShown && !showsTheSame(this._lastShown, next)) this._lastShown = next;
    return this._lastShown;
  }

  /** The entities the article's mentions are linked to. */
  private _articleEntities(annotations: readonly Annotation[]): readonly Entity[] {
    return this._linkedEntities(annotations, this._libraryEntities.value ?? NO_ENTITIES);
  }

  private _catchUpInspector(): void {
    if (this._inspectorCatchingUp) return;
    this._inspectorCatchingUp = true;
    // A timer set in a frame callback runs once that frame is painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        this._inspectorCatchingUp = false;
        this._inspectedId = this._focusedId;
        void this._keepFocusedRowInView();
      }),
    );
  }

  /** The inspector takes its room above the lists once it has rendered: the row just scrolled to stays in view. */
  private async _keepFocusedRowInView(): Promise<void> {
    await this.updateComplete;
    await this._inspector?.updateComplete;
    this._annotationList?.keepFocusedRowInView();
  }

  private _focusedAnnotation(): Annotation | undefined {
    return this._annotationById(this._focusedId);
  }

  private _annotationById(id: string | null): Annotation | undefined {
    if (!id) return undefined;
    const pending = this._pending.get(id);
    const stored = this._annotations.get(id);
    return stored ? newerOf(stored, pending) : pending;
  }

  private _setPending(annotation: Annotation): void {
    this._pending = new Map(this._pending).set(annotation.id, annotation);
  }

  private _dropPending(id: string): void {
    if (!this._pending.has(id)) return;
    const pending = new Map(this._pending);
    pending.delete(id);
    this._pending = pending;
    this.requestUpdate();
  }

  /** Drops what the database has given back: stored versions as new as the pending ones, or newer. */
  private _forgetPendingReadBack(): void {
    const readBack = [...this._pending.values()].filter((pending) => {
      const stored = this._annotations.get(pending.id);
      return stored !== undefined && compareInstants(stored.updatedAt, pending.updatedAt) >= 0;
    });
    if (readBack.length === 0) return;
    // What is shown does not change: the stored versions equal the pending ones.
    const pending = new Map(this._pending);
    for (const annotation of readBack) pending.delete(annotation.id);
    this._pending = pending;
  }

  /**
   * Applies a change through the history; a failed write is reported and changes nothing. `onStored` runs as soon as
   * the change is stored, so that what it shows goes into the same render as the history's new state: awaiting the
   * result and then changing more renders the whole window twice.
   */
  private async _record(change: AnnotationChange, onStored?: () => void): Promise<boolean> {
    const history = this._history();
    if (!history) return false;
    const written = change.kind === 'create' ? change.annotation : change.kind === 'update' ? change.after : null;
    if (written) this._setPending(written);
    if (change.kind === 'delete') this._dropPending(change.annotation.id);
    try {
      await history.apply(change);
      onStored?.();
      this.requestUpdate();
      return true;
    } catch (error) {
      if (written) this._dropPending(written.id);
      this._reportStorageFailure(error);
      return false;
    }
  }

  private async _undo(): Promise<void> {
    await this._step('undo');
  }

  private async _redo(): Promise<void> {
    await this._step('redo');
  }

  private async _step(direction: 'undo' | 'redo'): Promise<void> {
    const history = this._history();
    if (!history) return;
    // The step writes older or newer versions than any still pending: from now on the database's word stands.
    this._pending = new Map();
    try {
      const change = direction === 'undo' ? await history.undo() : await history.redo();
      this.requestUpdate();
      if (!change) return;
      const tags = this._tags.value ?? [];
      this._focusChosen = false;
      const verb = direction === 'undo' ? 'Undone' : 'Redone';
      if (change.kind === 'update') {
        this._focusedId = change.after.id;
        this._announce(`${verb}: change to ${describeAnnotation(direction === 'undo' ? change.before : change.after, tags)}`);
      } else if (change.kind === 'createMany') {
        this._announce(`${verb}: ${change.annotations.length} mentions ${direction === 'undo' ? 'untagged' : 'tagged'}`);
      } else if (change.kind === 'entity') {
        this._announce(`${verb}: change to ${change.after.name}`);
      } else if (change.kind === 'tags') {
        this._announce(`${verb}: tag changes`);
      } else if (change.kind === 'merge') {
        this._announce(`${verb}: ${change.source.name} merged into ${change.targetBefore.name}`);
      } else {
        const removed = (change.kind === 'create') === (direction === 'undo');
        this._focusedId = removed ? null : change.annotation.id;
        this._announce(`${verb}: ${removed ? 'removed' : 'restored'} ${describeAnnotation(change.annotation, tags)}`);
      }
    } catch (error) {
      if (error instanceof ChangedSinceError) {
        this._problems = {
          heading: direction === 'undo' ? 'Nothing was undone' : 'Nothing was redone',
          messages: [
            `${error.message}, in another window or by an import; the newer version is kept. ${direction === 'undo' ? 'Undo' : 'Redo'} goes on with the change before it.`,
          ],
        };
      } else {
        this._reportStorageFailure(error);
      }
    }
  }

  private _reportStorageFailure(error: unknown): void {
    this._problems =
      error instanceof ChangedSinceError
        ? {
            heading: 'The change was not saved',
            messages: [`${error.message}, in another window or by an import; nothing was overwritten. Try again.`],
          }
        : {
            heading: 'The change was not saved',
            messages: [`${describeStorageError(error)}. Everything saved before is intact.`],
          };
  }

  private async _showExport(): Promise<void> {
    const library = this._library();
    if (!library?.length) return;
    const detail = await this._exportDialog.ask(library, this._article.value?.id ?? null);
    if (detail) await this._export(detail);
  }

  private async _export(detail: ExportDetail): Promise<void> {
    const article = this._article.value;
    const { scope } = detail;
    try {
      const articleIds: string[] | 'all' =
        scope === 'all' ? 'all' : scope === 'selected' ? detail.articleIds : article ? [article.id] : 'all';
      this._status = 'Preparing the export…';
      const exported = await exportInWorker(this.db, articleIds, detail);
      this._status = '';
      if (!exported.ok) throw new Error(exported.error);
      const file = exported.value;
      const baseName =
        scope === 'article' && article
          ? `${article.source.fileName.replace(/\.[^.]+$/, '')}.annotations`
          : `newsroom-annotations-${new Date().toISOString().slice(0, 10)}`;
      const result = await this.host.saveFile(`${baseName}${file.extension}`, file.contents);
      if (!result.ok) {
        this._problems = { heading: 'The export was not saved', messages: [result.error] };
      } else if (result.value !== null) {
        const articles = file.articleCount === 1 ? '1 article' : `${file.articleCount} articles`;
        const what = detail.format === 'claimreview' ? `${file.count} claim reviews` : annotationCountLabel(file.count);
        this._status = `Exported ${what} from ${articles} to ${result.value}`;
        this._announce(this._status);
      }
    } catch (error) {
      this._problems = { heading: 'The export failed', messages: [describeStorageError(error)] };
    }
  }

  /**
   * Runs a long library operation with a progress bar and a status line; `task` returns the status to show when
   * it is done, and a failure is reported under `failureHeading`.
   */
  private async _withProgress(
    status: string,
    failureHeading: string,
    task: (onProgress: (done: number) => void) => Promise<string>,
  ): Promise<void> {
    this._progress = 0;
    this._status = status;
    try {
      this._status = await task((done) => (this._progress = done));
      if (this._status) this._announce(this._status);
    } catch (error) {
      this._problems = { heading: failureHeading, messages: describeStorageError(error).split('\n') };
      this._status = '';
    } finally {
      this._progress = null;
    }
  }

  /** Lets the editor choose an annotation set or backup; a file that cannot be read is reported under `failureHeading`. */
  private async _pickJsonFile(failureHeading: string): Promise<ArticleFile | null> {
    const picked = await this.host.pickImportFile();
    if (picked === null) return null;
    if (!picked.ok) {
      this._problems = { heading: failureHeading, messages: [picked.error] };
      return null;
    }
    return picked.value;
  }

  private async _backUp(): Promise<void> {
    await this._withProgress('Backing up the library…', 'The backup failed', async (onProgress) => {
      const backup = await backUpLibrary(this.db, onProgress);
      const result = await this.host.saveFile(`newsroom-library-${new Date().toISOString().slice(0, 10)}.json`, backup);
      if (!result.ok) throw new Error(result.error);
      return result.value === null ? '' : `Library backed up to ${result.value}`;
    });
  }

  /** Replaces the whole library with a backup, after the editor confirms; a failure leaves the library as it was. */
  private async _restore(): Promise<void> {
    const file = await this._pickJsonFile('Nothing was restored');
    if (!file) return;
    const confirmed = await this._confirmDialog.ask(
      `Restore ${file.fileName}?`,
      'Every article, annotation, entity and tag in the library now is replaced by the backup. This cannot be undone; back up first if you may want them.',
      'Replace the library',
    );
    if (!confirmed) return;
    await this._withProgress(
      'Restoring the library…',
      `${file.fileName} was not restored; the library is as it was`,
      async (onProgress) => {
        await restoreLibrary(this.db, new TextDecoder().decode(file.bytes), onProgress);
        this._histories.clear();
        this._focusedId = null;
        return `Library restored from ${file.fileName}`;
      },
    );
  }

  private async _onImportClick(): Promise<void> {
    const file = await this._pickJsonFile('Nothing was imported');
    if (file) await this._prepareImport(file);
  }

  /** Reads and checks an annotation file, then shows what importing it would change; nothing is written yet. */
  private async _prepareImport(file: ArticleFile): Promise<void> {
    this._status = `Reading ${file.fileName}…`;
    const prepared = await prepareImport(this.db, file.fileName, file.bytes);
    this._status = '';
    if (!prepared.ok) {
      this._problems = { heading: `${file.fileName} was not imported`, messages: prepared.error.split('\n') };
      return;
    }
    this._problems = null;
    const { token, preview, notPlaced, firstArticleId } = prepared.value;
    if (await this._importDialog.ask(file.fileName, preview, notPlaced)) {
      await this._applyImport({ fileName: file.fileName, token, firstArticleId });
    } else {
      await discardPreparedImport(this.db, token);
    }
  }

  /** Writes an import the editor confirmed, which the library worker holds read and checked. */
  private async _applyImport(pending: { fileName: string; token: number; firstArticleId: string | null }): Promise<void> {
    this._status = `Importing ${pending.fileName}…`;
    const applied = await applyPreparedImport(this.db, pending.token);
    if (!applied.ok) {
      this._status = '';
      this._problems = { heading: `${pending.fileName} was not imported; the library is as it was`, messages: [applied.error] };
      return;
    }
    const { added, updated, unchanged, skipped } = applied.value;
    this._status = `Imported ${pending.fileName}: ${added} added, ${updated} updated, ${unchanged} unchanged, ${skipped} kept as they were`;
    this._announce(this._status);
    if (!this._articleId && pending.firstArticleId) this._showArticle(pending.firstArticleId);
  }

  private async _onOpenClick(): Promise<void> {
    const opened = await this.host.pickArticleFiles();
    if (opened) await this.openFiles(opened);
  }

  private _onFocusAnnotation(event: CustomEvent<FocusAnnotationDetail>): void {
    this._focusedId = event.detail.id;
    this._focusChosen = event.detail.id !== null;
    if (event.detail.origin === 'list' && event.detail.id) {
      const id = event.detail.id;
      void this.updateComplete.then(() => this._articleView?.revealAnnotation(id));
    }
  }

  private _onMenuCommand(command: MenuCommand): void {
    if (command === 'open') void this._onOpenClick();
    else if (command === 'import') void this._onImportClick();
    else if (command === 'export') void this._showExport();
    else void this._step(command);
  }

  private _announce(message: string): void {
    this._liveRegion.announce(message);
  }

  private readonly _onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || dialogOpen()) return;
    const target = event.composedPath()[0];
    const command = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (command && !event.altKey) {
      if (key === 'o') {
        event.preventDefault();
        void this._onOpenClick();
      } else if (key === 'e') {
        event.preventDefault();
        void this._showExport();
      } else if (key === 'f' && this._articleView) {
        event.preventDefault();
        this._articleView.openSearch();
      } else if (!isTextEntry(target) && ((key === 'z' && event.shiftKey) || key === 'y')) {
        event.preventDefault();
        void this._step('redo');
      } else if (!isTextEntry(target) && key === 'z') {
        event.preventDefault();
        void this._step('undo');
      }
      return;
    }
    // Tag keys and Delete act on the article's text, which the entity index hides.
    if (event.altKey || isTextEntry(target) || this._view === 'entities') return;
    const tag = (this._tags.value ?? []).find((candidate) => candidate.shortcut === event.key);
    if (tag && (this._articleView?.selectedSpan || this._focusedId)) {
      event.preventDefault();
      void this._applyTag(tag.id);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && this._focusedId) {
      event.preventDefault();
      void this._deleteFocused();
    } else if (event.key.toLowerCase() === 'a' && this._focusedId) {
      event.preventDefault();
      void this._addOfferedAlias(this._focusedId);
    } else if (event.key === 'Escape' && this._focusedId) {
      this._focusedId = null;
    }
  };

  private readonly _onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this._dragging = true;
  };

  private readonly _onDragLeave = (event: DragEvent): void => {
    if (event.relatedTarget === null) this._dragging = false;
  };

  private readonly _onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this._dragging = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    // A dropped .json or .jsonl is an annotation file to import; anything else is an article to open.
    const annotationSet = files.find((file) =>
      IMPORT_EXTENSIONS.some((extension) => file.name.toLowerCase().endsWith(extension)),
    );
    const articles = files.filter((file) => file !== annotationSet);
    if (annotationSet) {
      void readImportFileObject(annotationSet).then(async (read) => {
        if (read.ok) await this._prepareImport(read.value);
        else this._problems = { heading: 'Nothing was imported', messages: [read.error] };
      });
    }
    if (articles.length > 0) void this.host.readDroppedFiles(articles).then((opened) => this.openFiles(opened));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-app': NrApp;
  }
}
