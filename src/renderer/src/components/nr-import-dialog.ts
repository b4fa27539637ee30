// Shows what an import will change before anything is written, and asks the editor to confirm.
import { css, html, LitElement } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { ImportCounts } from '../db/import';
import { dialogStyles } from '../styles/shared-styles';

@customElement('nr-import-dialog')
export class NrImportDialog extends LitElement {
  static override styles = [
    dialogStyles,
    css`
      dialog {
        min-width: 360px;
      }
      dl {
        display: grid;
        grid-template-columns: auto auto;
        gap: 4px 16px;
        margin: 0 0 16px;
      }
      dd {
        margin: 0;
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  @state() private _fileName = '';
  @state() private _counts: ImportCounts = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  @query('dialog') private _dialog!: HTMLDialogElement | null;

  get isOpen(): boolean {
    return this._dialog?.open ?? false;
  }

  show(fileName: string, counts: ImportCounts): void {
    this._fileName = fileName;
    this._counts = counts;
    this._dialog?.showModal();
  }

  override render() {
    const { added, updated, unchanged, skipped } = this._counts;
    return html`<dialog aria-labelledby="import-heading">
      <h2 id="import-heading">Import ${this._fileName}</h2>
      <dl aria-label="Annotations in the file">
        <dt>New, to be added</dt>
        <dd>${added}</dd>
        <dt>Newer in the file, to be updated</dt>
        <dd>${updated}</dd>
        <dt>Already the same</dt>
        <dd>${unchanged}</dd>
        <dt>Newer in the library, kept</dt>
        <dd>${skipped}</dd>
      </dl>
      <div class="buttons">
        <button type="button" @click=${() => this._dialog?.close()}>Cancel</button>
        <button type="button" class="primary" @click=${this._confirm}>Import</button>
      </div>
    </dialog>`;
  }

  private _confirm(): void {
    this._dialog?.close();
    this.dispatchEvent(new CustomEvent('nr-confirm-import', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-import-dialog': NrImportDialog;
  }
  interface HTMLElementEventMap {
    'nr-confirm-import': CustomEvent<void>;
  }
}
