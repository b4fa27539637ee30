// The newsroom's index of people, organisations and places across all articles: rename, merge, find where each appears.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Tag } from '../../../shared/annotation';
import type { EntityIndexEntry } from '../db/library';
import type { MergeEntityDetail, RenameEntityDetail } from '../app/intents';

@customElement('nr-entity-index')
export class NrEntityIndex extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 980px;
      margin: 0 auto;
      font:
        14px/1.4 'PT Sans',
        system-ui,
        sans-serif;
      color: #1d1b17;
    }
    h1 {
      font:
        700 26px/1.2 'PT Serif',
        Georgia,
        serif;
      margin: 0 0 16px;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 8px;
      border-bottom: 1px solid #e2ddd2;
    }
    tbody th {
      font-weight: 700;
    }
    thead th {
      font-size: 12px;
      text-transform: uppercase;
      letter-spacing: 0.05em;
      color: #5f5a50;
    }
    button,
    select,
    input {
      font: inherit;
      font-size: 13px;
      padding: 3px 8px;
      border-radius: 5px;
      border: 1px solid #b9b2a3;
      background: #fff;
      color: inherit;
    }
    button {
      cursor: pointer;
    }
    .articles button {
      border: none;
      padding: 0;
      color: #1d4ed8;
      text-decoration: underline;
      background: none;
      text-align: left;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .aliases {
      color: #5f5a50;
    }
  `;

  /** The library's entities with their counts; undefined until they are read. */
  @property({ attribute: false }) entries: readonly EntityIndexEntry[] | undefined;
  @property({ attribute: false }) tags: readonly Tag[] = [];

  @state() private _renaming: string | null = null;
  @state() private _mergeTargets = new Map<string, string>();

  override render() {
    const entries = this.entries;
    if (entries === undefined) return nothing;
    return html`<h1>Entities</h1>
      ${
        entries.length === 0
          ? html`<p>No entities yet: tag people, organisations and places in an article.</p>`
          : html`<table aria-label="Entities in the library">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Type</th>
                  <th scope="col">Mentions</th>
                  <th scope="col">Articles</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                ${entries.map((entry) => this._renderRow(entry, entries))}
              </tbody>
            </table>`
      }`;
  }

  private _renderRow({ entity, mentions, articles }: EntityIndexEntry, entries: readonly EntityIndexEntry[]) {
    const tag = this.tags.find((candidate) => candidate.id === entity.tag);
    const others = entries.filter((other) => other.entity.tag === entity.tag && other.entity.id !== entity.id);
    return html`<tr>
      <th scope="row">
        ${
          this._renaming === entity.id
            ? html`<input
                aria-label="New name for ${entity.name}"
                .value=${entity.name}
                @keydown=${(event: KeyboardEvent) => this._onRenameKey(event, entity.id)}
              />`
            : entity.name
        }
        ${entity.aliases.length > 0 ? html`<div class="aliases">also ${entity.aliases.join(', ')}</div>` : nothing}
      </th>
      <td>${tag?.label ?? entity.tag}</td>
      <td>${mentions}</td>
      <td class="articles">
        ${articles.map(
          (article) =>
            html`<div><button type="button" @click=${() => this._openArticle(article.id)}>${article.title}</button></div>`,
        )}
      </td>
      <td>
        <div class="actions">
          <button type="button" aria-label="Rename ${entity.name}" @click=${() => this._startRename(entity.id)}>Rename</button>
          ${
            others.length > 0
              ? html`<select
                    aria-label="Merge ${entity.name} into"
                    @change=${(event: Event) => this._chooseMergeTarget(entity.id, (event.target as HTMLSelectElement).value)}
                  >
                    <option value="">Merge into…</option>
                    ${others.map((other) => html`<option value=${other.entity.id}>${other.entity.name}</option>`)}
                  </select>
                  <button
                    type="button"
                    aria-label="Merge ${entity.name}"
                    ?disabled=${!this._mergeTargets.get(entity.id)}
                    @click=${() => this._merge(entity.id)}
                  >
                    Merge
                  </button>`
              : nothing
          }
        </div>
      </td>
    </tr>`;
  }

  private _startRename(entityId: string): void {
    this._renaming = entityId;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input')?.select());
  }

  /** Enter saves the new name, Escape keeps the old one. */
  private _onRenameKey(event: KeyboardEvent, entityId: string): void {
    if (event.key === 'Escape') {
      this._renaming = null;
      return;
    }
    if (event.key !== 'Enter') return;
    const name = (event.target as HTMLInputElement).value.replace(/\s+/g, ' ').trim();
    this._renaming = null;
    if (name)
      this.dispatchEvent(
        new CustomEvent<RenameEntityDetail>('nr-rename-entity', { detail: { entityId, name }, bubbles: true, composed: true }),
      );
  }

  private _chooseMergeTarget(sourceId: string, targetId: string): void {
    this._mergeTargets = new Map(this._mergeTargets).set(sourceId, targetId);
  }

  private _merge(sourceId: string): void {
    const targetId = this._mergeTargets.get(sourceId);
    if (!targetId) return;
    this.dispatchEvent(
      new CustomEvent<MergeEntityDetail>('nr-merge-entity', { detail: { sourceId, targetId }, bubbles: true, composed: true }),
    );
  }

  private _openArticle(articleId: string): void {
    this.dispatchEvent(new CustomEvent('nr-open-article', { detail: { articleId }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-entity-index': NrEntityIndex;
  }
  interface HTMLElementEventMap {
    'nr-rename-entity': CustomEvent<RenameEntityDetail>;
    'nr-merge-entity': CustomEvent<MergeEntityDetail>;
  }
}
