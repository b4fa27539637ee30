// The versions of the open article's story, in its head line: which one is shown, and the others to open.
import { css, html, LitElement, nothing } from 'lit';
import { localized, msg, str } from '@lit/localize';
import { customElement, property } from 'lit/decorators.js';
import type { ArticleRecord } from '../db/database';

@customElement('nr-version-picker')
@localized()
export class NrVersionPicker extends LitElement {
  static override styles = css`
    select {
      font: inherit;
      border: 1px solid #b9b2a3;
      border-radius: 4px;
      background: #fff;
      padding: 0 4px;
    }
  `;

  /** The story's versions, oldest first: a story of one version shows nothing. */
  @property({ attribute: false }) versions: readonly ArticleRecord[] = [];
  @property({ attribute: false }) currentId: string | null = null;

  override render() {
    const versions = this.versions;
    if (versions.length < 2) return nothing;
    const newest = versions.length;
    return html`<label
      >${msg('Version')}
      <select @change=${this._onChange}>
        ${versions.map((version, index) => {
          const number = version.version ?? index + 1;
          return html`<option value=${version.id} ?selected=${version.id === this.currentId}>
            ${number === newest ? msg(str`${number} of ${newest} (newest)`) : msg(str`${number} of ${newest}`)}
          </option>`;
        })}
      </select></label
    >`;
  }

  private _onChange(event: Event): void {
    const articleId = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new CustomEvent('nr-open-article', { detail: { articleId }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-version-picker': NrVersionPicker;
  }
}
