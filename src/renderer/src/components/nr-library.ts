// The library: every article opened so far, with its date and annotation count, in the order the editor chooses and
// narrowed to the titles they look for. Virtualised: a year's 5,000 articles draw only the rows in view.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import { formatDate } from '../../../shared/i18n/formatting';
import { textLanguage } from '../../../shared/text/text-language';
import '@lit-labs/virtualizer';
import { rowsLayout } from './rows-layout';
import type { LibraryEntry } from '../db/library';
import type { LibraryOrder } from '../app/library-list';
import { listedEntries } from '../app/library-list';
import { rememberLast } from '../remember-last';
import { panelListStyles } from '../styles/shared-styles';
import { annotationCountLabel, articleCountLabel } from '../count-labels';

/** An article's row: a two-line title and its line of dates and counts. */
const LIBRARY_ROWS = rowsLayout(74);

export interface OpenArticleDetail {
  articleId: string;
}

const NO_ENTRIES: LibraryEntry[] = [];

@customElement('nr-library')
@localized()
export class NrLibrary extends LitElement {
  static override styles = [
    panelListStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
      }
      .find {
        display: grid;
        gap: 4px;
        margin: 0 2px 8px;
      }
      input,
      select {
        font: inherit;
        font-size: 13px;
        min-width: 0;
        padding: 3px 6px;
        border: 1px solid #cfc7b4;
        border-radius: 5px;
        background: #fff;
        color: inherit;
      }
      .count {
        margin: 0 4px 6px;
        font-size: 12px;
        color: #5f5a50;
      }
      .scroller {
        flex: 1;
        min-height: 0;
        overflow: auto;
      }
      lit-virtualizer > div {
        /* The virtualizer positions rows absolutely; without a width they would shrink to their text. */
        width: 100%;
      }
      button {
        display: block;
        padding: 8px 10px;
      }
      button[aria-current='true'] {
        background: #e9e4d8;
        border-color: #cfc7b4;
      }
      .title {
        display: block;
        font-weight: 700;
        overflow-wrap: anywhere;
      }
      .meta {
        display: block;
        font-size: 12px;
        color: #5f5a50;
        margin-top: 2px;
      }
    `,
  ];

  /** The library's articles, most recently opened first; undefined until they are read. */
  @property({ attribute: false }) entries: readonly LibraryEntry[] | undefined = undefined;
  /** The list's first rows, read ahead while `entries` are still being read. */
  @property({ attribute: false }) firstEntries: readonly LibraryEntry[] | undefined = undefined;
  /** Id of the article open in the reader, marked as current. */
  @property({ attribute: false }) currentId: string | null = null;

  @state() private _query = '';
  @state() private _order: LibraryOrder = 'opened';
  private readonly _listed = rememberLast(listedEntries);

  override render() {
    const { entries } = this;
    if (entries?.length === 0) return html`<p class="empty">${msg('No articles yet.')}</p>`;
    // While the library is read the list is already there, empty: the virtualiser has measured its box by the time
    // the articles arrive, and draws their rows in that frame instead of one or two later.
    // The first rows stand in for the list in the order it opens with; a search or the other order waits for it all.
    const ahead = !entries && this._order === 'opened' && this._query === '' ? this.firstEntries : undefined;
    const listed = entries ? this._listed(entries, this._order, this._query) : (ahead ?? NO_ENTRIES);
    const count = listed.length;
    return html`<div class="find">
        <input
          type="search"
          aria-label=${msg('Find an article by title')}
          placeholder=${msg('Find by title')}
          .value=${this._query}
          @input=${(event: Event) => (this._query = (event.target as HTMLInputElement).value)}
        />
        <select
          aria-label=${msg('Order of the articles')}
          @change=${(event: Event) => (this._order = (event.target as HTMLSelectElement).value as LibraryOrder)}
        >
          <option value="opened" ?selected=${this._order === 'opened'}>${msg('Files, latest first')}</option>
          <option value="date" ?selected=${this._order === 'date'}>${msg('Stories, newest first')}</option>
        </select>
      </div>
      <p class="count" role="status">
        ${!entries ? (ahead ? msg('Reading the library…') : '') : count === 0 ? this._noMatch() : articleCountLabel(count, entries.length)}
      </p>
      <div class="scroller">
        <lit-virtualizer
          role="list"
          aria-label=${msg('Articles')}
          .layout=${LIBRARY_ROWS}
          .items=${listed}
          .keyFunction=${(entry: LibraryEntry | undefined, index: number) => entry?.id ?? index}
          .renderItem=${(entry: LibraryEntry | undefined, index: number) =>
            // Rows past the end are asked for once when the list shrinks below where it was scrolled (lit/lit#4833).
            entry
              ? html`<div role="listitem" aria-setsize=${count} aria-posinset=${index + 1}>
                  <button type="button" aria-current=${String(entry.id === this.currentId)} @click=${() => this._open(entry.id)}>
                    <span class="title" lang=${ifDefined(textLanguage(entry.title))}>${entry.title}</span>
                    <span class="meta"
                      >${[
                        entry.date ? formatDate(entry.date) : '',
                        annotationCountLabel(entry.annotationCount),
                        entry.version > 1 ? msg(str`version ${entry.version}`) : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}</span
                    >
                  </button>
                </div>`
              : nothing}
        ></lit-virtualizer>
      </div>`;
  }

  private _noMatch(): string {
    const query = this._query.trim();
    return msg(str`No article title contains “${query}”.`);
  }

  private _open(articleId: string): void {
    this.dispatchEvent(
      new CustomEvent<OpenArticleDetail>('nr-open-article', { detail: { articleId }, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nr-library': NrLibrary;
  }
  interface HTMLElementEventMap {
    'nr-open-article': CustomEvent<OpenArticleDetail>;
  }
}
