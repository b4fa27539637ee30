// Asks whether a file that is an edited copy of a story in the library opens as the story's new version (its
// annotations carried over) or as an article of its own, and whether to ask again.
import { css, html, LitElement } from 'lit';
import { localized, msg, str } from '@lit/localize';
import { customElement, query, state } from 'lit/decorators.js';
import type { VersionAnswer, VersionQuestion } from '../app/new-versions';
import { DialogAnswer } from '../dialogs/dialog-answer';
import { dialogStyles } from '../styles/shared-styles';

@customElement('nr-version-dialog')
@localized()
export class NrVersionDialog extends LitElement {
  static override styles = [
    dialogStyles,
    css`
      dialog {
        max-width: 500px;
      }
      p {
        margin: 0 0 12px;
      }
      label {
        display: flex;
        gap: 8px;
        align-items: center;
        margin: 0 0 16px;
      }
    `,
  ];

  @state() private _question: VersionQuestion | null = null;
  @state() private _always = false;
  @query('dialog') private _dialog!: HTMLDialogElement | null;
  private readonly _answer = new DialogAnswer<VersionAnswer>();

  /** Resolves with the editor's choice, or null when they cancel or close the dialog: the file is then not opened. */
  async ask(question: VersionQuestion): Promise<VersionAnswer | null> {
    this._question = question;
    this._always = false;
    await this.updateComplete;
    return this._answer.ask(this._dialog);
  }

  override render() {
    const question = this._question;
    const version = question?.previous.version ?? 1;
    return html`<dialog aria-labelledby="version-heading" @close=${() => this._answer.settle(null)}>
      <h2 id="version-heading">${msg(str`A new version of “${question?.previous.title ?? ''}”?`)}</h2>
      <p>
        ${msg(str`${question?.fileName ?? ''} differs from version ${version} of this story in the library. As its new version, it keeps the story's annotations where their text still stands; those that cannot be placed are listed for you to place or drop.`)}
      </p>
      <label>
        <input
          type="checkbox"
          .checked=${this._always}
          @change=${(event: Event) => (this._always = (event.target as HTMLInputElement).checked)}
        />
        ${msg('Always open edited copies as new versions')}
      </label>
      <div class="buttons">
        <button type="button" @click=${() => this._dialog?.close()}>${msg('Cancel')}</button>
        <button type="button" @click=${() => this._choose(false)}>${msg('Open as a separate article')}</button>
        <button type="button" class="primary" @click=${() => this._choose(true)}>
          ${msg(str`Open as version ${version + 1}`)}
        </button>
      </div>
    </dialog>`;
  }

  private _choose(asVersion: boolean): void {
    this._answer.settle({ asVersion, always: this._always });
    this._dialog?.close();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-version-dialog': NrVersionDialog;
  }
}
