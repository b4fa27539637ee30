// Shows what an import will change before anything is written, and asks the editor to confirm.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatNumber } from '../../../shared/i18n/formatting';
import { articlesLabel } from '../count-labels';
import type { ImportPreview } from '../db/import';
import { DialogAnswer } from '../dialogs/dialog-answer';
import { dialogStyles } from '../styles/shared-styles';

/** More annotations than this in one list are counted, not listed. */
const MAX_LISTED = 20;

@customElement('nr-import-dialog')
@localized()
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
      <h2 id="import-heading">${msg(str`Import ${this._fileName}`)}</h2>
      ${newArticles > 0 ? html`<p>${this._newArticlesLine(newArticles)}</p>` : nothing}
      ${newTags.length > 0 ? html`<p>${this._newTagsLine(newTags)}</p>` : nothing}
      <dl aria-label=${msg('Annotations in the file')}>
        <dt>${msg('New, to be added')}</dt>
        <dd>${formatNumber(added)}</dd>
        <dt>${msg('Newer in the file, to be updated')}</dt>
        <dd>${formatNumber(updated)}</dd>
        <dt>${msg('Already the same')}</dt>
        <dd>${formatNumber(unchanged)}</dd>
        <dt>${msg('Newer in the library, kept')}</dt>
        <dd>${formatNumber(skipped)}</dd>
      </dl>
      ${this._renderList('new-ids-heading', msg('Added with a new id, as their id is taken by another article’s annotation:'), newIds)}
      ${this._renderList('not-placed-heading', msg('Left out, as they could not be placed:'), this._notPlaced)}
      <div class="buttons">
        <button type="button" @click=${() => this._dialog?.close()}>${msg('Cancel')}</button>
        <button type="button" class="primary" @click=${this._confirm}>${msg('Import')}</button>
      </div>
    </dialog>`;
  }

  private _newArticlesLine(count: number): string {
    const articles = articlesLabel(count);
    return msg(str`${articles} will be added to the library.`);
  }

  private _newTagsLine(tags: readonly string[]): string {
    const names = tags.join(', ');
    return msg(str`New tags for names the library has no tag for: ${names}.`);
  }

  private _moreLine(count: number): string {
    const more = formatNumber(count);
    return msg(str`and ${more} more`);
  }

  private _renderList(id: string, heading: string, lines: readonly string[]) {
    if (lines.length === 0) return nothing;
    return html`<p id=${id}>${heading}</p>
      <ul class="listed" aria-labelledby=${id}>
        ${lines.slice(0, MAX_LISTED).map((line) => html`<li>${line}</li>`)}
        ${lines.length > MAX_LISTED ? html`<li>${this._moreLine(lines.length - MAX_LISTED)}</li>` : nothing}
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
