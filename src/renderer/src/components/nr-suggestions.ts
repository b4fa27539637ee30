// The suggestions of the open article, in a bar under it: how many of each kind are left (each kind accepted all at
// once), the one the keys are on with its accept and reject buttons, and the switch that turns them off. The bar keeps
// its height from the moment the article opens until the suggestions arrive, so the article above it does not jump
// under the editor's mouse.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatNumber } from '../../../shared/i18n/formatting';
import { tagLabel } from '../tag-labels';
import type { Tag } from '../../../shared/annotation';
import type { SuggestedTag, Suggestion } from '../../../shared/suggestions/suggest';
import type { SuggestionStatus } from '../app/article-suggestions';
import { styleProperties } from '../directives/style-properties';
import { keyHintStyles, panelListStyles } from '../styles/shared-styles';

export interface SuggestionDecisionDetail {
  id: string;
  /** Accepted as this tag rather than as suggested. */
  asTag?: string;
}

export interface AcceptAllDetail {
  tag: SuggestedTag;
}

function send(
  element: HTMLElement,
  name: string,
  detail: SuggestionDecisionDetail | AcceptAllDetail | { enabled: boolean },
): void {
  element.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

@customElement('nr-suggestions')
@localized()
export class NrSuggestions extends LitElement {
  static override styles = [
    panelListStyles,
    keyHintStyles,
    css`
      :host {
        /* A bar under the article, apart from the annotation panel so that its lists keep their room. */
        padding: 6px 16px;
        border-top: 1px solid #e2ddd2;
        background: #f7f5f0;
        font-size: 13px;
      }
      .line {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 4px 14px;
      }
      .kinds-area {
        /* Two rows of kinds are held from the start: the reading message, then the kinds, take the same room. */
        min-height: calc(2 * var(--kind-row) + 4px);
        margin-top: 4px;
        --kind-row: 22px;
      }
      .kinds {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 14px;
      }
      .kinds li {
        min-height: var(--kind-row);
        display: flex;
        align-items: center;
        gap: 6px;
      }
      .swatch {
        width: 14px;
        height: 0;
        border-bottom: 2px dotted var(--tag-color);
      }
      button {
        width: auto;
        border-color: #cfc9bd;
        background: #fff;
        padding: 1px 7px;
        font-size: 12px;
      }
      .current {
        margin-top: 6px;
        padding: 5px 8px;
        border: 1px solid #e0c46c;
        border-radius: 6px;
        background: #fffbea;
      }
      .current .what {
        /* A claim can be a long sentence: two lines of it are enough to know it, the article shows the rest. */
        flex: 1 1 20em;
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        overflow: hidden;
      }
      .current q {
        font-weight: bold;
      }
      .position,
      .hint,
      .status {
        font-size: 12px;
        color: #5f5a50;
      }
      label.switch {
        display: flex;
        gap: 6px;
        align-items: center;
        font-weight: bold;
      }
    `,
  ];

  @property() status: SuggestionStatus = 'off';
  @property() problem = '';
  @property({ attribute: false }) enabled = true;
  @property({ attribute: false }) counts: readonly { tag: SuggestedTag; count: number }[] = [];
  @property({ attribute: false }) current: Suggestion | undefined = undefined;
  @property({ attribute: false }) tags: readonly Tag[] = [];
  /** The entity the current suggestion would be linked to. */
  @property({ attribute: false }) link: { name: string; isNew: boolean } | null = null;
  /** Where the current one is among those left, counted from 1. */
  @property({ type: Number }) position = 0;
  @property({ type: Number }) total = 0;
  /** The text of the article, to quote the current suggestion. */
  @property() text = '';

  override render() {
    const tagById = new Map(this.tags.map((tag) => [tag.id, tag] as const));
    const ready = this.enabled && this.status === 'ready';
    return html`
      <div class="line">
        <label class="switch">
          <input
            type="checkbox"
            .checked=${this.enabled}
            @change=${(event: Event) => send(this, 'nr-suggestions-enabled', { enabled: (event.target as HTMLInputElement).checked })}
          />
          ${msg('Suggest tags in the article')}${ready ? ` · ${formatNumber(this.total)}` : ''}
        </label>
        ${
          ready && this.counts.length > 0 && !this.current
            ? html`<span class="hint"
                ><kbd>N</kbd> ${msg('next suggestion')} · <kbd>Shift</kbd>+<kbd>N</kbd> ${msg('previous')}</span
              >`
            : nothing
        }
      </div>
      ${this.enabled ? html`<div class="kinds-area">${this._renderKinds(tagById)}</div>` : nothing}
      ${this.enabled && this.current ? this._renderCurrent(this.current, tagById) : nothing}
    `;
  }

  private _renderKinds(tagById: ReadonlyMap<string, Tag>) {
    if (this.status === 'waiting')
      return html`<span class="status" role="status">${msg('Reading the article for names, quotes and claims…')}</span>`;
    if (this.status === 'failed')
      return html`<span class="status" role="status">${msg(str`Suggestions are not available: ${this.problem}.`)}</span>`;
    if (this.counts.length === 0) return html`<span class="status">${msg('No suggestions left in this article.')}</span>`;
    return html`
      <ul class="kinds" aria-label=${msg('Suggestions by kind')}>
        ${this.counts.map(({ tag, count }) => {
          const known = tagById.get(tag);
          const label = known ? tagLabel(known) : tag;
          return html`<li style=${styleProperties({ '--tag-color': tagById.get(tag)?.color ?? '#888' })}>
            <span class="swatch" aria-hidden="true"></span>
            <span>${label}: ${formatNumber(count)}</span>
            <button
              type="button"
              aria-label=${msg(str`Accept all ${label}`)}
              @click=${() => send(this, 'nr-suggestions-accept-all', { tag })}
            >
              ${msg('Accept all')}
            </button>
          </li>`;
        })}
      </ul>
    `;
  }

  private _renderCurrent(current: Suggestion, tagById: ReadonlyMap<string, Tag>) {
    const tag = tagById.get(current.tag);
    const { link } = this;
    const links = link ? `, ${link.isNew ? msg(str`new entity ${link.name}`) : link.name}` : '';
    const speakerName = current.speaker?.name;
    const speaker = speakerName ? `, ${msg(str`said by ${speakerName}`)}` : '';
    const position = formatNumber(this.position);
    const total = formatNumber(this.total);
    return html`<div class="current line" role="group" aria-label=${msg('Suggestion')}>
      <span class="position">${msg(str`${position} of ${total}`)}</span>
      <span class="what"
        ><q>${this.text.slice(current.start, current.end)}</q> — ${tag ? tagLabel(tag) : current.tag}${links}${speaker}</span
      >
      <button type="button" @click=${() => send(this, 'nr-suggestion-accept', { id: current.id })}>${msg('Accept')}</button>
      <button type="button" @click=${() => send(this, 'nr-suggestion-reject', { id: current.id })}>${msg('Reject')}</button>
      <span class="hint"
        ><kbd>Enter</kbd> ${msg('or a tag key: accept')} · <kbd>X</kbd> ${msg('reject')} · <kbd>Esc</kbd> ${msg('leave')}</span
      >
    </div>`;
  }
}
