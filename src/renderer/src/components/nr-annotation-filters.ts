// The annotation list's filters: a tag, a claim status and text; each change goes to the core's session.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { tagLabel } from '../tag-labels';
import type { ClaimStatus, Tag } from '../../../shared/annotation';
import { CLAIM_STATUSES } from '../../../shared/annotation';
import type { AnnotationFilters } from '../app/session';
import { claimStatusFilterLabel } from '../claim-status-labels';

@customElement('nr-annotation-filters')
@localized()
export class NrAnnotationFilters extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 4px;
      margin: 0 4px 8px;
    }
    input {
      grid-column: span 2;
    }
    select,
    input {
      font:
        13px/1.3 'PT Sans',
        system-ui,
        sans-serif;
      padding: 3px 5px;
      border: 1px solid #cfc7b4;
      border-radius: 5px;
      background: #fff;
      min-width: 0;
    }
  `;

  @property({ attribute: false }) tags: readonly Tag[] = [];
  @property({ attribute: false }) filters: AnnotationFilters = { tag: '', status: '', text: '' };

  override render() {
    return html`<select
        aria-label=${msg('Show tag')}
        @change=${(event: Event) => this._change({ tag: (event.target as HTMLSelectElement).value })}
      >
        <option value="">${msg('All tags')}</option>
        ${this.tags.map((tag) => html`<option value=${tag.id} ?selected=${tag.id === this.filters.tag}>${tagLabel(tag)}</option>`)}
      </select>
      <select
        aria-label=${msg('Show claim status')}
        @change=${(event: Event) => this._change({ status: (event.target as HTMLSelectElement).value as ClaimStatus | '' })}
      >
        <option value="">${msg('Any status')}</option>
        ${CLAIM_STATUSES.map(
          (status) =>
            html`<option value=${status} ?selected=${status === this.filters.status}>${claimStatusFilterLabel(status)}</option>`,
        )}
      </select>
      <input
        type="search"
        aria-label=${msg('Filter by text')}
        placeholder=${msg('Filter by text')}
        .value=${this.filters.text}
        @input=${(event: Event) => this._change({ text: (event.target as HTMLInputElement).value })}
      />`;
  }

  private _change(change: Partial<AnnotationFilters>): void {
    this.dispatchEvent(
      new CustomEvent<Partial<AnnotationFilters>>('nr-filters-change', { detail: change, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-annotation-filters': NrAnnotationFilters;
  }
  interface HTMLElementEventMap {
    'nr-filters-change': CustomEvent<Partial<AnnotationFilters>>;
  }
}
