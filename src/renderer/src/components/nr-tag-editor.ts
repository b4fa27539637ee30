// Edits the tag set: add, rename, recolour, reorder, change keys; a tag in use is deleted only once the editor
// says where its annotations go.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { TagKind } from '../../../shared/annotation';
import type { StoredTag } from '../db/database';
import { DialogAnswer } from '../dialogs/dialog-answer';
import { dialogStyles } from '../styles/shared-styles';
import type { SaveTagsDetail } from '../app/intents';

const KIND_LABELS: Readonly<Record<TagKind, string>> = {
  entity: 'Entity (person, organisation, place…)',
  quote: 'Quote',
  claim: 'Claim',
  other: 'Other',
};

interface DraftTag extends StoredTag {
  deleted: boolean;
}

/** Why the draft cannot be saved, in an editor's words; empty when it can. */
export function tagSetProblems(tags: readonly StoredTag[]): string[] {
  const problems: string[] = [];
  const labels = new Set<string>();
  const keys = new Set<string>();
  for (const tag of tags) {
    const label = tag.label.trim();
    if (!label) problems.push('Every tag needs a label.');
    else if (labels.has(label.toLowerCase())) problems.push(`Two tags are called ${label}.`);
    labels.add(label.toLowerCase());
    if (!/^#[0-9a-f]{6}$/i.test(tag.color)) problems.push(`${label || 'A tag'} needs a colour.`);
    if (tag.shortcut && (/\s/.test(tag.shortcut) || [...tag.shortcut].length !== 1))
      problems.push(`The key for ${label} must be one character.`);
    if (tag.shortcut && keys.has(tag.shortcut)) problems.push(`Two tags use the key ${tag.shortcut}.`);
    if (tag.shortcut) keys.add(tag.shortcut);
  }
  return problems;
}

@customElement('nr-tag-editor')
export class NrTagEditor extends LitElement {
  static override styles = [
    dialogStyles,
    css`
      dialog {
        width: min(760px, 94vw);
      }
      table {
        border-collapse: collapse;
        width: 100%;
        margin-bottom: 12px;
      }
      td,
      th {
        padding: 4px;
        text-align: left;
        font-size: 13px;
      }
      th {
        color: #5f5a50;
        font-weight: 400;
      }
      input,
      select {
        font: inherit;
        padding: 3px 5px;
        border: 1px solid #cfc7b4;
        border-radius: 5px;
      }
      input[type='color'] {
        width: 44px;
        padding: 0 2px;
        height: 28px;
      }
      .key {
        width: 3em;
        text-align: center;
      }
      td button {
        padding: 3px 8px;
        font-size: 13px;
      }
      .deleted td {
        background: #fdf0ee;
      }
      .spacer {
        flex: 1;
      }
      [role='alert'] {
        color: #a11;
        margin: 0 0 8px;
      }
    `,
  ];

  @state() private _draft: DraftTag[] = [];
  @state() private _usage: ReadonlyMap<string, number> = new Map();
  @state() private _moveTo: Record<string, string> = {};
  @state() private _problems: string[] = [];
  @query('dialog') private _dialog!: HTMLDialogElement | null;
  private readonly _answer = new DialogAnswer<SaveTagsDetail>();

  /**
   * Opens the editor on the current tags; `usage` counts the annotations of each tag in the whole library. Resolves
   * with the tag set to save, or null when the editor cancels.
   */
  ask(tags: readonly StoredTag[], usage: ReadonlyMap<string, number>): Promise<SaveTagsDetail | null> {
    this._draft = tags.map((tag) => ({ ...tag, deleted: false }));
    this._usage = usage;
    this._moveTo = {};
    this._problems = [];
    return this._answer.ask(this._dialog);
  }

  override render() {
    const kept = this._draft.filter((tag) => !tag.deleted);
    return html`<dialog aria-labelledby="tags-heading" @close=${() => this._answer.settle(null)}>
      <h2 id="tags-heading">Tags</h2>
      <table>
        <thead>
          <tr>
            <th>Label</th>
            <th>Colour</th>
            <th>Key</th>
            <th>Kind</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${this._draft.map((tag, index) => this._renderRow(tag, index, kept))}
        </tbody>
      </table>
      ${this._problems.length > 0 ? html`<div role="alert">${this._problems.map((problem) => html`<div>${problem}</div>`)}</div>` : nothing}
      <div class="buttons">
        <button type="button" @click=${this._add}>Add tag</button>
        <span class="spacer"></span>
        <button type="button" @click=${() => this._dialog?.close()}>Cancel</button>
        <button type="button" class="primary" @click=${this._save}>Save tags</button>
      </div>
    </dialog>`;
  }

  private _renderRow(tag: DraftTag, index: number, kept: readonly DraftTag[]) {
    const name = tag.label || 'new tag';
    const used = this._usage.get(tag.id) ?? 0;
    if (tag.deleted) {
      return html`<tr class="deleted">
        <td colspan="4">
          ${
            used > 0
              ? html`${used} ${used === 1 ? 'annotation uses' : 'annotations use'} ${tag.label}. Move them to
                  <select
                    aria-label="Move ${tag.label} annotations to"
                    @change=${(event: Event) => this._chooseTarget(tag.id, event)}
                  >
                    <option value="">choose a tag…</option>
                    ${kept.map((other) => html`<option value=${other.id} ?selected=${this._moveTo[tag.id] === other.id}>${other.label}</option>`)}
                  </select>`
              : html`${tag.label} will be deleted.`
          }
        </td>
        <td><button type="button" @click=${() => this._update(index, { deleted: false })}>Keep ${tag.label}</button></td>
      </tr>`;
    }
    return html`<tr>
      <td>
        <input
          aria-label="Label of ${name}"
          placeholder="New tag"
          .value=${tag.label}
          @input=${(event: Event) => this._update(index, { label: (event.target as HTMLInputElement).value })}
        />
      </td>
      <td>
        <input
          type="color"
          aria-label="Colour of ${name}"
          .value=${tag.color}
          @input=${(event: Event) => this._update(index, { color: (event.target as HTMLInputElement).value })}
        />
      </td>
      <td>
        <input
          class="key"
          aria-label="Key for ${name}"
          maxlength="1"
          .value=${tag.shortcut}
          @input=${(event: Event) => this._update(index, { shortcut: (event.target as HTMLInputElement).value })}
        />
      </td>
      <td>
        <select
          aria-label="Kind of ${name}"
          @change=${(event: Event) => this._update(index, { kind: (event.target as HTMLSelectElement).value as TagKind })}
        >
          ${(Object.keys(KIND_LABELS) as TagKind[]).map((kind) => html`<option value=${kind} ?selected=${kind === tag.kind}>${KIND_LABELS[kind]}</option>`)}
        </select>
      </td>
      <td>
        <button type="button" aria-label="Move ${name} up" ?disabled=${index === 0} @click=${() => this._move(index, -1)}>
          ↑
        </button>
        <button
          type="button"
          aria-label="Move ${name} down"
          ?disabled=${index === this._draft.length - 1}
          @click=${() => this._move(index, 1)}
        >
          ↓
        </button>
        <button type="button" aria-label="Delete ${name}" @click=${() => this._update(index, { deleted: true })}>Delete</button>
      </td>
    </tr>`;
  }

  private _update(index: number, change: Partial<DraftTag>): void {
    this._draft = this._draft.map((tag, position) => (position === index ? { ...tag, ...change } : tag));
  }

  private _move(index: number, step: number): void {
    const draft = [...this._draft];
    const [tag] = draft.splice(index, 1);
    if (!tag) return;
    draft.splice(index + step, 0, tag);
    this._draft = draft;
  }

  private _add(): void {
    const used = new Set(this._draft.map((tag) => tag.shortcut));
    const key = ['6', '7', '8', '9'].find((candidate) => !used.has(candidate)) ?? '';
    this._draft = [
      ...this._draft,
      {
        id: `tag-${crypto.randomUUID().slice(0, 8)}`,
        label: '',
        kind: 'other',
        color: '#9aa5b1',
        shortcut: key,
        position: 0,
        deleted: false,
      },
    ];
  }

  private _chooseTarget(tagId: string, event: Event): void {
    this._moveTo = { ...this._moveTo, [tagId]: (event.target as HTMLSelectElement).value };
  }

  private _save(): void {
    const kept = this._draft.filter((tag) => !tag.deleted);
    const unplaced = this._draft.filter((tag) => tag.deleted && (this._usage.get(tag.id) ?? 0) > 0 && !this._moveTo[tag.id]);
    this._problems = [
      ...tagSetProblems(kept.map((tag) => ({ ...tag, label: tag.label.trim() }))),
      ...unplaced.map((tag) => `Choose where the annotations of ${tag.label} go before deleting it.`),
      ...(kept.length === 0 ? ['Keep at least one tag.'] : []),
    ];
    if (this._problems.length > 0) return;
    const tags = kept.map(({ deleted: _deleted, ...tag }, position) => ({ ...tag, label: tag.label.trim(), position }));
    this._answer.settle({ tags, moveTo: this._moveTo });
    this._dialog?.close();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-tag-editor': NrTagEditor;
  }
}
