// The newsroom's index of people, organisations and places across all articles: rename, merge, find where each appears.
// Virtualised and searchable: a year's 2,000 entities draw only the rows in view, and a merge draws only the matches.
import { css, html, LitElement, nothing } from 'lit';
import { centreViewStyles, smallControlRules } from '../styles/shared-styles';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatNumber } from '../../../shared/i18n/formatting';
import { tagLabel } from '../tag-labels';
import { ref } from 'lit/directives/ref.js';
import '@lit-labs/virtualizer';
import { rowsLayout } from './rows-layout';
import type { Entity, Tag } from '../../../shared/annotation';
import type { EntityAppearance, EntityIndexEntry } from '../db/library';
import type { MergeEntityDetail, RenameEntityDetail } from '../app/intents';
import { articleCountLabel, entityCountLabel } from '../count-labels';
import { rememberLast } from '../remember-last';
import { afterFrames, afterThisFrame } from '../scrolling';
import './nr-entity-appearances';
import { entityMatcher } from './nr-entity-chooser';

/** An entity's row: 43 px, or 56 px when its name or its aliases take a second line, as most do. */
const ENTITY_ROWS = rowsLayout(52);

/** The name field of a rename starts with the old name selected, to be typed over. */
const selectWhenDrawn = (field: Element | undefined): void => {
  if (!(field instanceof HTMLInputElement)) return;
  // The keyboard goes with it, so the editor types the new name at once; a new row's field is only put in the page
  // after this is called, and focus waits for it.
  queueMicrotask(() => {
    field.focus();
    field.select();
  });
};

/** The entries whose name or an alias contains `query` (any case, е for ё); all of them for an empty query. */
function listedEntities(entries: readonly EntityIndexEntry[], query: string): readonly EntityIndexEntry[] {
  const matches = entityMatcher(query);
  return matches ? entries.filter(({ entity }) => matches(entity)) : entries;
}

@customElement('nr-entity-index')
@localized()
export class NrEntityIndex extends LitElement {
  static override styles = [
    centreViewStyles,
    css`
      :host {
        max-width: 980px;
      }
      .find {
        display: flex;
        align-items: center;
        gap: 12px;
        margin: 0 0 12px;
      }
      .find input {
        width: 22em;
      }
      .count {
        font-size: 13px;
        color: #5f5a50;
        margin: 0;
      }
      .grid {
        display: grid;
        grid-template-columns: minmax(160px, 2fr) 110px 124px minmax(160px, 2.4fr) minmax(200px, 1.6fr);
        border-bottom: 1px solid #e2ddd2;
      }
      lit-virtualizer > .grid {
        width: 100%;
      }
      /* The virtualizer places rows absolutely, later ones over earlier: the open list of merge targets stays on top. */
      lit-virtualizer > .grid.merging {
        z-index: 1;
      }
      [role='columnheader'],
      [role='rowheader'],
      [role='cell'] {
        padding: 8px;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      [role='rowheader'] {
        font-weight: 700;
      }
      [role='columnheader'] {
        font-size: 12px;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.05em;
        color: #5f5a50;
      }
      button,
      input {
        ${smallControlRules}
      }
      button {
        cursor: pointer;
      }
      button:disabled {
        cursor: default;
        color: #8a8477;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
      }
      .actions nr-entity-chooser {
        flex: 1 1 100%;
      }
      .aliases {
        font-weight: 400;
        color: #5f5a50;
      }
    `,
  ];

  /** The library's entities with their counts; undefined until they are read. */
  @property({ attribute: false }) entries: readonly EntityIndexEntry[] | undefined;
  @property({ attribute: false }) tags: readonly Tag[] = [];
  /** Reads the articles an entity appears in, when the editor asks for them. */
  @property({ attribute: false }) appearancesOf: ((entityId: string) => Promise<EntityAppearance[]>) | undefined;

  /** What the editor typed to find an entity; kept by the session, so it is there again after visiting an article. */
  @property() query = '';
  @state() private _renaming: string | null = null;
  /** The entity whose articles are shown, and the one being merged into another, with the target picked so far. */
  @state() private _expanded: string | null = null;
  @state() private _merging: { sourceId: string; targetId: string | null } | null = null;
  private readonly _listed = rememberLast(listedEntities);
  /** False until the view has been painted once without its rows (see firstUpdated). */
  @state() private _rowsDrawn = false;

