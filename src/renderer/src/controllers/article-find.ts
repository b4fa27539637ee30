// The article's find bar (Ctrl+F): every match painted, the current one brought into view, Enter and Shift+Enter to
// step through them, Escape to close and give the keyboard back to the text, at the match it was on.
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../../shared/i18n/formatting';
import { html } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { TextMatch } from '../../../shared/text/text-search';
import { findText } from '../../../shared/text/text-search';
import type { TextSpan } from '../../../shared/text/text-span';
import { clearSearchMatches, paintSearchMatches } from '../highlight/search-highlights';
import type { ArticleFrame } from './article-selection';

export class ArticleFind {
  isOpen = false;
  private matches: readonly TextMatch[] = [];
  private current = 0;
  private readonly input = createRef<HTMLInputElement>();

  /**
   * `reveal` brings the current match into view; `closed` runs when the bar closes, with the match it was on (if any),
   * to give the text the keyboard there.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly frame: Pick<ArticleFrame, 'positionMap' | 'text'>,
    private readonly reveal: (span: TextSpan) => void,
    private readonly closed: (at: TextSpan | null) => void,
  ) {}

  /** Opens the bar with its text selected, or focuses it when open. */
  open(): void {
    this.isOpen = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.input.value?.focus();
      this.input.value?.select();
    });
  }

  /**
   * Opens the bar searching for `query`, on the match at `at` (or the first after it): the article was opened at a
   * word found by the library's search, and Enter steps on to the next place it is written so.
   */
  openAt(query: string, at: TextSpan): void {
    const text = this.frame.text();
    this.isOpen = true;
    this.matches = text === null ? [] : findText(text, query);
    this.current = Math.max(
      0,
      this.matches.findIndex((match) => match.start >= at.start),
    );
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const input = this.input.value;
      if (input) {
        input.value = query;
        input.focus();
      }
      this.show();
    });
  }

  /** The text changed: matches belong to the text they were found in. */
  forget(): void {
    this.matches = [];
    const map = this.frame.positionMap();
    if (map) clearSearchMatches(map);
  }

  render() {
    const count = this.matches.length;
    const status =
      count === 0
        ? this.input.value?.value
          ? msg('No matches')
          : ''
        : msg(str`${formatNumber(this.current + 1)} of ${formatNumber(count)}`);
    return html`<div class="search" role="search" aria-label=${msg('Search in article')}>
      <input
        ${ref(this.input)}
        type="search"
        aria-label=${msg('Search in article')}
        placeholder=${msg('Search in article')}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
      />
      <span class="search-status" aria-live="polite">${status}</span>
      <button type="button" ?disabled=${count === 0} @click=${() => this.step(-1)}>${msg('Previous')}</button>
      <button type="button" ?disabled=${count === 0} @click=${() => this.step(1)}>${msg('Next')}</button>
      <button type="button" @click=${() => this.close()}>${msg('Close search')}</button>
    </div>`;
  }

  private readonly onInput = (event: Event): void => {
    const text = this.frame.text();
    if (text === null || !this.frame.positionMap()) return;
    this.matches = findText(text, (event.target as HTMLInputElement).value);
    this.current = 0;
    this.show();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close();
    }
  };

  private step(by: number): void {
    if (this.matches.length === 0) return;
    this.current = (this.current + by + this.matches.length) % this.matches.length;
    this.show();
  }

  private show(): void {
    const map = this.frame.positionMap();
    if (!map) return;
    paintSearchMatches(map, this.matches, this.current);
    const match = this.matches[this.current];
    if (match) this.reveal(match);
    this.host.requestUpdate();
  }

  private close(): void {
    const at = this.matches[this.current] ?? null;
    this.isOpen = false;
    this.forget();
    this.host.requestUpdate();
    this.closed(at);
  }
}
