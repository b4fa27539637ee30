// Lets the editor read a text file again with another encoding when detection was wrong, previewing the result.
import { css, html, LitElement } from 'lit';
import { localized, msg } from '@lit/localize';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ENCODING_CHOICES } from '../../../shared/article/encodings';
import { DialogAnswer } from '../dialogs/dialog-answer';
import { dialogStyles, visuallyHidden } from '../styles/shared-styles';

/** Enough of the file to recognise readable text, small enough to decode on every choice. */
const PREVIEW_BYTES = 1200;

@customElement('nr-encoding-dialog')
@localized()
export class NrEncodingDialog extends LitElement {
  static override styles = [
    dialogStyles,
    visuallyHidden,
    css`
      dialog {
        width: min(640px, 90vw);
      }
      .columns {
        display: grid;
        grid-template-columns: 220px 1fr;
        gap: 16px;
      }
      label {
        padding: 3px 0;
      }
      .preview {
        font:
          14px/1.45 'PT Serif',
          Georgia,
          serif;
        background: #fff;
        border: 1px solid #e2ddd2;
        border-radius: 6px;
        padding: 8px 10px;
        height: 220px;
        overflow: auto;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        margin: 0;
      }
      .note {
        margin: 12px 0 16px;
      }
    `,
  ];

  /** Encoding the article was read with. */
  @property() currentEncoding = 'utf-8';

  @state() private _choice = 'utf-8';
  @state() private _bytes: Uint8Array | null = null;
  @query('dialog') private _dialog!: HTMLDialogElement | null;
  private readonly _answer = new DialogAnswer<string>();

  /** Opens the dialog over the bytes of the article's file; resolves with the encoding chosen, or null. */
  ask(bytes: Uint8Array): Promise<string | null> {
    this._bytes = bytes;
    this._choice = this.currentEncoding;
    return this._answer.ask(this._dialog);
  }

  override render() {
    const preview = this._bytes ? new TextDecoder(this._choice).decode(this._bytes.subarray(0, PREVIEW_BYTES)) : '';
    return html`<dialog aria-labelledby="encoding-heading" @close=${() => this._answer.settle(null)}>
      <form method="dialog" @submit=${this._onSubmit}>
        <h2 id="encoding-heading">${msg('Reopen with encoding')}</h2>
        <div class="columns">
          <fieldset>
            <legend class="visually-hidden">${msg('Encoding')}</legend>
            ${ENCODING_CHOICES.map(
              (choice) =>
                html`<label
                  ><input
                    type="radio"
                    name="encoding"
                    .value=${choice.label}
                    .checked=${choice.label === this._choice}
                    @change=${() => (this._choice = choice.label)}
                  />
                  ${choice.name}</label
                >`,
            )}
          </fieldset>
          <pre class="preview" role="region" tabindex="0" aria-label=${msg('Preview')}>${preview}</pre>
        </div>
        <p class="note">
          ${msg('The text will change, so it opens as a separate article in the library. This article and its annotations stay as they are.')}
        </p>
        <div class="buttons">
          <button type="button" @click=${() => this._dialog?.close()}>${msg('Cancel')}</button>
          <button type="submit" class="primary" ?disabled=${this._choice === this.currentEncoding}>
            ${msg('Reopen as new article')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  private _onSubmit(): void {
    this._answer.settle(this._choice);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-encoding-dialog': NrEncodingDialog;
  }
}