  protected override firstUpdated(): void {
    // The view and its rows in one frame overran it: the view is painted first, its rows in the frame after.
    afterThisFrame(() => (this._rowsDrawn = true));
  }

  override render() {
    const entries = this.entries;
    if (entries === undefined) return nothing;
    if (entries.length === 0)
      return html`<section aria-labelledby="heading">
        <h1 id="heading">${msg('Entities')}</h1>
        <p>${msg('No entities yet: tag people, organisations and places in an article.')}</p>
      </section>`;
    const listed = this._listed(entries, this.query);
    return html`<section aria-labelledby="heading">
      <h1 id="heading">${msg('Entities')}</h1>
      <div class="find">
        <input
          type="search"
          aria-label=${msg('Find an entity by name')}
          placeholder=${msg('Find by name or alias')}
          .value=${this.query}
          @input=${(event: Event) => this._find((event.target as HTMLInputElement).value)}
        />
        <p class="count" role="status">
          ${listed.length === 0 ? this._noMatch() : entityCountLabel(listed.length, entries.length)}
        </p>
      </div>
      <div role="table" aria-label=${msg('Entities in the library')} aria-rowcount=${listed.length + 1}>
        <div role="rowgroup">
          <div role="row" class="grid" aria-rowindex="1">
            <span role="columnheader">${msg('Name')}</span>
            <span role="columnheader">${msg('Type')}</span>
            <span role="columnheader">${msg('Mentions')}</span>
            <span role="columnheader">${msg('Articles')}</span>
            <span role="columnheader">${msg('Actions')}</span>
          </div>
        </div>
        ${this._rowsDrawn ? this._renderRows(listed, entries) : nothing}
      </div>
    </section>`;
  }

  private _renderRows(listed: readonly EntityIndexEntry[], entries: readonly EntityIndexEntry[]) {
    return html`<lit-virtualizer
      role="rowgroup"
      .layout=${ENTITY_ROWS}
      .items=${listed}
      .keyFunction=${(entry: EntityIndexEntry | undefined, index: number) => entry?.entity.id ?? index}
      .renderItem=${(entry: EntityIndexEntry | undefined, index: number) =>
        // Rows past the end are asked for once when the list shrinks below where it was scrolled (lit/lit#4833).
        entry ? this._renderRow(entry, index, entries) : nothing}
    ></lit-virtualizer>`;
  }

  private _renderRow({ entity, mentions, articleCount }: EntityIndexEntry, index: number, entries: readonly EntityIndexEntry[]) {
    const tag = this.tags.find((candidate) => candidate.id === entity.tag);
    const expanded = this._expanded === entity.id;
    const merging = this._merging?.sourceId === entity.id;
    return html`<div role="row" class="grid ${merging ? 'merging' : ''}" aria-rowindex=${index + 2} data-entity-id=${entity.id}>
      <div role="rowheader">
        ${
          this._renaming === entity.id
            ? html`<input
                aria-label=${msg(str`New name for ${entity.name}`)}
                .value=${entity.name}
                ${ref(selectWhenDrawn)}
                @keydown=${(event: KeyboardEvent) => this._onRenameKey(event, entity.id)}
              />`
            : entity.name
        }
        ${entity.aliases.length > 0 ? html`<div class="aliases">${this._aliases(entity)}</div>` : nothing}
      </div>
      <div role="cell">${tag ? tagLabel(tag) : entity.tag}</div>
      <div role="cell">${formatNumber(mentions)}</div>
      <div role="cell">
        ${
          articleCount > 0
            ? html`<button
                type="button"
                aria-label=${this._articlesWith(articleCount, entity.name)}
                aria-expanded=${String(expanded)}
                @click=${() => (this._expanded = expanded ? null : entity.id)}
              >
                ${articleCountLabel(articleCount, articleCount)}
              </button>`
            : '—'
        }
        ${
          expanded
            ? html`<nr-entity-appearances
                .entityId=${entity.id}
                .entityName=${entity.name}
                .articleCount=${articleCount}
                .load=${this.appearancesOf}
              ></nr-entity-appearances>`
            : nothing
        }
      </div>
      <div role="cell">
        <div class="actions">
          <button type="button" aria-label=${msg(str`Rename ${entity.name}`)} @click=${() => this._startRename(entity.id)}>
            ${msg('Rename')}
          </button>
          ${this._renderMerge(entity, entries)}
        </div>
      </div>
    </div>`;
  }

