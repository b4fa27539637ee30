// Details of the focused annotation, editable by keyboard and mouse: tag, entity, speaker, claim verdict, note.
import { claimStatusLabel } from '../claim-status-labels';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import { formatDateTime, formatNumber } from '../../../shared/i18n/formatting';
import { textLanguage } from '../../../shared/text/text-language';
import { tagLabel } from '../tag-labels';
import type { Annotation, ClaimReview, ClaimStatus, Entity, Tag } from '../../../shared/annotation';
import { CLAIM_STATUSES } from '../../../shared/annotation';
import { keyHintStyles, smallControlRules } from '../styles/shared-styles';
import { compareNames } from '../../../shared/text/collation';
import type { AnnotationEdit } from '../app/intents';
import { rememberLast } from '../remember-last';
import type { EntityAppearance } from '../db/library';
import './nr-entity-appearances';
import './nr-entity-chooser';

const REVIEWER_KEY = 'newsroom-annotator:reviewer';

@customElement('nr-inspector')
@localized()
export class NrInspector extends LitElement {
  static override styles = [
    keyHintStyles,
    css`
      :host {
        display: block;
        font:
          14px/1.35 'PT Sans',
          system-ui,
          sans-serif;
        color: #222;
        background: #fff;
        border: 1px solid #e2ddd2;
        border-radius: 8px;
        padding: 10px 12px;
      }
      .changed {
        margin: 0 0 10px;
        padding: 6px 8px;
        border-left: 3px solid #d99a2b;
        background: #fdf6e7;
      }
      .changed p {
        margin: 0 0 6px;
      }
      .quote {
        font-family: 'PT Serif', Georgia, serif;
        margin: 0 0 8px;
        overflow-wrap: anywhere;
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        overflow: hidden;
      }
      label,
      .field {
        display: grid;
        gap: 2px;
        margin: 0 0 8px;
        font-size: 12px;
        color: #5f5a50;
      }
      select,
      textarea,
      input {
        font:
          14px/1.35 'PT Sans',
          system-ui,
          sans-serif;
        color: #222;
        border: 1px solid #cfc7b4;
        border-radius: 5px;
        padding: 4px 6px;
        background: #fff;
      }
      textarea {
        resize: vertical;
        min-height: 1.9em;
        field-sizing: content;
        max-height: 8em;
      }
      .proposal {
        display: flex;
        align-items: center;
        gap: 8px;
        font-size: 13px;
        margin: -4px 0 8px;
      }
      .proposal button {
        font: inherit;
        padding: 2px 8px;
        border-radius: 5px;
        border: 1px solid #1d4ed8;
        background: #1d4ed8;
        color: #fff;
        cursor: pointer;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: -2px 0 8px;
      }
      .actions button {
        ${smallControlRules}
        cursor: pointer;
      }
      nr-entity-chooser {
        display: block;
        font-size: 14px;
        color: #222;
      }
      nr-entity-appearances {
        margin: 0 0 8px;
      }
      .changed {
        font-size: 12px;
        color: #5f5a50;
        margin: -4px 0 8px;
      }
    `,
  ];

  @property({ attribute: false }) annotation: Annotation | null = null;
  @property({ attribute: false }) tags: readonly Tag[] = [];
  /** Entities of the library, to relink a mention to. */
  @property({ attribute: false }) libraryEntities: readonly Entity[] = [];
  /** People named in this article, who may have said a quote. */
  @property({ attribute: false }) speakers: readonly Entity[] = [];
  /** Entity id proposed as the speaker of a quote without one. */
  @property({ attribute: false }) proposedSpeakerId: string | null = null;
  /** A Latin name in parentheses after the mention, offered as an alias of its entity. */
  @property({ attribute: false }) offeredAlias: string | null = null;
  /** Reads the articles an entity appears in, when the editor asks for them. */
  @property({ attribute: false }) appearancesOf: ((entityId: string) => Promise<EntityAppearance[]>) | undefined;
  /** How many untagged mentions of the entity the article has, offered to tag in one step. */
  @property({ type: Number }) untaggedMentions = 0;

  /** The entity whose articles the editor asked to see. */
  @state() private _appearancesShownFor: string | null = null;

