// Where an entity appears: the articles that mention or quote it, the newest stories first, each opening at its
// first mention. Read when shown, from the library's kept counts.
import { css, html, LitElement } from 'lit';
import { localized, msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate } from '../../../shared/i18n/formatting';
import { textLanguage } from '../../../shared/text/text-language';
import { customElement, property, state } from 'lit/decorators.js';
import type { EntityAppearance } from '../db/library';
import { mentionCountLabel, quoteCountLabel } from '../count-labels';

export interface ShowAppearanceDetail {
  entityId: string;
  articleId: string;
}

/** "3 mentions, 1 quote": how often the entity appears in one article. */
function appearanceLabel({ mentions, quotes }: EntityAppearance): string {
  const parts = [];
  if (mentions > 0) parts.push(mentionCountLabel(mentions));
  if (quotes > 0) parts.push(quoteCountLabel(quotes));
  return parts.join(', ');
}

@customElement('nr-entity-appearances')
@localized()
export class NrEntityAppearances extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    ul {
      list-style: none;
      margin: 4px 0 0;
      padding: 0;
    }
    li {
      margin: 0 0 4px;
    }
    button {
      font: inherit;
      border: none;
      padding: 0;
      color: #1d4ed8;
      text-decoration: underline;
      background: none;
      text-align: left;
      cursor: pointer;
    }
    .meta,
    p {
      font-size: 12px;
      color: #5f5a50;
      margin: 2px 0 0;
    }
  `;

  @property() entityId = '';
  @property() entityName = '';
  /** How many articles the library counts for the entity: when it changes, the list is read again. */
  @property({ type: Number }) articleCount = 0;
  @property({ attribute: false }) load: ((entityId: string) => Promise<EntityAppearance[]>) | undefined;

  @state() private _appearances: EntityAppearance[] | undefined;
  @state() private _failed = false;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('entityId') || changed.has('articleCount') || changed.has('load')) void this._read();
  }

  override render() {
    if (this._failed) return html`<p role="alert">${msg('The articles could not be read from the library.')}</p>`;
    const appearances = this._appearances;
    if (appearances === undefined) return html`<p>${msg('Reading the articles…')}</p>`;
    if (appearances.length === 0) return html`<p>${msg(str`No article mentions ${this.entityName} any more.`)}</p>`;
    return html`<ul aria-label=${msg(str`Articles with ${this.entityName}`)}>
      ${appearances.map(
        (appearance) =>
          html`<li>
            <button
              type="button"
              @click=${() => this._show(appearance.articleId)}
              lang=${ifDefined(textLanguage(appearance.title))}
            >
              ${appearance.title}
            </button>
            <div class="meta">
              ${[appearance.date ? formatDate(appearance.date) : '', appearanceLabel(appearance)].filter(Boolean).join(' · ')}
            </div>
          </li>`,
      )}
    </ul>`;
  }

  private async _read(): Promise<void> {
    const { entityId, load } = this;
    if (!load || !entityId) return;
    try {
      const appearances = await load(entityId);
      // Only the answer for the entity still shown.
      if (entityId === this.entityId) {
        this._appearances = appearances;
        this._failed = false;
      }
    } catch {
      this._failed = true;
    }
  }

  private _show(articleId: string): void {
    this.dispatchEvent(
      new CustomEvent<ShowAppearanceDetail>('nr-show-appearance', {
        detail: { entityId: this.entityId, articleId },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-entity-appearances': NrEntityAppearances;
  }
  interface HTMLElementEventMap {
    'nr-show-appearance': CustomEvent<ShowAppearanceDetail>;
  }
}
