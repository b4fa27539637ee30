// Asks the editor to confirm an action that replaces data, saying what it replaces.
import { css, html, LitElement } from 'lit';
import { localized, msg } from '@lit/localize';
import { customElement, query, state } from 'lit/decorators.js';
import { DialogAnswer } from '../dialogs/dialog-answer';
import { dialogStyles } from '../styles/shared-styles';

@customElement('nr-confirm-dialog')
@localized()
export class NrConfirmDialog extends LitElement {
  static override styles = [
    dialogStyles,
    css`
      dialog {
        max-width: 460px;
      }
      p {
        margin: 0 0 16px;
      }
    `,
  ];

  @state() private _heading = '';
  @state() private _message = '';
  @state() private _confirmLabel = '';
  @query('dialog') private _dialog!: HTMLDialogElement | null;
  private readonly _answer = new DialogAnswer<boolean>();

  /** Resolves true when the editor confirms, false when they cancel or close the dialog. */
  async ask(heading: string, message: string, confirmLabel: string): Promise<boolean> {
    this._heading = heading;
    this._message = message;
    this._confirmLabel = confirmLabel;
    return (await this._answer.ask(this._dialog)) === true;
  }

  override render() {
    return html`<dialog aria-labelledby="confirm-heading" @close=${() => this._answer.settle(false)}>
      <h2 id="confirm-heading">${this._heading}</h2>
      <p>${this._message}</p>
      <div class="buttons">
        <button type="button" @click=${() => this._dialog?.close()}>${msg('Cancel')}</button>
        <button type="button" class="primary" @click=${this._confirm}>${this._confirmLabel}</button>
      </div>
    </dialog>`;
  }

  private _confirm(): void {
    this._answer.settle(true);
    this._dialog?.close();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-confirm-dialog': NrConfirmDialog;
  }
}
