// The small palette by the selection: one button per tag, plus Delete when it acts on an existing annotation.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { tagLabel } from '../tag-labels';
import { styleProperties } from '../directives/style-properties';
import type { Tag } from '../../../shared/annotation';
import { keyHintStyles } from '../styles/shared-styles';

export type PaletteMode = 'create' | 'retag' | 'suggestion';

const PALETTE_LABELS: Record<PaletteMode, () => string> = {
  create: () => msg('Tag selection as'),
  retag: () => msg('Change annotation'),
  suggestion: () => msg('Accept suggestion as'),
};

export interface TagChosenDetail {
  tagId: string;
}

@customElement('nr-tag-palette')
@localized()
export class NrTagPalette extends LitElement {
  static override styles = [
    keyHintStyles,
    css`
      :host {
        display: inline-flex;
        gap: 4px;
        padding: 4px;
        background: #fff;
        border: 1px solid #d6d3cc;
        border-radius: 8px;
        box-shadow: 0 6px 18px rgb(0 0 0 / 0.14);
        font:
          13px/1.2 'PT Sans',
          system-ui,
          sans-serif;
      }
      button {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        border: 1px solid transparent;
        border-radius: 6px;
        background: none;
        padding: 5px 8px;
        font: inherit;
        color: #222;
        cursor: pointer;
      }
      button:hover,
      button:focus-visible {
        background: #f1efe9;
        border-color: #d6d3cc;
        outline: none;
      }
      button[aria-pressed='true'] {
        border-color: #888;
        background: #f1efe9;
      }
      .swatch {
        width: 10px;
        height: 10px;
        border-radius: 3px;
      }
      .delete {
        color: #a11;
      }
    `,
  ];

  /** Tags offered, in shortcut order. */
  @property({ attribute: false }) tags: readonly Tag[] = [];
  /**
   * `create` tags the selection; `retag` changes the focused annotation and offers Delete; `suggestion` accepts the
   * suggestion the keys are on as a tag (its own pressed) and offers Reject.
   */
  @property() mode: PaletteMode = 'create';
  /** In `retag` mode, the focused annotation's tag, in `suggestion` mode the suggested one: shown pressed. */
  @property() currentTag: string | null = null;

  override render() {
    return html`
      <div role="toolbar" aria-label=${PALETTE_LABELS[this.mode]()} @mousedown=${this._onMouseDown}>
        ${this.tags.map(
          (tag) =>
            html`<button
              type="button"
              aria-keyshortcuts=${tag.shortcut}
              aria-pressed=${this.mode === 'create' ? 'false' : String(tag.id === this.currentTag)}
              title=${`${tagLabel(tag)} (${tag.shortcut})`}
              @click=${() => this._choose(tag.id)}
            >
              <span class="swatch" style=${styleProperties({ background: tag.color })} aria-hidden="true"></span
              >${tagLabel(tag)}<kbd aria-hidden="true">${tag.shortcut}</kbd>
            </button>`,
        )}
        ${
          this.mode === 'retag'
            ? html`<button type="button" class="delete" aria-keyshortcuts="Delete" @click=${this._onDelete}>
                ${msg('Delete annotation')}
              </button>`
            : null
        }
        ${
          this.mode === 'suggestion'
            ? html`<button type="button" class="delete" aria-keyshortcuts="X" @click=${this._onReject}>
                ${msg('Reject')}<kbd aria-hidden="true">X</kbd>
              </button>`
            : null
        }
      </div>
    `;
  }

  /** Keeps the text selection alive: a press on the palette must not collapse what it is about to tag. */
  private _onMouseDown(event: MouseEvent): void {
    event.preventDefault();
  }

  private _choose(tagId: string): void {
    this.dispatchEvent(new CustomEvent<TagChosenDetail>('nr-tag-chosen', { detail: { tagId }, bubbles: true, composed: true }));
  }

  private _onDelete(): void {
    this.dispatchEvent(new CustomEvent('nr-delete-chosen', { bubbles: true, composed: true }));
  }

  private _onReject(): void {
    this.dispatchEvent(new CustomEvent('nr-reject-chosen', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-tag-palette': NrTagPalette;
  }
  interface HTMLElementEventMap {
    'nr-tag-chosen': CustomEvent<TagChosenDetail>;
    'nr-delete-chosen': CustomEvent<void>;
  }
}
