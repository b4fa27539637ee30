// The window: toolbar, library, reader and annotation panel. It renders what the application core exposes and hands
// each thing the editor does to the core as one call; the core (app/) owns the state and does the work.
import { html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatNumber } from '../../../shared/i18n/formatting';
import type { Annotation, Entity, Tag } from '../../../shared/annotation';
import type { AppCore } from '../app/app-core';
import type { AnnotationEdit } from '../app/intents';
import type { AppDialogs } from '../app/library-workflows';
import type { Notice } from '../app/notices';
import { CoreController } from '../controllers/core-controller';
import { FileDrop } from '../controllers/file-drop';
import { IdleNameSearch, InspectorCatchUp } from '../controllers/frame-follow-ups';
import { KeyboardShortcuts } from '../controllers/keyboard-shortcuts';
import { FirstScreenHandOver } from '../controllers/first-screen-hand-over';
import { cycleRegions, windowRegions } from '../controllers/window-regions';
import { RememberShownArticle } from '../controllers/remember-shown-article';
import { RevealOnOpen } from '../controllers/reveal-on-open';
import { describeStorageError } from '../storage-errors';
import { visuallyHidden } from '../styles/shared-styles';
import './nr-annotation-filters';
import './nr-annotation-list';
import type { FocusAnnotationDetail, NrAnnotationList } from './nr-annotation-list';
import './nr-article-view';
import type { ChooseSuggestionDetail, NrArticleView } from './nr-article-view';
import { appStyles } from './nr-app-styles';
import { renderLibraryView } from './library-views';
import { renderDeskSyncButton, renderDeskSyncStatus, renderLastChangedBy } from './desk-sync-status';
import type { NrDeskDialog } from './nr-desk-dialog';
import './nr-confirm-dialog';
import type { NrConfirmDialog } from './nr-confirm-dialog';
import './nr-version-dialog';
import { renderChangedFile, renderOrphans, renderVersionPicker } from './versions-panel';
import { renderHeader, renderLanguageChoice } from './window-header';
import type { NrVersionDialog } from './nr-version-dialog';
import './nr-encoding-dialog';
import type { NrEncodingDialog } from './nr-encoding-dialog';
import './nr-entity-list';
import './nr-export-dialog';
import type { NrExportDialog } from './nr-export-dialog';
import './nr-import-dialog';
import type { NrImportDialog } from './nr-import-dialog';
import './nr-inspector';
import type { NrInspector } from './nr-inspector';
import './nr-library';
import './nr-live-region';
import type { NrLiveRegion } from './nr-live-region';
import type { SuggestionDecisionDetail } from './nr-suggestions';
import { renderSuggestionsBar } from './suggestions-bar';
import './nr-tag-editor';
import type { NrTagEditor } from './nr-tag-editor';

@customElement('nr-app')
@localized()
export class NrApp extends LitElement {
  static override styles = [visuallyHidden, appStyles];

  /** The application core this window shows, started before the window's script was loaded. */
  @property({ attribute: false }) core!: AppCore;

  @query('nr-article-view') private _articleViewElement?: NrArticleView | null;
  @query('nr-export-dialog') private _exportDialog!: NrExportDialog;
  @query('nr-encoding-dialog') private _encodingDialog!: NrEncodingDialog;
  @query('nr-tag-editor') private _tagEditor!: NrTagEditor;
  @query('nr-import-dialog') private _importDialog!: NrImportDialog;
  @query('nr-confirm-dialog') private _confirmDialog!: NrConfirmDialog;
  @query('nr-version-dialog') private _versionDialog!: NrVersionDialog;
  @query('nr-desk-dialog') private _deskDialog!: NrDeskDialog;
  @query('nr-live-region') private _liveRegion!: NrLiveRegion;
  @query('nr-annotation-list') private _annotationList?: NrAnnotationList | null;
  @query('nr-inspector') private _inspector?: NrInspector | null;

