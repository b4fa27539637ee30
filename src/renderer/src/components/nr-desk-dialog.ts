// The desk's sync settings: the desk's CouchDB database, the editor's name and password on its server, and whether
// to sync. A refused password comes back here with the server's answer; nothing is sent with it.
import { css, html, LitElement, nothing } from 'lit';
import { localized, msg } from '@lit/localize';
import { customElement, query, state } from 'lit/decorators.js';
import type { DeskAnswer, DeskQuestion } from '../app/desk-sync-state';
import { DialogAnswer } from '../dialogs/dialog-answer';
import { dialogStyles } from '../styles/shared-styles';

@customElement('nr-desk-dialog')
@localized()
export class NrDeskDialog extends LitElement {
  static override styles = [
    dialogStyles,
    css`
      dialog {
        width: min(520px, 90vw);
      }
      label {
        display: grid;
        gap: 3px;
        margin-bottom: 8px;
      }
      input {
        font: inherit;
        padding: 5px 8px;
        border: 1px solid #b9b2a3;
        border-radius: 6px;
      }
      .problem {
        color: #8f1d12;
        font-weight: bold;
      }
      .note {
        margin: 4px 0 16px;
      }
      .stop {
        margin-right: auto;
      }
    `,
  ];

  @state() private _question: DeskQuestion | null = null;
  @query('dialog') private _dialog!: HTMLDialogElement | null;
  @query('form') private _form!: HTMLFormElement | null;
  private readonly _answer = new DialogAnswer<DeskAnswer>();

  /** Shows the settings as they are; resolves with the editor's answer, or null when they cancel. */
  async ask(question: DeskQuestion): Promise<DeskAnswer | null> {
    this._question = question;
    await this.updateComplete;
    this._form?.reset();
    return this._answer.ask(this._dialog);
  }

  override render() {
    const question = this._question;
    return html`<dialog aria-labelledby="desk-heading" @close=${() => this._answer.settle(null)}>
      <form method="dialog" @submit=${this._onSubmit}>
        <h2 id="desk-heading">${msg('Sync with the desk')}</h2>
        ${question?.problem ? html`<p class="problem" role="alert">${question.problem}</p>` : nothing}
        <label
          >${msg("The desk's database")}
          <input
            name="url"
            type="url"
            required
            autocomplete="url"
            placeholder=${msg('https://…')}
            .defaultValue=${question?.url ?? ''}
        /></label>
        <label
          >${msg('Your name on its server')}
          <input name="userName" required autocomplete="username" .defaultValue=${question?.userName ?? ''}
        /></label>
        <label>${msg('Password')} <input name="password" type="password" required autocomplete="current-password" /></label>
        <p class="note">
          ${msg(
            "Articles, annotations, entities and tags are shared with everyone on the desk, and work goes on offline. The password is checked with the desk's server before anything is sent, and is never stored in the library or in exports.",
          )}
        </p>
        <div class="buttons">
          ${
            question?.syncing
              ? html`<button type="button" class="stop" @click=${this._onStop}>${msg('Stop syncing')}</button>`
              : nothing
          }
          <button type="button" @click=${() => this._dialog?.close()}>${msg('Cancel')}</button>
          <button type="submit" class="primary">${msg('Sync')}</button>
        </div>
      </form>
    </dialog>`;
  }

  private _onSubmit(event: SubmitEvent): void {
    const form = new FormData(event.target as HTMLFormElement);
    const field = (name: string): string => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    this._answer.settle({
      action: 'sync',
      // A password is taken as typed: spaces may be part of it.
      desk: { url: field('url').trim(), userName: field('userName').trim(), password: field('password') },
    });
  }

  private _onStop(): void {
    this._answer.settle({ action: 'stop' });
    this._dialog?.close();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-desk-dialog': NrDeskDialog;
  }
}