  override render() {
    const annotation = this.annotation;
    if (!annotation) return nothing;
    const tag = this.tags.find((candidate) => candidate.id === annotation.tag);
    return html`<section aria-label=${msg('Annotation details')} @keydown=${this._onKeyDown}>
      <p class="quote" lang=${ifDefined(textLanguage(annotation.quote))}>
        ${annotation.quote.length > 160 ? `${annotation.quote.slice(0, 160)}…` : annotation.quote}
      </p>
      ${annotation.previousQuote === undefined ? nothing : this._renderChange(annotation.id, annotation.previousQuote)}
      <label
        >${msg('Tag')}
        <select @change=${this._onTagChange}>
          ${this.tags.map((candidate) => html`<option value=${candidate.id} ?selected=${candidate.id === annotation.tag}>${tagLabel(candidate)}</option>`)}
        </select>
      </label>
      ${tag?.kind === 'entity' ? this._renderEntity(annotation) : nothing}
      ${tag?.kind === 'quote' ? this._renderSpeaker(annotation) : nothing}
      ${tag?.kind === 'claim' ? this._renderClaim(annotation) : nothing}
      <label
        >${msg('Note')}
        <textarea
          .value=${annotation.note ?? ''}
          @change=${(event: Event) => this._edit({ field: 'note', note: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
      </label>
    </section>`;
  }

  /** A text the story's new version changed: what it read, and the editor's confirmation that it still holds. */
  private _renderChange(annotationId: string, previousQuote: string) {
    return html`<div class="changed" role="note">
      <p>
        ${msg('Its text changed in this version. It read:')}
        <q lang=${ifDefined(textLanguage(previousQuote))}>${previousQuote}</q>
      </p>
      <button
        type="button"
        @click=${() =>
          this.dispatchEvent(new CustomEvent('nr-confirm-change', { detail: { annotationId }, bubbles: true, composed: true }))}
      >
        ${msg('Confirm as it now reads')}
      </button>
    </div>`;
  }

  private _renderEntity(annotation: Annotation) {
    const entity = this.libraryEntities.find((candidate) => candidate.id === annotation.entityId);
    return html`<div class="field">
        <span aria-hidden="true">${msg('Entity')}</span>
        <nr-entity-chooser
          label=${msg('Entity')}
          .value=${entity?.name ?? ''}
          .candidates=${this._relinkCandidates(this.libraryEntities, annotation.tag, annotation.entityId)}
          @nr-entity-chosen=${(event: HTMLElementEventMap['nr-entity-chosen']) => {
            if (event.detail.entityId) this._edit({ field: 'entity', entityId: event.detail.entityId });
          }}
        ></nr-entity-chooser>
      </div>
      ${this._renderEntityActions(entity)}`;
  }

  /**
   * The entities a mention can be relinked to, by name: worked out again only when the library's entities or the
   * mention change, not on every render of the inspector (a year's library has 2,000 to sort).
   */
  private readonly _relinkCandidates = rememberLast(
    (entities: readonly Entity[], tag: string, linkedId: string | undefined): Entity[] =>
      entities
        .filter((candidate) => candidate.tag === tag && candidate.id !== linkedId)
        .sort((a, b) => compareNames(a.name, b.name)),
  );

  /**
   * What can be done with the mention's entity: split the mention off, add the alias offered, tag its other mentions,
   * and "where else does this person appear", the entity's articles read when the editor asks.
   */
  private _renderEntityActions(entity: Entity | undefined) {
    const appearancesShown = entity !== undefined && this._appearancesShownFor === entity.id;
    return html`<div class="actions">
        <button type="button" @click=${() => this._edit({ field: 'entity', entityId: null })}>
          ${msg('New entity from this mention')}
        </button>
        ${
          entity
            ? html`<button
                type="button"
                aria-expanded=${String(appearancesShown)}
                @click=${() => (this._appearancesShownFor = appearancesShown ? null : entity.id)}
              >
                ${msg(str`Articles with ${entity.name}`)}
              </button>`
            : nothing
        }
        ${
          this.offeredAlias
            ? html`<button type="button" aria-keyshortcuts="A" @click=${() => this._emit('nr-add-alias')}>
                ${this._addAliasLabel(this.offeredAlias)} <kbd>A</kbd>
              </button>`
            : nothing
        }
        ${
          this.untaggedMentions > 0
            ? html`<button type="button" @click=${() => this._emit('nr-tag-all-mentions')}>
                ${this._tagAllLabel(this.untaggedMentions)}
              </button>`
            : nothing
        }
      </div>
      ${
        appearancesShown
          ? html`<nr-entity-appearances
              .entityId=${entity.id}
              .entityName=${entity.name}
              .load=${this.appearancesOf}
            ></nr-entity-appearances>`
          : nothing
      }`;
  }

