// The search of every article's text: the editor types words, and sees the articles holding all of them (any form
// of each word, the last one also as a beginning), each with the place it is first found; a hit opens the article
// there.
import { css, html, LitElement, nothing } from 'lit';
import { centreViewStyles } from '../styles/shared-styles';
import { localized, msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, formatNumber } from '../../../shared/i18n/formatting';
import { textLanguage } from '../../../shared/text/text-language';
import { articlesLabel } from '../count-labels';
import { customElement, property } from 'lit/decorators.js';
import type { TextSearchResult } from '../db/library-jobs';
import type { TextHit } from '../db/text-index';

export interface SearchTextsDetail {
  query: string;
}

export type OpenHitDetail = Pick<TextHit, 'articleId' | 'start' | 'end' | 'match'>;

/** Waits this long after the last key before searching, so that a word typed fast is searched once. */
const TYPING_PAUSE_MS = 150;

/** "12 articles", or "The first 100 of 340 articles". */
function hitCountLabel({ hits, total }: TextSearchResult): string {
  const articles = articlesLabel(total);
  return hits.length === total ? articles : msg(str`The first ${formatNumber(hits.length)} of ${articles}`);
}

@customElement('nr-text-search')
@localized()
export class NrTextSearch extends LitElement {
  static override styles = [
    centreViewStyles,
    css`
      :host {
        max-width: 860px;
      }
      input {
        font: inherit;
        font-size: 15px;
        width: 100%;
        box-sizing: border-box;
        padding: 6px 10px;
        border-radius: 6px;
        border: 1px solid #b9b2a3;
        background: #fff;
        color: inherit;
      }
      .status {
        font-size: 13px;
        color: #5f5a50;
        margin: 8px 0 12px;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        border-bottom: 1px solid #e2ddd2;
        /* A hundred hits, a screenful seen: the others are laid out and painted when scrolled to. */
        content-visibility: auto;
        contain-intrinsic-size: auto 90px;
      }
      button {
        display: block;
        width: 100%;
        font: inherit;
        text-align: left;
        padding: 10px 8px;
        border: none;
        background: none;
        color: inherit;
        cursor: pointer;
      }
      button:hover,
      button:focus-visible {
        background: #f1ede4;
      }
      .title {
        display: block;
        font-weight: 700;
        color: #1d4ed8;
      }
      .date {
        font-size: 12px;
        color: #5f5a50;
        margin-left: 6px;
        font-weight: 400;
      }
      .context {
        display: block;
        font-family: 'PT Serif', Georgia, serif;
        margin-top: 2px;
        color: #3a362e;
      }
      mark {
        background: #fde68a;
        color: inherit;
      }
    `,
  ];

  @property() query = '';
  @property({ attribute: false }) result: TextSearchResult | undefined;
  @property({ type: Boolean }) searching = false;
  @property() error: string | null = null;
  private typing: ReturnType<typeof setTimeout> | undefined;

  /** The search field takes the keyboard when the view opens: the editor came to type. */
  protected override firstUpdated(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typing);
  }

  override render() {
    return html`<section aria-labelledby="heading">
      <h1 id="heading">${msg('Search texts')}</h1>
      <input
        type="search"
        aria-label=${msg('Search the texts of all articles')}
        placeholder=${msg('Words to find in every article')}
        .value=${this.query}
        @input=${this._onInput}
        @keydown=${this._onKeyDown}
      />
      <p class="status" role="status">${this._status()}</p>
      ${
        this.result && this.result.hits.length > 0
          ? html`<ol aria-label=${msg('Articles found')}>
              ${this.result.hits.map(
                (hit) =>
                  html`<li>
                    <button type="button" @click=${() => this._open(hit)}>
                      <span class="title" lang=${ifDefined(textLanguage(hit.title))}
                        >${hit.title}<span class="date">${hit.date ? formatDate(hit.date) : ''}</span></span
                      >
                      <span class="context" lang=${ifDefined(textLanguage(hit.before + hit.match + hit.after))}
                        >${hit.before}<mark>${hit.match}</mark>${hit.after}</span
                      >
                    </button>
                  </li>`,
              )}
            </ol>`
          : nothing
      }
    </section>`;
  }

  private _status(): string {
    if (this.error) return msg(str`The search failed: ${this.error}`);
    if (this.searching) return msg('Searching…');
    if (!this.result) return msg('Every word is found in any of its forms: Казань also finds Казани.');
    if (this.result.total === 0) return msg(str`No article contains “${this.query.trim()}”.`);
    return hitCountLabel(this.result);
  }

  private _onInput(event: Event): void {
    const query = (event.target as HTMLInputElement).value;
    clearTimeout(this.typing);
    this.typing = setTimeout(() => this._search(query), TYPING_PAUSE_MS);
  }

  /** Enter searches at once; the typing pause is only for words typed on. */
  private _onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    clearTimeout(this.typing);
    this._search((event.target as HTMLInputElement).value);
  }

  private _search(query: string): void {
    this.dispatchEvent(
      new CustomEvent<SearchTextsDetail>('nr-search-texts', { detail: { query }, bubbles: true, composed: true }),
    );
  }

  private _open({ articleId, start, end, match }: TextHit): void {
    this.dispatchEvent(
      new CustomEvent<OpenHitDetail>('nr-open-hit', { detail: { articleId, start, end, match }, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-text-search': NrTextSearch;
  }
  interface HTMLElementEventMap {
    'nr-search-texts': CustomEvent<SearchTextsDetail>;
    'nr-open-hit': CustomEvent<OpenHitDetail>;
  }
}
