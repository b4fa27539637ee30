// Asks what to export (this article, articles the editor picks, or the whole library) and how, before the save dialog.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatNumber } from '../../../shared/i18n/formatting';
import type { ExportDetail, ExportFormat, ExportScope } from '../exporting/export-file';
import { DialogAnswer } from '../dialogs/dialog-answer';
import { dialogStyles } from '../styles/shared-styles';

/** An article the editor can pick for export. */
export interface ExportChoice {
  id: string;
  title: string;
  annotationCount: number;
}

const EXPORT_FORMATS: readonly { format: ExportFormat; label: () => string; note: () => string }[] = [
  {
    format: 'native',
    label: () => msg('Native JSON'),
    note: () => msg('newsroom-annotation-set v1: everything, for colleagues and backups'),
  },
  {
    format: 'w3c',
    label: () => 'W3C Web Annotation',
    note: () => msg('JSON-LD AnnotationCollection with quote and position selectors'),
  },
  { format: 'jsonl', label: () => msg('Training JSONL'), note: () => msg('one article a line, for doccano and spaCy') },
  { format: 'claimreview', label: () => 'ClaimReview', note: () => msg('schema.org JSON-LD for claims with a verdict') },
  { format: 'csv', label: () => 'CSV', note: () => msg('one row per annotation, opens in Excel') },
];

const PUBLISHER_KEY = 'newsroom-annotator:publisher-name';
const ARTICLE_URL_KEY = 'newsroom-annotator:article-url';

@customElement('nr-export-dialog')
@localized()
export class NrExportDialog extends LitElement {
  static override styles = [
    dialogStyles,
    css`
      dialog {
        min-width: 340px;
      }
      fieldset {
        margin-bottom: 12px;
      }
      .hint {
        color: #5f5a50;
        font-size: 13px;
      }
      .publisher label {
        display: grid;
        gap: 2px;
        font-size: 13px;
      }
      .publisher input {
        font: inherit;
        padding: 4px 6px;
        border: 1px solid #cfc7b4;
        border-radius: 5px;
      }
      .note {
        margin: 0 0 16px;
      }
      .choices {
        max-height: 12em;
        overflow: auto;
        margin: 4px 0 0 22px;
        padding: 4px 8px;
        border: 1px solid #e2dccd;
        border-radius: 5px;
      }
      .choices label {
        display: block;
      }
      .problem {
        color: #a11;
        font-size: 13px;
      }
    `,
  ];

  /** Title of the open article; when null only the whole library can be exported. */
  @property({ attribute: false }) articleTitle: string | null = null;
  @property({ type: Number }) articleCount = 0;

  @state() private _scope: ExportScope = 'article';
  @state() private _choices: readonly ExportChoice[] = [];
  @state() private _selected = new Set<string>();
  @state() private _format: ExportFormat = 'native';
  @state() private _publisherName = localStorage.getItem(PUBLISHER_KEY) ?? '';
  @state() private _articleUrl = localStorage.getItem(ARTICLE_URL_KEY) ?? '';
  @query('dialog') private _dialog!: HTMLDialogElement | null;
  private readonly _answer = new DialogAnswer<ExportDetail>();

  /**
   * Asks what to export; `choices` are the library's articles, and `currentId` the open one, picked to begin with.
   * Resolves with the editor's choice, or null when they cancel.
   */
  ask(choices: readonly ExportChoice[], currentId: string | null): Promise<ExportDetail | null> {
    this._scope = this.articleTitle === null ? 'all' : 'article';
    this._choices = choices;
    this._selected = new Set(currentId === null ? [] : [currentId]);
    return this._answer.ask(this._dialog);
  }