  private _emit(type: 'nr-add-alias' | 'nr-tag-all-mentions'): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true }));
  }

  private _renderSpeaker(annotation: Annotation) {
    const proposed =
      annotation.speakerId === undefined ? this.speakers.find((entity) => entity.id === this.proposedSpeakerId) : undefined;
    return html`<label
        >${msg('Speaker')}
        <select @change=${this._onSpeakerChange}>
          <option value="" ?selected=${annotation.speakerId === undefined}>${msg('Not set')}</option>
          ${this.speakers.map((entity) => html`<option value=${entity.id} ?selected=${entity.id === annotation.speakerId}>${entity.name}</option>`)}
        </select>
      </label>
      ${
        proposed
          ? html`<div class="proposal">
              <span>${msg(str`Proposed: ${proposed.name}`)}</span>
              <button
                type="button"
                aria-keyshortcuts="Enter"
                @click=${() => this._edit({ field: 'speaker', speakerId: proposed.id })}
              >
                ${msg('Accept speaker')}
              </button>
            </div>`
          : nothing
      }`;
  }

  private _renderClaim(annotation: Annotation) {
    const claim = annotation.claim ?? { status: 'unverified' as const, note: '', sources: [] };
    return html`<label
        >${msg('Status')}
        <select
          @change=${(event: Event) =>
            this._editClaim(claim, { status: (event.target as HTMLSelectElement).value as ClaimStatus })}
        >
          ${CLAIM_STATUSES.map((status) => html`<option value=${status} ?selected=${status === claim.status}>${claimStatusLabel(status)}</option>`)}
        </select>
      </label>
      ${claim.changedAt ? html`<p class="changed">${this._changedLabel(claim.changedAt, claim.changedBy)}</p>` : nothing}
      <label
        >${msg('Verification note')}
        <textarea
          .value=${claim.note}
          @change=${(event: Event) => this._editClaim(claim, { note: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
      </label>
      <label
        >${msg('Sources, one per line')}
        <textarea
          .value=${claim.sources.join('\n')}
          @change=${(event: Event) =>
            this._editClaim(claim, {
              sources: (event.target as HTMLTextAreaElement).value
                .split('\n')
                .map((line) => line.trim())
                .filter(Boolean),
            })}
        ></textarea>
      </label>
      <label
        >${msg('Reviewer')}
        <input
          .value=${localStorage.getItem(REVIEWER_KEY) ?? ''}
          @change=${(event: Event) => localStorage.setItem(REVIEWER_KEY, (event.target as HTMLInputElement).value.trim())}
        />
      </label>`;
  }

  private _addAliasLabel(alias: string): string {
    return msg(str`Add alias “${alias}”`);
  }

  private _tagAllLabel(untagged: number): string {
    const more = formatNumber(untagged);
    return msg(str`Tag all mentions: ${more} more`);
  }

  /** `Changed 1 Dec 2026, 05:54 by Анна`: when the claim's status was last set, and by whom. */
  private _changedLabel(changedAt: string, changedBy: string | undefined): string {
    const when = formatDateTime(changedAt);
    return changedBy ? msg(str`Changed ${when} by ${changedBy}`) : msg(str`Changed ${when}`);
  }

  /** Enter accepts the proposed speaker, unless the key belongs to a field. */
  private _onKeyDown(event: KeyboardEvent): void {
    const target = event.composedPath()[0];
    if (event.key !== 'Enter' || target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement) return;
    const annotation = this.annotation;
    if (annotation?.speakerId === undefined && this.proposedSpeakerId) {
      event.preventDefault();
      this._edit({ field: 'speaker', speakerId: this.proposedSpeakerId });
    }
  }

  private _onTagChange(event: Event): void {
    const tagId = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new CustomEvent('nr-tag-chosen', { detail: { tagId }, bubbles: true, composed: true }));
  }

  private _onSpeakerChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this._edit({ field: 'speaker', speakerId: value === '' ? null : value });
  }

  /** A status change is stamped with when and by whom; other claim fields keep the stamp they had. */
  private _editClaim(claim: ClaimReview, change: Partial<ClaimReview>): void {
    const reviewer = localStorage.getItem(REVIEWER_KEY) ?? '';
    const stamped =
      change.status !== undefined && change.status !== claim.status
        ? { changedAt: new Date().toISOString(), ...(reviewer ? { changedBy: reviewer } : {}) }
        : {};
    this._edit({ field: 'claim', change: { ...change, ...stamped } });
  }

  private _edit(edit: AnnotationEdit): void {
    this.dispatchEvent(new CustomEvent<AnnotationEdit>('nr-edit-annotation', { detail: edit, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementEventMap {
    'nr-confirm-change': CustomEvent<{ annotationId: string }>;
  }
  interface HTMLElementTagNameMap {
    'nr-inspector': NrInspector;
  }
  interface HTMLElementEventMap {
    'nr-edit-annotation': CustomEvent<AnnotationEdit>;
    'nr-add-alias': CustomEvent<void>;
    'nr-tag-all-mentions': CustomEvent<void>;
  }
}