  /** The workflows ask the editor through the window's dialogs, once they are rendered. */
  readonly dialogs: AppDialogs = {
    chooseEncoding: (bytes) => this._encodingDialog.ask(bytes),
    chooseExport: (library, currentId) => this._exportDialog.ask(library, currentId),
    confirm: (heading, message, confirmLabel) => this._confirmDialog.ask(heading, message, confirmLabel),
    chooseVersion: (question) => this._versionDialog.ask(question),
    confirmImport: (fileName, preview, notPlaced) => this._importDialog.ask(fileName, preview, notPlaced),
    editTags: (tags, usage) => this._tagEditor.ask(tags, usage),
    deskSettings: (question) => this._deskDialog.ask(question),
  };
  private readonly _drop = new FileDrop(this, () => this.core);
  private _stopAnnouncing: (() => void) | null = null;

  constructor() {
    super();
    this.addEventListener('nr-announce', (event) => {
      this._liveRegion.announce(event.detail.message);
    });
    new CoreController(this, () => this.core);
    new KeyboardShortcuts(this, {
      core: () => this.core,
      selectedSpan: () => this._articleView?.selectedSpan ?? null,
      openSearch: () => {
        this._articleView?.openSearch();
        return this._articleView !== undefined;
      },
      applyTag: (tagId) => {
        this._applyTag(tagId);
      },
      cycleRegion: (forward) => {
        cycleRegions(
          windowRegions(this.renderRoot, () => this._articleView),
          forward,
        );
      },
    });
    const shownArticle = {
      shownId: () => this._articleView?.article?.id ?? null,
      rendered: async () => this._articleViewElement?.updateComplete,
    };
    new RememberShownArticle(this, shownArticle);
    new FirstScreenHandOver(this, { ...shownArticle, opening: () => this.core.opening });
    new InspectorCatchUp(
      this,
      () => this.core,
      () => void this._keepFocusedRowInView(),
    );
    new IdleNameSearch(this, () => this.core);
    new RevealOnOpen(
      this,
      () => this.core,
      () => this._articleView,
    );
  }

