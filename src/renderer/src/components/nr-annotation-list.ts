// The side panel's list of annotations in text order: the accessible view of what the highlights show. It is
// virtualised (only the rows near the viewport exist), so ten thousand annotations render as fast as ten.
import { css, html, LitElement, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg } from '@lit/localize';
import { textLanguage } from '../../../shared/text/text-language';
import { tagLabel } from '../tag-labels';
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import { rowsLayout } from './rows-layout';
import { styleProperties } from '../directives/style-properties';
import { afterFrames, scrollableAncestor } from '../scrolling';
import type { Annotation, Entity, Tag } from '../../../shared/annotation';
import { panelListStyles } from '../styles/shared-styles';

/** An annotation's row: its tag and quote on one line or two, and a line for its entity or status. */
const ANNOTATION_ROWS = rowsLayout(65);

export interface FocusAnnotationDetail {
  id: string | null;
  /** Where the request came from; the other views follow it (the article scrolls to a list choice). */
  origin: 'list' | 'article' | 'app';
}

const QUOTE_PREVIEW_LENGTH = 140;

/** `Джерри Творек: ` before a quote whose speaker is known. */
function speakerPrefix(annotation: Annotation, entityById: ReadonlyMap<string, Entity>): string {
  const speaker = annotation.speakerId ? entityById.get(annotation.speakerId) : undefined;
  return speaker ? `${speaker.name}: ` : '';
}

/** The linked entity's name, shown only where the mention reads otherwise (`Творека` · Джерри Творек). */
function entityLabel(annotation: Annotation, entityById: ReadonlyMap<string, Entity>) {
  const entity = annotation.entityId ? entityById.get(annotation.entityId) : undefined;
  if (!entity || entity.name === annotation.quote) return nothing;
  return html`<span class="entity">· ${entity.name}</span>`;
}

/** How many times the panel is scrolled towards a row not yet drawn before giving up (the list changed under it). */
const MAX_AIMS_AT_ROW = 6;

/**
 * Where on screen the row at `index` is, going by the rows drawn nearest to it and the list's mean row height (the
 * virtualizer sizes the list by the rows it has measured).
 */
function estimatedRowTop(list: HTMLElement, index: number, count: number): number {
  const listBox = list.getBoundingClientRect();
  const rowHeight = listBox.height / Math.max(1, count);
  let anchorIndex = 0;
  let anchorTop = listBox.top;
  for (const row of list.querySelectorAll<HTMLElement>('li[aria-posinset]')) {
    const rowIndex = Number(row.getAttribute('aria-posinset')) - 1;
    if (Math.abs(rowIndex - index) < Math.abs(anchorIndex - index)) {
      anchorIndex = rowIndex;
      anchorTop = row.getBoundingClientRect().top;
    }
  }
  return anchorTop + (index - anchorIndex) * rowHeight;
}

function scrollerMiddle(scroller: HTMLElement): number {
  const box = scroller.getBoundingClientRect();
  return box.top + box.height / 2;
}

@customElement('nr-annotation-list')
@localized()
export class NrAnnotationList extends LitElement {
  static override styles = [
    panelListStyles,
    css`
      li {
        /* The virtualiser positions rows absolutely; without a width they would shrink to their text. */
        width: 100%;
        box-sizing: border-box;
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 2px 8px;
        padding: 7px 10px;
        border-radius: 6px;
        cursor: pointer;
        border: 1px solid transparent;
      }
      li:hover {
        background: #f1efe9;
      }
      li[aria-selected='true'] {
        background: #e6ecfa;
        border-color: #9db0e0;
      }
      li:focus-visible {
        outline: 2px solid #1d4ed8;
        outline-offset: -2px;
      }
      .tag {
        grid-row: span 2;
        align-self: start;
        margin-top: 5px;
        width: 10px;
        height: 10px;
        border-radius: 3px;
      }
      .label {
        font-size: 12px;
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: #555;
      }
      .quote {
        font-family: 'PT Serif', Georgia, serif;
        overflow-wrap: anywhere;
      }
      .entity {
        grid-column: 2;
        font-size: 12px;
        color: #5f5a50;
      }
      .empty {
        color: #666;
        padding: 8px 10px;
      }
    `,
  ];

  /** Annotations in text order. */
  @property({ attribute: false }) annotations: readonly Annotation[] = [];
  @property({ attribute: false }) tags: readonly Tag[] = [];
  /** Entities the annotations link to, to name the entity where the mention reads differently. */
  @property({ attribute: false }) entities: readonly Entity[] = [];
  @property({ attribute: false }) focusedId: string | null = null;

