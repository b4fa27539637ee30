// Asks what to export (this article or the whole library) before the save dialog.
import { css, html, LitElement } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';

export type ExportScope = 'article' | 'all';

export interface ExportDetail {
  scope: ExportScope;
}

@customElement('nr-export-dialog')
export class NrExportDialog extends LitElement {
  static override styles = css`
    dialog {
      border: 1px solid #cfc7b4;
      border-radius: 10px;
      padding: 20px 24px;
      font:
        15px/1.4 'PT Sans',
        system-ui,
        sans-serif;
      color: #1d1b17;
      min-width: 340px;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.25);
    }
    h2 {
      margin: 0 0 12px;
      font-size: 18px;
    }
    fieldset {
      border: none;
      margin: 0 0 12px;
      padding: 0;
    }
    label {
      display: block;
      padding: 4px 0;
    }
    .note {
      font-size: 13px;
      color: #5f5a50;
      margin: 0 0 16px;
    }
    .buttons {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
    button {
      font: inherit;
      padding: 6px 14px;
      border-radius: 6px;
      border: 1px solid #b9b2a3;
      background: #fff;
      cursor: pointer;
    }
    button.primary {
      background: #1d4ed8;
      border-color: #1d4ed8;
      color: #fff;
    }
  `;

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
