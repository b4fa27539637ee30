// A searchable choice of one entity among thousands: the editor types part of a name or alias and picks from the
// few that match. It draws only those, where a select would draw every entity of the library in every row.
import { css, html, LitElement, nothing } from 'lit';
import { localized, msg } from '@lit/localize';
import { customElement, property, state } from 'lit/decorators.js';
import type { Entity } from '../../../shared/annotation';
import { textMatcher } from '../../../shared/text/text-search';
import { smallControlRules } from '../styles/shared-styles';

export interface EntityChosenDetail {
  /** The entity picked; null when the editor changed the text after picking one. */
  entityId: string | null;
}

/** How many matches the list shows; more are reached by typing more of the name. */
const SHOWN_MATCHES = 8;

/** A test of whether an entity's name or one of its aliases contains `query`; null for an empty query. */
export function entityMatcher(query: string): ((entity: Entity) => boolean) | null {
  const matches = textMatcher(query);
  return matches && ((entity) => matches(entity.name) || entity.aliases.some(matches));
}

/** The first `limit` of `candidates` whose name or an alias contains `query`, and whether there were more. */
export function matchingEntities(
  candidates: readonly Entity[],
  query: string,
  limit = SHOWN_MATCHES,
): { matches: Entity[]; more: boolean } {
  const matches = entityMatcher(query);
  const found: Entity[] = [];
  for (const entity of candidates) {
    if (matches && !matches(entity)) continue;
    if (found.length === limit) return { matches: found, more: true };
    found.push(entity);
  }
  return { matches: found, more: false };
}

@customElement('nr-entity-chooser')
@localized()
export class NrEntityChooser extends LitElement {
  /** Focusing the chooser focuses its text field. */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = css`
    :host {
      display: inline-block;
      position: relative;
    }
    input {
      ${smallControlRules}
      width: 100%;
      box-sizing: border-box;
    }
    [role='listbox'] {
      position: absolute;
      z-index: 2;
      left: 0;
      right: 0;
      min-width: 14em;
      margin: 2px 0 0;
      padding: 4px 0;
      list-style: none;
      background: #fff;
      border: 1px solid #b9b2a3;
      border-radius: 5px;
      box-shadow: 0 4px 14px rgb(0 0 0 / 12%);
    }
    [role='option'] {
      padding: 4px 10px;
      cursor: pointer;
    }
    [role='option'][aria-selected='true'] {
      background: #e9e4d8;
    }
    .aliases,
    .more {
      font-size: 12px;
      color: #5f5a50;
    }
    .more {
      padding: 4px 10px;
    }
  `;

  /** What the choice is for, as a screen reader announces it: "Merge Анна Ким into". */
  @property() label = '';
  /** The entities to choose from, in the order to offer them. */
  @property({ attribute: false }) candidates: readonly Entity[] = [];

  /** The name shown before the editor types: the entity chosen so far, if any. */
  @property() value = '';
  /** Takes the keyboard focus when drawn: the editor has just asked to choose. */
  @property({ type: Boolean }) focusWhenShown = false;

  @state() private _query = '';
  @state() private _open = false;
  @state() private _active = 0;

  override render() {
    const { matches, more } = this._open ? matchingEntities(this.candidates, this._query) : { matches: [], more: false };
    const active = Math.min(this._active, matches.length - 1);
    const expanded = this._open && matches.length > 0;
    return html`<input
        role="combobox"
        aria-label=${this.label}
        aria-autocomplete="list"
        aria-expanded=${String(expanded)}
        aria-controls="matches"
        aria-activedescendant=${expanded ? `match-${active}` : nothing}
        placeholder=${msg('Type a name')}
        autocomplete="off"
        .value=${this._query}
        @input=${this._onInput}
        @keydown=${(event: KeyboardEvent) => this._onKeyDown(event, matches, active)}
        @focus=${(event: FocusEvent) => {
          (event.target as HTMLInputElement).select();
          this._open = true;
        }}
        @blur=${this._onBlur}
      />
      ${
        expanded
          ? html`<ul id="matches" role="listbox" aria-label=${this.label}>
              ${matches.map(
                (entity, index) =>
                  html`<li
                    id="match-${index}"
                    role="option"
                    aria-selected=${String(index === active)}
                    @mousedown=${(event: MouseEvent) => event.preventDefault()}
                    @click=${() => this._choose(entity)}
                  >
                    ${entity.name}
                    ${entity.aliases.length > 0 ? html`<span class="aliases">· ${entity.aliases.join(', ')}</span>` : nothing}
                  </li>`,
              )}
              ${more ? html`<li class="more" role="presentation">${msg('More entities match: type more of the name')}</li>` : nothing}
            </ul>`
          : nothing
      }`;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('value')) this._query = this.value;
  }

  protected override firstUpdated(): void {
    if (this.focusWhenShown) this.focus();
  }

  /** Leaving the field without picking shows the entity chosen so far again. */
  private _onBlur(): void {
    this._open = false;
    if (this.value) this._query = this.value;
  }

  private _onInput(event: Event): void {
    this._query = (event.target as HTMLInputElement).value;
    this._open = true;
    this._active = 0;
    this._announce(null);
  }

  /** Arrows move through the matches, Enter picks the one marked, Escape closes the list. */
  private _onKeyDown(event: KeyboardEvent, matches: readonly Entity[], active: number): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this._open) this._open = true;
      else if (matches.length > 0)
        this._active = (active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
    } else if (event.key === 'Enter' && this._open) {
      const entity = matches[active];
      if (entity) {
        event.preventDefault();
        this._choose(entity);
      }
    } else if (event.key === 'Escape' && this._open) {
      event.stopPropagation();
      this._open = false;
    }
  }

  private _choose(entity: Entity): void {
    this._query = entity.name;
    this._open = false;
    this._announce(entity.id);
  }

  private _announce(entityId: string | null): void {
    this.dispatchEvent(new CustomEvent<EntityChosenDetail>('nr-entity-chosen', { detail: { entityId } }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-entity-chooser': NrEntityChooser;
  }
  interface HTMLElementEventMap {
    'nr-entity-chosen': CustomEvent<EntityChosenDetail>;
  }
}
