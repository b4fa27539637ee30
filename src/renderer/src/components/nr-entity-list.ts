// The entities an article names, with how often; choosing one walks through its mentions in the text.
import { css, html, LitElement } from 'lit';
import { localized, msg } from '@lit/localize';
import { customElement, property } from 'lit/decorators.js';
import type { Annotation, Entity, Tag } from '../../../shared/annotation';
import { styleProperties } from '../directives/style-properties';
import type { FocusAnnotationDetail } from './nr-annotation-list';
import { panelListStyles } from '../styles/shared-styles';
import { compareNames } from '../../../shared/text/collation';
import { rememberLast } from '../remember-last';
import { mentionCountLabel } from '../count-labels';

/** The entities by tag, then most mentioned first, then by name; and how many mentions each has. */
function entityRows(entities: readonly Entity[], annotations: readonly Annotation[], tags: readonly Tag[]) {
  const tagOrder = new Map(tags.map((tag, index) => [tag.id, index] as const));
  const mentions = new Map<string, number>();
  for (const annotation of annotations) {
    if (annotation.entityId) mentions.set(annotation.entityId, (mentions.get(annotation.entityId) ?? 0) + 1);
  }
  const sorted = [...entities].sort(
    (a, b) =>
      (tagOrder.get(a.tag) ?? 99) - (tagOrder.get(b.tag) ?? 99) ||
      (mentions.get(b.id) ?? 0) - (mentions.get(a.id) ?? 0) ||
      compareNames(a.name, b.name),
  );
  return { sorted, mentions };
}

@customElement('nr-entity-list')
@localized()
export class NrEntityList extends LitElement {
  static override styles = [
    panelListStyles,
    css`
      button {
        display: grid;
        grid-template-columns: auto 1fr auto;
        align-items: center;
        gap: 8px;
        padding: 5px 10px;
      }
      button[aria-current='true'] {
        background: #e6ecfa;
        border-color: #9db0e0;
      }
      .swatch {
        width: 10px;
        height: 10px;
        border-radius: 3px;
      }
      .count {
        font-size: 12px;
        color: #5f5a50;
      }
    `,
  ];

  /** Entities named in the article. */
  @property({ attribute: false }) entities: readonly Entity[] = [];
  /** The article's annotations in text order. */
  @property({ attribute: false }) annotations: readonly Annotation[] = [];
  @property({ attribute: false }) tags: readonly Tag[] = [];
  @property({ attribute: false }) focusedId: string | null = null;

  /** The entities in list order with their mention counts, worked out again only when what they come from changes. */
  private readonly _rows = rememberLast(entityRows);

  override render() {
    if (this.entities.length === 0)
      return html`<p class="empty">${msg('People, organisations and places you tag appear here.')}</p>`;
    const focusedEntity = this.annotations.find((annotation) => annotation.id === this.focusedId)?.entityId;
    const { sorted, mentions } = this._rows(this.entities, this.annotations, this.tags);
    return html`<ul aria-label=${msg('Entities')}>
      ${sorted.map((entity) => {
        const tag = this.tags.find((candidate) => candidate.id === entity.tag);
        const count = mentions.get(entity.id) ?? 0;
        return html`<li>
          <button
            type="button"
            aria-current=${String(entity.id === focusedEntity)}
            title=${msg('Go to the next mention')}
            @click=${() => this._walk(entity.id)}
          >
            <span class="swatch" style=${styleProperties({ background: tag?.color ?? '#999' })} aria-hidden="true"></span>
            <span>${entity.name}</span>
            <span class="count">${mentionCountLabel(count)}</span>
          </button>
        </li>`;
      })}
    </ul>`;
  }

  /** Focuses the entity's next mention after the focused annotation, going round to the first. */
  private _walk(entityId: string): void {
    const mentions = this.annotations.filter((annotation) => annotation.entityId === entityId);
    const current = mentions.findIndex((annotation) => annotation.id === this.focusedId);
    const next = mentions[(current + 1) % mentions.length];
    if (!next) return;
    this.dispatchEvent(
      new CustomEvent<FocusAnnotationDetail>('nr-focus-annotation', {
        detail: { id: next.id, origin: 'list' },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-entity-list': NrEntityList;
  }
}
