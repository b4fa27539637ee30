// Asks what to export (this article or the whole library) before the save dialog.
import { css, html, LitElement } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { dialogStyles } from '../styles/shared-styles';

export type ExportScope = 'article' | 'all';

export interface ExportDetail {
  scope: ExportScope;
}

@customElement('nr-export-dialog')
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
      .note {
        margin: 0 0 16px;
      }
    `,
  ];

  /** Title of the open article; when null only the whole library can be exported. */
  @property({ attribute: false }) articleTitle: string | null = null;
  @property({ type: Number }) articleCount = 0;

  @state() private _scope: ExportScope = 'article';
  @query('dialog') private _dialog!: HTMLDialogElement | null;

  get isOpen(): boolean {
    return this._dialog?.open ?? false;
  }

  show(): void {
    this._scope = this.articleTitle === null ? 'all' : 'article';
    this._dialog?.showModal();
  }

  override render() {
    return html`<dialog aria-labelledby="export-heading">
      <form method="dialog" @submit=${this._onSubmit}>
        <h2 id="export-heading">Export annotations</h2>
        <fieldset>
          <legend class="note">Native JSON (newsroom-annotation-set v1), offsets in Unicode code points.</legend>
          <label>
            <input
              type="radio"
              name="scope"
              value="article"
              ?disabled=${this.articleTitle === null}
              .checked=${this._scope === 'article'}
              @change=${() => (this._scope = 'article')}
            />
            This article${this.articleTitle === null ? '' : `: ${this.articleTitle}`}
          </label>
          <label>
            <input
              type="radio"
              name="scope"
              value="all"
              .checked=${this._scope === 'all'}
              @change=${() => (this._scope = 'all')}
            />
            All articles (${this.articleCount})
          </label>
        </fieldset>
        <div class="buttons">
          <button type="button" @click=${() => this._dialog?.close()}>Cancel</button>
          <button type="submit" class="primary">Save export</button>
        </div>
      </form>
    </dialog>`;
  }

  private _onSubmit(): void {
    this.dispatchEvent(
      new CustomEvent<ExportDetail>('nr-export', { detail: { scope: this._scope }, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-export-dialog': NrExportDialog;
  }
  interface HTMLElementEventMap {
    'nr-export': CustomEvent<ExportDetail>;
  }
}
