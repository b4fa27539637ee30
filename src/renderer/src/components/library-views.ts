// The views that take the centre of the window over the whole library: the search of every article's text and the
// entity index, each wired to the core as nr-app wires the article.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { AppCore } from '../app/app-core';
import './nr-entity-index';
import './nr-text-search';

/** The library-wide view the session shows, or null while it shows the article. */
export function renderLibraryView(core: AppCore): TemplateResult | null {
  if (core.session.view === 'search') {
    const { textSearch } = core;
    return html`<nr-text-search
      .query=${textSearch.query}
      .result=${textSearch.result}
      .searching=${textSearch.searching}
      .error=${textSearch.error}
      @nr-search-texts=${(event: HTMLElementEventMap['nr-search-texts']) => void textSearch.search(event.detail.query)}
      @nr-open-hit=${(event: HTMLElementEventMap['nr-open-hit']) => {
        const { articleId, start, end, match } = event.detail;
        core.session.showArticle(articleId, { span: { start, end }, word: match });
      }}
    ></nr-text-search>`;
  }
  if (core.session.view === 'entities') {
    return html`<nr-entity-index
      .entries=${core.library.entityIndex}
      .tags=${core.library.tags}
      .query=${core.session.entityQuery}
      .appearancesOf=${(entityId: string) => core.library.appearancesOf(entityId)}
      @nr-find-entity=${(event: HTMLElementEventMap['nr-find-entity']) => core.session.setEntityQuery(event.detail.query)}
      @nr-show-appearance=${(event: HTMLElementEventMap['nr-show-appearance']) =>
        void core.showAppearance(event.detail.entityId, event.detail.articleId)}
      @nr-rename-entity=${(event: HTMLElementEventMap['nr-rename-entity']) => core.commands.renameEntity(event.detail)}
      @nr-merge-entity=${(event: HTMLElementEventMap['nr-merge-entity']) => core.commands.mergeEntity(event.detail)}
    ></nr-entity-index>`;
  }
  return null;
}
