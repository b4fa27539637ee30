// Edits the tag set: add, rename, recolour, reorder, change keys; a tag in use is deleted only once the editor
// says where its annotations go.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { annotationCountLabel } from '../count-labels';
import { storedTagLabel, tagLabel } from '../tag-labels';
import type { TagKind } from '../../../shared/annotation';
import type { StoredTag } from '../db/database';
import { DialogAnswer } from '../dialogs/dialog-answer';
import { dialogStyles, visuallyHidden } from '../styles/shared-styles';
import type { SaveTagsDetail } from '../app/intents';

const KIND_LABELS: Readonly<Record<TagKind, () => string>> = {
  entity: () => msg('Entity (person, organisation, place…)'),
  quote: () => msg('Quote', { id: 'tag-kind.quote' }),
  claim: () => msg('Claim', { id: 'tag-kind.claim' }),
  other: () => msg('Other', { id: 'tag-kind.other' }),
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
    if (!label) problems.push(msg('Every tag needs a label.'));
    else if (labels.has(label.toLowerCase())) problems.push(msg(str`Two tags are called ${label}.`));
    labels.add(label.toLowerCase());
    if (!/^#[0-9a-f]{6}$/i.test(tag.color))
      problems.push(label ? msg(str`${label} needs a colour.`) : msg('A tag without a label needs a colour.'));
    if (tag.shortcut && (/\s/.test(tag.shortcut) || [...tag.shortcut].length !== 1))
      problems.push(msg(str`The key for ${label} must be one character.`));
    if (tag.shortcut && keys.has(tag.shortcut)) problems.push(msg(str`Two tags use the key ${tag.shortcut}.`));
    if (tag.shortcut) keys.add(tag.shortcut);
  }
  return problems;
}

@customElement('nr-tag-editor')
@localized()
export class NrTagEditor extends LitElement {
  static override styles = [
    dialogStyles,
    visuallyHidden,
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
    // The default tags are edited under the names the interface gives them.
    this._draft = tags.map((tag) => ({ ...tag, label: tagLabel(tag), deleted: false }));
    this._usage = usage;
    this._moveTo = {};
    this._problems = [];
    return this._answer.ask(this._dialog);
  }

  override render() {
    const kept = this._draft.filter((tag) => !tag.deleted);
    return html`<dialog aria-labelledby="tags-heading" @close=${() => this._answer.settle(null)}>
      <h2 id="tags-heading">${msg('Tags')}</h2>
      <table>
        <thead>
          <tr>
            <th>${msg('Label')}</th>
            <th>${msg('Colour')}</th>
            <th>${msg('Key')}</th>
            <th>${msg('Kind')}</th>
            <th><span class="visually-hidden">${msg('Actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${this._draft.map((tag, index) => this._renderRow(tag, index, kept))}
        </tbody>
      </table>
      ${this._problems.length > 0 ? html`<div role="alert">${this._problems.map((problem) => html`<div>${problem}</div>`)}</div>` : nothing}
      <div class="buttons">
        <button type="button" @click=${this._add}>${msg('Add tag')}</button>
        <span class="spacer"></span>
        <button type="button" @click=${() => this._dialog?.close()}>${msg('Cancel')}</button>
        <button type="button" class="primary" @click=${this._save}>${msg('Save tags')}</button>
      </div>
    </dialog>`;
  }

  private _renderRow(tag: DraftTag, index: number, kept: readonly DraftTag[]) {
    const name = tag.label || msg('new tag');
    const used = this._usage.get(tag.id) ?? 0;
    if (tag.deleted) {
      return html`<tr class="deleted">
        <td colspan="4">
          ${
            used > 0
              ? html`${this._usedBy(used, tag.label)}
                  <select
                    aria-label=${msg(str`Move ${tag.label} annotations to`)}
                    @change=${(event: Event) => this._chooseTarget(tag.id, event)}
                  >
                    <option value="">${msg('choose a tag…')}</option>
                    ${kept.map((other) => html`<option value=${other.id} ?selected=${this._moveTo[tag.id] === other.id}>${other.label}</option>`)}
                  </select>`
              : msg(str`${tag.label} will be deleted.`)
          }
        </td>
        <td>
          <button type="button" @click=${() => this._update(index, { deleted: false })}>${msg(str`Keep ${tag.label}`)}</button>
        </td>
      </tr>`;
    }
    return html`<tr>
      <td>
        <input
          aria-label=${msg(str`Label of ${name}`)}
          placeholder=${msg('New tag')}
          .value=${tag.label}
          @input=${(event: Event) => this._update(index, { label: (event.target as HTMLInputElement).value })}
        />
      </td>
      <td>
        <input
          type="color"
          aria-label=${msg(str`Colour of ${name}`)}
          .value=${tag.color}
          @input=${(event: Event) => this._update(index, { color: (event.target as HTMLInputElement).value })}
        />
      </td>
      <td>
        <input
          class="key"
          aria-label=${msg(str`Key for ${name}`)}
          maxlength="1"
          .value=${tag.shortcut}
          @input=${(event: Event) => this._update(index, { shortcut: (event.target as HTMLInputElement).value })}
        />
      </td>
      <td>
        <select
          aria-label=${msg(str`Kind of ${name}`)}
          @change=${(event: Event) => this._update(index, { kind: (event.target as HTMLSelectElement).value as TagKind })}
        >
          ${(Object.keys(KIND_LABELS) as TagKind[]).map((kind) => html`<option value=${kind} ?selected=${kind === tag.kind}>${KIND_LABELS[kind]()}</option>`)}
        </select>
      </td>
      <td>
        <button
          type="button"
          aria-label=${msg(str`Move ${name} up`)}
          ?disabled=${index === 0}
          @click=${() => this._move(index, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label=${msg(str`Move ${name} down`)}
          ?disabled=${index === this._draft.length - 1}
          @click=${() => this._move(index, 1)}
        >
          ↓
        </button>
        <button type="button" aria-label=${msg(str`Delete ${name}`)} @click=${() => this._update(index, { deleted: true })}>
          ${msg('Delete')}
        </button>
      </td>
    </tr>`;
  }

  /** `3 annotations use Place. Move them to`, before the choice of where. */
  private _usedBy(count: number, label: string): string {
    const annotations = annotationCountLabel(count);
    return msg(str`${annotations} use ${label}. Move them to`);
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
      ...unplaced.map((tag) => msg(str`Choose where the annotations of ${tag.label} go before deleting it.`)),
      ...(kept.length === 0 ? [msg('Keep at least one tag.')] : []),
    ];
    if (this._problems.length > 0) return;
    const tags = kept.map(({ deleted: _deleted, ...tag }, position) => ({
      ...tag,
      label: storedTagLabel({ id: tag.id, label: tag.label.trim() }),
      position,
    }));
    this._answer.settle({ tags, moveTo: this._moveTo });
    this._dialog?.close();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-tag-editor': NrTagEditor;
  }
}
