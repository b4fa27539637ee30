// What a new version of the story could not carry over from the one before: each annotation with its tag, its text
// and note, to place again (choose it, select where it stands now, press Enter) or to drop.
import { css, html, LitElement, nothing } from 'lit';
import { localized, msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatNumber } from '../../../shared/i18n/formatting';
import { textLanguage } from '../../../shared/text/text-language';
import { tagLabel } from '../tag-labels';
import { customElement, property } from 'lit/decorators.js';
import type { Tag } from '../../../shared/annotation';
import type { Orphan } from '../db/database';
import { styleProperties } from '../directives/style-properties';

/** Which orphan the editor chose to place (null: none), or dropped. */
export interface OrphanDetail {
  orphanId: string | null;
}

@customElement('nr-orphans')
@localized()
export class NrOrphans extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin: 0 2px 16px;
    }
    h2 {
      font-size: 12px;
      text-transform: uppercase;
      letter-spacing: 0.06em;
      color: #5f5a50;
      margin: 4px 8px 6px;
    }
    p {
      margin: 0 8px 8px;
      font-size: 13px;
      color: #5f5a50;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      border: 1px dashed #c9a19b;
      border-radius: 6px;
      padding: 6px 8px;
      margin: 0 0 6px;
      background: #fff;
    }
    li[data-placing] {
      border-style: solid;
      border-color: #1d4ed8;
    }
    .tag {
      font-size: 11px;
      text-transform: uppercase;
      letter-spacing: 0.05em;
      color: #5f5a50;
    }
    .tag::before {
      content: '';
      display: inline-block;
      width: 9px;
      height: 9px;
      border-radius: 2px;
      margin-right: 5px;
      background: var(--swatch);
    }
    .quote {
      margin: 2px 0 6px;
      font-family: 'PT Serif', Georgia, serif;
    }
    .actions {
      display: flex;
      gap: 6px;
    }
    button {
      font: inherit;
      font-size: 13px;
      padding: 2px 8px;
      border-radius: 4px;
      border: 1px solid #b9b2a3;
      background: #fff;
      cursor: pointer;
    }
    button[aria-pressed='true'] {
      background: #dbe4fb;
      border-color: #1d4ed8;
    }
  `;

  @property({ attribute: false }) orphans: readonly Orphan[] = [];
  @property({ attribute: false }) tags: readonly Tag[] = [];
  @property({ attribute: false }) placingId: string | null = null;

  override render() {
    if (this.orphans.length === 0) return nothing;
    return html`<section aria-labelledby="orphans-heading">
      <h2 id="orphans-heading">${msg(str`Orphans · ${formatNumber(this.orphans.length)}`)}</h2>
      <p>
        ${
          this.placingId
            ? msg('Select where it stands in this version, then press Enter; Escape stops.')
            : msg('The previous version’s annotations whose text this version changed or cut.')
        }
      </p>
      <ul>
        ${this.orphans.map((orphan) => this._renderOrphan(orphan))}
      </ul>
    </section>`;
  }

  private _renderOrphan(orphan: Orphan) {
    const { annotation } = orphan;
    const tag = this.tags.find((candidate) => candidate.id === annotation.tag);
    const placing = orphan.id === this.placingId;
    const quote = annotation.quote.length > 120 ? `${annotation.quote.slice(0, 120)}…` : annotation.quote;
    return html`<li ?data-placing=${placing}>
      <div class="tag" style=${styleProperties({ '--swatch': tag?.color ?? '#999' })}>
        ${tag ? tagLabel(tag) : annotation.tag}
      </div>
      <div class="quote" lang=${ifDefined(textLanguage(quote))}>${quote}</div>
      ${annotation.note ? html`<p>${annotation.note}</p>` : nothing}
      <div class="actions">
        <button
          type="button"
          aria-pressed=${String(placing)}
          aria-label=${msg(str`Place “${quote}”`)}
          @click=${() => this._send('nr-place-orphan', placing ? null : orphan.id)}
        >
          ${msg('Place…')}
        </button>
        <button type="button" aria-label=${msg(str`Drop “${quote}”`)} @click=${() => this._send('nr-drop-orphan', orphan.id)}>
          ${msg('Drop')}
        </button>
      </div>
    </li>`;
  }

  private _send(type: 'nr-place-orphan' | 'nr-drop-orphan', orphanId: string | null): void {
    this.dispatchEvent(new CustomEvent<OrphanDetail>(type, { detail: { orphanId }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-orphans': NrOrphans;
  }
  interface HTMLElementEventMap {
    'nr-place-orphan': CustomEvent<OrphanDetail>;
    'nr-drop-orphan': CustomEvent<OrphanDetail>;
  }
}