  /**
   * The article view while it shows the current article. Hidden, it still holds the text last shown (while another
   * article opens, or behind the entity index): a selection there must not be tagged onto another article.
   */
  private get _articleView(): NrArticleView | undefined {
    const view = this._articleViewElement;
    return view && !view.hidden ? view : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._stopAnnouncing = this.core.notices.onAnnouncement((message) => {
      this._liveRegion.announce(message);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopAnnouncing?.();
  }

  override render() {
    const { core } = this;
    const { session, library, store, notices } = core;
    const article = core.article;
    const annotations = store.shown;
    const tags = library.tags;
    const entities = core.articleEntities;
    const inspected = core.inspected;
    const entries = core.libraryEntries;
    // The article view stays in the page when hidden: its frame's document, fonts loaded, serves the next article.
    const articleShown = article !== undefined && session.view === 'article' && store.error === undefined;
    return html`
      ${renderHeader(core, tags, () => this._articleView?.focusText())}
      <div>
        ${this._renderNotice('library-notice-heading', notices.library, false)}
        ${this._renderNotice('problems-heading', notices.problems, true)} ${renderChangedFile(core)}
      </div>
      <main>
        <nav aria-label=${msg('Library')}>
          <h2>${msg('Library')}</h2>
          <nr-library
            .entries=${entries}
            .firstEntries=${library.firstEntries}
            .currentId=${session.articleId}
            @nr-open-article=${(event: CustomEvent<{ articleId: string }>) => session.showArticle(event.detail.articleId)}
          ></nr-library>
          <div class="library-actions">
            <button type="button" @click=${() => core.workflows.backUp()}>${msg('Back up library…')}</button>
            <button type="button" @click=${() => core.workflows.restore()}>${msg('Restore library…')}</button>
            ${renderDeskSyncButton(core)} ${renderLanguageChoice(core)}
          </div>
        </nav>
        <section id="article" class="reader" aria-label=${msg('Reader')}>
          ${this._renderCentre(article !== undefined || core.opening)}
          <nr-article-view
            ?hidden=${!articleShown}
            .article=${article ?? null}
            .annotations=${annotations}
            .tags=${tags}
            .focusedId=${store.creatingId ?? session.focusedId}
            ?focusPalette=${session.focusChosen}
            .claimSummary=${core.insights.claimSummary(annotations)}
            .suggestions=${core.suggestions.open}
            .currentSuggestionId=${core.suggestions.currentId}
            @nr-choose-suggestion=${(event: CustomEvent<ChooseSuggestionDetail>) => core.suggestions.choose(event.detail.id)}
            @nr-focus-annotation=${this._onFocusAnnotation}
            @nr-tag-chosen=${(event: CustomEvent<{ tagId: string }>) => this._applyTag(event.detail.tagId)}
            @nr-delete-chosen=${() => core.commands.deleteFocused()}
            @nr-suggestion-accept=${(event: CustomEvent<SuggestionDecisionDetail>) =>
              void core.suggestions.accept(event.detail.id, event.detail.asTag, false)}
            @nr-suggestion-reject=${(event: CustomEvent<SuggestionDecisionDetail>) =>
              void core.suggestions.reject(event.detail.id, false)}
            @nr-request-reopen=${() => core.workflows.reopenWithEncoding()}
            ?canReopenWithEncoding=${library.hasSourceFile.value === true}
            @nr-open-article=${(event: CustomEvent<{ articleId: string }>) => session.showArticle(event.detail.articleId)}
            >${renderVersionPicker(core)}</nr-article-view
          >
          ${articleShown ? renderSuggestionsBar(core, tags) : nothing}
        </section>
        <aside aria-label=${msg('Annotation panel')}>
          ${inspected ? html`<div class="inspector">${this._renderInspector(inspected, annotations, entities, tags)}</div>` : nothing}
          <div class="lists">
            ${article ? renderOrphans(core, tags) : nothing}
            ${article ? this._renderLists(annotations, entities, tags) : html`<h2>${msg('Annotations')}</h2>`}
          </div>
        </aside>
      </main>
      <footer>
        <div class="status" role="status" aria-label=${msg('Messages')}>
          ${notices.progress === null ? nothing : html`<progress aria-label=${msg('Progress')} max="1" .value=${notices.progress}></progress>`}
          ${notices.status}
        </div>
        ${renderDeskSyncStatus(core)}
      </footer>
      <nr-live-region></nr-live-region>
      <nr-confirm-dialog></nr-confirm-dialog>
      <nr-version-dialog></nr-version-dialog>
      <nr-desk-dialog></nr-desk-dialog>
      <nr-import-dialog></nr-import-dialog>
      <nr-tag-editor></nr-tag-editor>
      <nr-encoding-dialog .currentEncoding=${article?.source.encoding ?? 'utf-8'}></nr-encoding-dialog>
      <nr-export-dialog .articleTitle=${article?.title ?? null} .articleCount=${entries?.length ?? 0}></nr-export-dialog>
      ${this._drop.dragging ? html`<div class="drop-overlay" aria-hidden="true">${msg('Drop articles to open them')}</div>` : nothing}
    `;
  }

  /** What the reader shows instead of, or besides, the article: a library-wide view, a read failure, or how to start. */
  private _renderCentre(articleOrOpening: boolean) {
    const { core } = this;
    const libraryView = renderLibraryView(core);
    if (libraryView) return libraryView;
    if (core.store.error !== undefined) {
      return html`<div class="empty-state" role="alert">
        <h1>${msg("This article's annotations could not be read")}</h1>
        <p>${msg(str`${describeStorageError(core.store.error)}. Nothing in the library was changed.`)}</p>
      </div>`;
    }
    if (articleOrOpening) return nothing;
    return html`<div class="empty-state">
      <h1>${msg('Open an article to start annotating')}</h1>
      <p>
        ${msg(
          'Choose Open… (Ctrl+O) or drop files on this window: plain text in any common Cyrillic encoding, Markdown, HTML pages and Word documents.',
        )}
      </p>
      <p>
        ${msg(
          'Then select words and press 1–5 to tag them as a person, an organisation, a place, a quote or a claim. Everything is saved as you go; Export… (Ctrl+E) writes JSON for other tools.',
        )}
      </p>
    </div>`;
  }

  /** A notice above the window's panes; a dismissable one is cleared by its button. */
  private _renderNotice(id: string, notice: Notice | null, dismissable: boolean) {
    if (!notice) return nothing;
    return html`<section class="notices" role="alert" aria-labelledby=${id}>
      <h2 id=${id}>${notice.heading}</h2>
      <ul>
        ${notice.messages.map((message) => html`<li>${message}</li>`)}
      </ul>
      ${dismissable ? html`<button type="button" @click=${() => this.core.notices.dismiss()}>${msg('Dismiss')}</button>` : nothing}
    </section>`;
  }

  private _renderInspector(
    inspected: Annotation,
    annotations: readonly Annotation[],
    entities: readonly Entity[],
    tags: readonly Tag[],
  ) {
    const { commands, insights, library } = this.core;
    const text = this.core.article?.text ?? '';
    return html`<h2>${msg('Selected annotation')}</h2>
      ${renderLastChangedBy(this.core, inspected.id)}
      <nr-inspector
        .annotation=${inspected}
        .tags=${tags}
        .libraryEntities=${library.entities}
        .speakers=${entities.filter((entity) => entity.tag === 'person')}
        .proposedSpeakerId=${inspected.tag === 'quote' ? insights.proposedSpeaker(inspected, text, annotations) : null}
        .offeredAlias=${insights.offeredAlias(inspected, text, library.entities)}
        .untaggedMentions=${insights.untaggedMentions(inspected, text, annotations, library.entities).length}
        .appearancesOf=${(entityId: string) => library.appearancesOf(entityId)}
        @nr-show-appearance=${(event: HTMLElementEventMap['nr-show-appearance']) =>
          void this.core.showAppearance(event.detail.entityId, event.detail.articleId)}
        @nr-add-alias=${() => commands.addOfferedAlias(inspected.id)}
        @nr-tag-all-mentions=${() => commands.tagAllMentions(inspected.id)}
        @nr-tag-chosen=${(event: CustomEvent<{ tagId: string }>) => commands.retag(inspected.id, event.detail.tagId)}
        @nr-edit-annotation=${(event: CustomEvent<AnnotationEdit>) => commands.edit(inspected.id, event.detail)}
        @nr-confirm-change=${() => this.core.versionCommands.confirmChange(inspected.id)}
      ></nr-inspector>`;
  }

  private _renderLists(annotations: readonly Annotation[], entities: readonly Entity[], tags: readonly Tag[]) {
    const { session } = this.core;
    const visible = this.core.visibleAnnotations;
    return html`<h2>${msg(str`Entities · ${formatNumber(entities.length)}`)}</h2>
      <nr-entity-list
        .entities=${entities}
        .annotations=${annotations}
        .tags=${tags}
        .focusedId=${session.focusedId}
        @nr-focus-annotation=${this._onFocusAnnotation}
      ></nr-entity-list>
      <h2>
        ${
          visible.length === annotations.length
            ? msg(str`Annotations · ${formatNumber(annotations.length)}`)
            : msg(str`Annotations · ${formatNumber(visible.length)} of ${formatNumber(annotations.length)}`)
        }
      </h2>
      <nr-annotation-filters
        role="search"
        aria-label=${msg('Filter annotations')}
        .tags=${tags}
        .filters=${session.filters}
        @nr-filters-change=${(event: HTMLElementEventMap['nr-filters-change']) => session.setFilters(event.detail)}
      ></nr-annotation-filters>
      <nr-annotation-list
        .annotations=${visible}
        .entities=${entities}
        .tags=${tags}
        .focusedId=${session.focusedId}
        @nr-focus-annotation=${this._onFocusAnnotation}
      ></nr-annotation-list>`;
  }

  /** Tags the selection in the shown article, or with nothing selected retags the focused annotation. */
  private _applyTag(tagId: string): void {
    const view = this._articleView;
    void this.core.commands.applyTag(
      tagId,
      () => view?.selectedSpan ?? null,
      (span) => view?.clearTaggedSelection(span),
    );
  }

  private _onFocusAnnotation(event: CustomEvent<FocusAnnotationDetail>): void {
    const { id, origin } = event.detail;
    this.core.session.focus(id, id !== null);
    if (origin === 'list' && id) void this.updateComplete.then(() => this._articleView?.revealAnnotation(id));
  }

  /** The inspector takes its room above the lists once it has rendered: the row just scrolled to stays in view. */
  private async _keepFocusedRowInView(): Promise<void> {
    await this.updateComplete;
    await this._inspector?.updateComplete;
    this._annotationList?.keepFocusedRowInView();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-app': NrApp;
  }
}
