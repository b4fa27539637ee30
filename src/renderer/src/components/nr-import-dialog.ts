// Shows what an import will change before anything is written, and asks the editor to confirm.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { ImportPreview } from '../db/import';
import { DialogAnswer } from '../dialogs/dialog-answer';
import { dialogStyles } from '../styles/shared-styles';

/** More annotations than this in one list are counted, not listed. */
const MAX_LISTED = 20;

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
      .listed {
        max-height: 10em;
        overflow: auto;
        margin: 0 0 16px;
        padding-left: 1.2em;
        color: #7a4b00;
      }
      p {
        margin: 0 0 12px;
        max-width: 60ch;
      }
    `,
  ];

  @state() private _fileName = '';
  @state() private _preview: ImportPreview = {
    counts: { added: 0, updated: 0, unchanged: 0, skipped: 0 },
    newArticles: 0,
    newTags: [],
    newIds: [],
  };
  @state() private _notPlaced: readonly string[] = [];
  private readonly _answer = new DialogAnswer<boolean>();
  @query('dialog') private _dialog!: HTMLDialogElement | null;

  /**
   * Shows what importing `fileName` will do; `notPlaced` describes annotations of the file that will be left out.
   * Resolves true when the editor chooses Import.
   */
  async ask(fileName: string, preview: ImportPreview, notPlaced: readonly string[]): Promise<boolean> {
    this._fileName = fileName;
    this._preview = preview;
    this._notPlaced = notPlaced;
    return (await this._answer.ask(this._dialog)) === true;
  }

  override render() {
    const { counts, newArticles, newTags, newIds } = this._preview;
    const { added, updated, unchanged, skipped } = counts;
    return html`<dialog aria-labelledby="import-heading" @close=${() => this._answer.settle(false)}>
      <h2 id="import-heading">Import ${this._fileName}</h2>
      ${newArticles > 0 ? html`<p>${newArticles === 1 ? 'One new article' : `${newArticles} new articles`} will be added to the library.</p>` : nothing}
      ${newTags.length > 0 ? html`<p>New tags for names the library has no tag for: ${newTags.join(', ')}.</p>` : nothing}
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
      ${this._renderList('new-ids-heading', 'Added with a new id, as their id is taken by another article’s annotation:', newIds)}
      ${this._renderList('not-placed-heading', 'Left out, as they could not be placed:', this._notPlaced)}
      <div class="buttons">
        <button type="button" @click=${() => this._dialog?.close()}>Cancel</button>
        <button type="button" class="primary" @click=${this._confirm}>Import</button>
      </div>
    </dialog>`;
  }

  private _renderList(id: string, heading: string, lines: readonly string[]) {
    if (lines.length === 0) return nothing;
    return html`<p id=${id}>${heading}</p>
      <ul class="listed" aria-labelledby=${id}>
        ${lines.slice(0, MAX_LISTED).map((line) => html`<li>${line}</li>`)}
        ${lines.length > MAX_LISTED ? html`<li>and ${lines.length - MAX_LISTED} more</li>` : nothing}
      </ul>`;
  }

  private _confirm(): void {
    this._answer.settle(true);
    this._dialog?.close();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-import-dialog': NrImportDialog;
  }
}
