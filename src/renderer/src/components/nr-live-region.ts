// What just happened, said to screen-reader users in a polite live region. An element of its own, so that an
// announcement renders this element only: in the app's template, each one rendered the whole window twice, inside
// the task that shows a stored tag.
import { html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { visuallyHidden } from '../styles/shared-styles';

@customElement('nr-live-region')
export class NrLiveRegion extends LitElement {
  static override styles = visuallyHidden;

  @state() private _message = '';

  announce(message: string): void {
    // Cleared first so that the same message twice is announced twice.
    this._message = '';
    void this.updateComplete.then(() => (this._message = message));
  }

  override render() {
    return html`<div class="visually-hidden" aria-live="polite">${this._message}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-live-region': NrLiveRegion;
  }
}