  /** Merging starts with a button; only then is the searchable choice of a target drawn, for that one row. */
  private _renderMerge(entity: Entity, entries: readonly EntityIndexEntry[]) {
    const merging = this._merging?.sourceId === entity.id ? this._merging : null;
    if (!merging)
      return html`<button
        type="button"
        aria-label=${msg(str`Merge ${entity.name} into another entity`)}
        @click=${() => this._startMerge(entity.id)}
      >
        ${msg('Merge…')}
      </button>`;
    const candidates = entries.flatMap((other) =>
      other.entity.tag === entity.tag && other.entity.id !== entity.id ? [other.entity] : [],
    );
    return html`<nr-entity-chooser
        label=${msg(str`Merge ${entity.name} into`)}
        focusWhenShown
        .candidates=${candidates}
        @nr-entity-chosen=${(event: HTMLElementEventMap['nr-entity-chosen']) =>
          (this._merging = { sourceId: entity.id, targetId: event.detail.entityId })}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Escape') this._stopMerging(entity.id);
        }}
      ></nr-entity-chooser>
      <button
        type="button"
        aria-label=${msg(str`Merge ${entity.name}`)}
        ?disabled=${!merging.targetId}
        @click=${() => this._merge()}
      >
        ${msg('Merge')}
      </button>
      <button type="button" @click=${() => this._stopMerging(entity.id)}>${msg('Cancel')}</button>`;
  }

  private _noMatch(): string {
    const query = this.query.trim();
    return msg(str`No entity is named “${query}”.`);
  }

  private _aliases(entity: Entity): string {
    const aliases = entity.aliases.join(', ');
    return msg(str`also ${aliases}`);
  }

  private _articlesWith(count: number, name: string): string {
    const articles = articleCountLabel(count, count);
    return msg(str`${articles} with ${name}`);
  }

  private _stopMerging(entityId: string): void {
    this._merging = null;
    void this._focusRow(entityId);
  }

  /** Gives the keyboard back to the row of `entityId` once it is drawn again: the field or button it was on is gone. */
  private async _focusRow(entityId: string): Promise<void> {
    await this.updateComplete;
    // The virtualizer draws its rows in an update of its own.
    await afterFrames(2);
    this.renderRoot.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(entityId)}"] .actions button`)?.focus();
  }

  private _startRename(entityId: string): void {
    this._renaming = entityId;
  }

  /** Enter saves the new name, Escape keeps the old one. */
  private _onRenameKey(event: KeyboardEvent, entityId: string): void {
    if (event.key === 'Escape') {
      this._renaming = null;
      void this._focusRow(entityId);
      return;
    }
    if (event.key !== 'Enter') return;
    const name = (event.target as HTMLInputElement).value.replace(/\s+/g, ' ').trim();
    this._renaming = null;
    void this._focusRow(entityId);
    if (name)
      this.dispatchEvent(
        new CustomEvent<RenameEntityDetail>('nr-rename-entity', { detail: { entityId, name }, bubbles: true, composed: true }),
      );
  }

  private _find(query: string): void {
    this.dispatchEvent(new CustomEvent<FindEntityDetail>('nr-find-entity', { detail: { query }, bubbles: true, composed: true }));
  }

  private _startMerge(entityId: string): void {
    this._merging = { sourceId: entityId, targetId: null };
  }

  private _merge(): void {
    const merging = this._merging;
    if (!merging?.targetId) return;
    this._merging = null;
    // The merged entity's row goes: the keyboard goes on from the row it was merged into.
    void this._focusRow(merging.targetId);
    this.dispatchEvent(
      new CustomEvent<MergeEntityDetail>('nr-merge-entity', {
        detail: { sourceId: merging.sourceId, targetId: merging.targetId },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

export interface FindEntityDetail {
  query: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-entity-index': NrEntityIndex;
  }
  interface HTMLElementEventMap {
    'nr-find-entity': CustomEvent<FindEntityDetail>;
    'nr-rename-entity': CustomEvent<RenameEntityDetail>;
    'nr-merge-entity': CustomEvent<MergeEntityDetail>;
  }
}