  override render() {
    const tagById = new Map(this.tags.map((tag) => [tag.id, tag] as const));
    const entityById = new Map(this.entities.map((entity) => [entity.id, entity] as const));
    if (this.annotations.length === 0) {
      return html`<ul role="listbox" aria-label=${msg('Annotations')}></ul>
        <p class="empty">
          ${msg('No annotations yet. Select words in the article, then press a tag key (1–5) or click a tag.')}
        </p>`;
    }
    const tabStop = this.focusedId ?? this.annotations[0]?.id;
    const count = this.annotations.length;
    // The virtualizer's element, not its directive: the directive starts while its template is not yet in the page,
    // so it never finds the side panel that scrolls and leaves the rows where they first were.
    return html`<lit-virtualizer
      role="listbox"
      aria-label=${msg('Annotations')}
      @keydown=${this._onKeyDown}
      .layout=${ANNOTATION_ROWS}
      .items=${this.annotations}
      .keyFunction=${(annotation: Annotation | undefined, index: number) => annotation?.id ?? index}
      .renderItem=${(annotation: Annotation | undefined, index: number) => {
        // The virtualizer asks for rows past the end once when the list shrinks below where it was scrolled
        // (lit/lit#4833): they are left empty, and it lays out the shorter list on the next frame.
        if (!annotation) return nothing;
        const tag = tagById.get(annotation.tag);
        const quote =
          annotation.quote.length > QUOTE_PREVIEW_LENGTH
            ? `${annotation.quote.slice(0, QUOTE_PREVIEW_LENGTH)}…`
            : annotation.quote;
        // Rows out of view are not in the DOM, so each row tells assistive technology where it stands.
        return html`<li
          role="option"
          data-id=${annotation.id}
          aria-setsize=${count}
          aria-posinset=${index + 1}
          aria-selected=${String(annotation.id === this.focusedId)}
          tabindex=${annotation.id === tabStop ? 0 : -1}
          @click=${() => this._focus(annotation.id)}
        >
          <span class="tag" style=${styleProperties({ background: tag?.color ?? '#999' })} aria-hidden="true"></span>
          <span class="label">${tag ? tagLabel(tag) : annotation.tag}</span>
          <span class="quote" lang=${ifDefined(textLanguage(annotation.quote))}
            >${speakerPrefix(annotation, entityById)}${quote}</span
          >
          ${entityLabel(annotation, entityById)}
        </li>`;
      }}
    ></lit-virtualizer>`;
  }

  /** Whether the keyboard was in the list before this update, which may take away the row it was on (a delete). */
  private _hadFocus = false;

  protected override willUpdate(): void {
    this._hadFocus = this.renderRoot.contains((this.renderRoot as ShadowRoot).activeElement);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('focusedId') || this.focusedId === null) return;
    const id = this.focusedId;
    // Keyboard focus follows only when it is already in the list, so choosing in the article keeps focus there.
    const hadFocus = this._hadFocus;
    void this._scrollToRow(id).then((row) => {
      if (row && hadFocus) row.focus();
    });
  }

  /**
   * Scrolls the side panel to the annotation's row, which is drawn only once the panel is scrolled near it.
   *
   * The panel is scrolled by hand rather than by the virtualizer's `element(index).scrollIntoView()`: that holds the
   * row's index in place until the editor scrolls, and a filter applied meanwhile then looks for it at that index in
   * the shorter list and draws nothing.
   */
  private async _scrollToRow(id: string): Promise<HTMLElement | null> {
    const list = this.renderRoot.querySelector<LitVirtualizer>('lit-virtualizer');
    const scroller = list && scrollableAncestor(list);
    if (!list || !scroller) return null;
    // The list draws the new items in its own update, after this one.
    await list.updateComplete;
    for (let aim = 0; aim < MAX_AIMS_AT_ROW && this.focusedId === id; aim++) {
      const row = this._row(id);
      if (row) {
        row.scrollIntoView({ block: 'nearest' });
        return row;
      }
      const index = this.annotations.findIndex((annotation) => annotation.id === id);
      if (index < 0) return null;
      scroller.scrollTop += estimatedRowTop(list, index, this.annotations.length) - scrollerMiddle(scroller);
      // The virtualizer draws the rows at the new position on the frames after the scroll.
      await afterFrames(2);
    }
    return this._row(id);
  }

  /** Scrolls the focused row back into view when the panel moved it out, as the inspector above it does by growing. */
  keepFocusedRowInView(): void {
    if (this.focusedId !== null) this._row(this.focusedId)?.scrollIntoView({ block: 'nearest' });
  }

  private _row(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
  }

  private _onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const index = this.annotations.findIndex((annotation) => annotation.id === this.focusedId);
    const last = this.annotations.length - 1;
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? last
          : event.key === 'ArrowDown'
            ? Math.min(last, index + 1)
            : Math.max(0, index - 1);
    const target = this.annotations[next];
    if (target) this._focus(target.id);
  }

  private _focus(id: string): void {
    this.dispatchEvent(
      new CustomEvent<FocusAnnotationDetail>('nr-focus-annotation', {
        detail: { id, origin: 'list' },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-annotation-list': NrAnnotationList;
  }
  interface HTMLElementEventMap {
    'nr-focus-annotation': CustomEvent<FocusAnnotationDetail>;
  }
}
