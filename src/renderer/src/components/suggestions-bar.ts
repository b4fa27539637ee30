// The suggestions' bar under the article, wired to the core as nr-app wires the article: what is suggested, by kind,
// the one the keys are on, and the switch.
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { TemplateResult } from 'lit';
import type { Tag } from '../../../shared/annotation';
import type { AppCore } from '../app/app-core';
import './nr-suggestions';
import type { AcceptAllDetail, SuggestionDecisionDetail } from './nr-suggestions';

export function renderSuggestionsBar(core: AppCore, tags: readonly Tag[]): TemplateResult {
  const { suggestions, library } = core;
  return html`<nr-suggestions
    role="region"
    aria-label=${msg('Suggestions')}
    status=${suggestions.status}
    problem=${suggestions.problem}
    .enabled=${suggestions.enabled}
    .counts=${suggestions.counts}
    .current=${suggestions.current}
    position=${suggestions.current ? suggestions.open.indexOf(suggestions.current) + 1 : 0}
    total=${suggestions.open.length}
    .tags=${tags}
    .link=${suggestions.currentLink}
    .text=${library.article.value?.text ?? ''}
    @nr-suggestions-enabled=${(event: CustomEvent<{ enabled: boolean }>) => suggestions.setEnabled(event.detail.enabled)}
    @nr-suggestions-accept-all=${(event: CustomEvent<AcceptAllDetail>) => void suggestions.acceptAll(event.detail.tag)}
    @nr-suggestion-accept=${(event: CustomEvent<SuggestionDecisionDetail>) => void suggestions.accept(event.detail.id)}
    @nr-suggestion-reject=${(event: CustomEvent<SuggestionDecisionDetail>) => void suggestions.reject(event.detail.id)}
  ></nr-suggestions>`;
}
