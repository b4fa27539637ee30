// The library: every article opened so far, most recent first, with its date and annotation count.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LibraryEntry } from '../db/library';
import { panelListStyles } from '../styles/shared-styles';
import { annotationCountLabel } from '../count-labels';

export interface OpenArticleDetail {
  articleId: string;
}

@customElement('nr-library')
export class NrLibrary extends LitElement {
  static override styles = [
    panelListStyles,
    css`
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
  /** Id of the article open in the reader, marked as current. */
  @property({ attribute: false }) currentId: string | null = null;

  override render() {
    const { entries } = this;
    if (entries === undefined) return null;
    if (entries.length === 0) return html`<p class="empty">No articles yet.</p>`;
    return html`<ul aria-label="Articles">
      ${entries.map(
        (entry) =>
          html`<li>
            <button type="button" aria-current=${String(entry.id === this.currentId)} @click=${() => this._open(entry.id)}>
              <span class="title">${entry.title}</span>
              <span class="meta">${[entry.date, annotationCountLabel(entry.annotationCount)].filter(Boolean).join(' · ')}</span>
            </button>
          </li>`,
      )}
    </ul>`;
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