  override render() {
    return html`<dialog aria-labelledby="export-heading" @close=${() => this._answer.settle(null)}>
      <form method="dialog" @submit=${this._onSubmit}>
        <h2 id="export-heading">${msg('Export annotations')}</h2>
        <fieldset>
          <legend class="note">${msg('What to export')}</legend>
          ${this._renderScope('article', this._thisArticleLabel())} ${this._renderScope('all', this._allArticlesLabel())}
          ${this._renderScope('selected', this._chosenArticlesLabel())}
          ${this._scope === 'selected' ? this._renderChoices() : nothing}
        </fieldset>
        <fieldset>
          <legend class="note">${msg('Format (offsets always in Unicode code points)')}</legend>
          ${EXPORT_FORMATS.map(
            (option) =>
              html`<label>
                <input
                  type="radio"
                  name="format"
                  value=${option.format}
                  .checked=${this._format === option.format}
                  @change=${() => (this._format = option.format)}
                />
                ${option.label()} <span class="hint">— ${option.note()}</span>
              </label>`,
          )}
        </fieldset>
        ${
          this._format === 'claimreview'
            ? html`<fieldset class="publisher">
                <legend class="note">${msg('Published by')}</legend>
                <label
                  >${msg('Newsroom name')}
                  <input
                    required
                    .value=${this._publisherName}
                    @input=${(event: Event) => (this._publisherName = (event.target as HTMLInputElement).value)}
                /></label>
                <label
                  >${msg('Article address (URL)')}
                  <input
                    type="url"
                    required
                    .value=${this._articleUrl}
                    @input=${(event: Event) => (this._articleUrl = (event.target as HTMLInputElement).value)}
                /></label>
              </fieldset>`
            : nothing
        }
        <div class="buttons">
          <button type="button" @click=${() => this._dialog?.close()}>${msg('Cancel')}</button>
          <button type="submit" class="primary">${msg('Save export')}</button>
        </div>
      </form>
    </dialog>`;
  }

  private _thisArticleLabel(): string {
    const title = this.articleTitle;
    return title === null ? msg('This article') : msg(str`This article: ${title}`);
  }

  private _allArticlesLabel(): string {
    const count = formatNumber(this.articleCount);
    return msg(str`All articles (${count})`);
  }

  private _chosenArticlesLabel(): string {
    const chosen = formatNumber(this._selected.size);
    return msg(str`Articles I choose (${chosen} chosen)`);
  }

  private _renderScope(scope: ExportScope, label: string) {
    return html`<label>
      <input
        type="radio"
        name="scope"
        value=${scope}
        ?disabled=${scope === 'article' && this.articleTitle === null}
        .checked=${this._scope === scope}
        @change=${() => (this._scope = scope)}
      />
      ${label}
    </label>`;
  }

  private _renderChoices() {
    return html`<div class="choices" role="group" aria-label=${msg('Articles to export')}>
        ${this._choices.map(
          (choice) =>
            html`<label>
              <input
                type="checkbox"
                .checked=${this._selected.has(choice.id)}
                @change=${(event: Event) => this._choose(choice.id, (event.target as HTMLInputElement).checked)}
              />
              ${choice.title} <span class="hint">(${formatNumber(choice.annotationCount)})</span>
            </label>`,
        )}
      </div>
      ${this._selected.size === 0 ? html`<p class="problem" role="alert">${msg('Choose at least one article.')}</p>` : nothing}`;
  }

  private _choose(id: string, chosen: boolean): void {
    const selected = new Set(this._selected);
    if (chosen) selected.add(id);
    else selected.delete(id);
    this._selected = selected;
  }

  private _onSubmit(event: SubmitEvent): void {
    if (this._scope === 'selected' && this._selected.size === 0) {
      event.preventDefault();
      return;
    }
    if (this._format === 'claimreview') {
      localStorage.setItem(PUBLISHER_KEY, this._publisherName.trim());
      localStorage.setItem(ARTICLE_URL_KEY, this._articleUrl.trim());
    }
    const detail: ExportDetail = {
      scope: this._scope,
      // In library order, so an export lists articles as the editor sees them.
      articleIds: this._choices.filter((choice) => this._selected.has(choice.id)).map((choice) => choice.id),
      format: this._format,
      publisherName: this._publisherName.trim(),
      articleUrl: this._articleUrl.trim(),
    };
    this._answer.settle(detail);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-export-dialog': NrExportDialog;
  }
}
