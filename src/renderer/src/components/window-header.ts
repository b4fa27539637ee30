// The window's header, wired to the core as nr-app wires the rest: the app's name, the main toolbar (open, import,
// export, undo, redo, tags, the library-wide views) and the tag keys' legend.
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { INTERFACE_LANGUAGES, LANGUAGE_NAMES } from '../../../shared/i18n/localization';
import type { LanguageChoice } from '../app/interface-language';
import type { Tag } from '../../../shared/annotation';
import type { AppCore } from '../app/app-core';
import { styleProperties } from '../directives/style-properties';
import { tagLabel } from '../tag-labels';

/** The interface's language: the system's, or one the editor chose; each offered by its own name. */
export function renderLanguageChoice(core: AppCore) {
  const { choice, systemLanguage } = core.language;
  const systemName = LANGUAGE_NAMES[systemLanguage];
  return html`<label class="language"
    >${msg('Language')}
    <select @change=${(event: Event) => core.language.choose((event.target as HTMLSelectElement).value as LanguageChoice)}>
      <option value="system" ?selected=${choice === 'system'}>${msg(str`System (${systemName})`)}</option>
      ${INTERFACE_LANGUAGES.map(
        (language) =>
          html`<option value=${language} lang=${language} ?selected=${choice === language}>${LANGUAGE_NAMES[language]}</option>`,
      )}
    </select></label
  >`;
}

/**
 * The header, its first Tab stop the skip button that puts the keyboard in the article's text (`skipToArticle`): a
 * button, as it moves focus into the article's frame, which no in-page link can reach.
 */
export function renderHeader(core: AppCore, tags: readonly Tag[], skipToArticle: () => void) {
  const { session } = core;
  const entries = core.libraryEntries;
  const history = core.history;
  return html`
    <header>
      <button type="button" class="skip-link" @click=${skipToArticle}>${msg('Skip to the article')}</button>
      <span class="brand">Newsroom Annotator</span>
      <div role="toolbar" aria-label=${msg('Main')}>
        <button
          type="button"
          aria-keyshortcuts="Control+O"
          title=${msg('Open articles (Ctrl+O)')}
          @click=${() => core.workflows.pickAndOpen()}
        >
          ${msg('Open…')}
        </button>
        <button
          type="button"
          title=${msg('Import annotations: a Newsroom Annotator export, W3C Web Annotations, or doccano/spaCy JSONL')}
          @click=${() => core.workflows.pickAndImport()}
        >
          ${msg('Import…')}
        </button>
        <button
          type="button"
          aria-keyshortcuts="Control+E"
          title=${msg('Export annotations (Ctrl+E)')}
          ?disabled=${!entries?.length}
          @click=${() => core.workflows.export()}
        >
          ${msg('Export…')}
        </button>
        <button
          type="button"
          aria-keyshortcuts="Control+Z"
          title=${msg('Undo (Ctrl+Z)')}
          ?disabled=${!history?.canUndo}
          @click=${() => core.commands.step('undo')}
        >
          ${msg('Undo')}
        </button>
        <button
          type="button"
          aria-keyshortcuts="Control+Shift+Z"
          title=${msg('Redo (Ctrl+Shift+Z)')}
          ?disabled=${!history?.canRedo}
          @click=${() => core.commands.step('redo')}
        >
          ${msg('Redo')}
        </button>
        <button type="button" title=${msg('Add, rename, recolour and reorder tags')} @click=${() => core.workflows.editTags()}>
          ${msg('Tags…')}
        </button>
        <button
          type="button"
          aria-pressed=${String(session.view === 'entities')}
          title=${msg('All entities of the library')}
          @click=${() => session.toggleView('entities')}
        >
          ${msg('Entities')}
        </button>
        <button
          type="button"
          aria-pressed=${String(session.view === 'search')}
          aria-keyshortcuts="Control+Shift+F"
          title=${msg('Search the texts of all articles (Ctrl+Shift+F)')}
          @click=${() => session.toggleView('search')}
        >
          ${msg('Search texts')}
        </button>
      </div>
      <div class="keys" aria-hidden="true">
        ${tags.map((tag) => html`<span style=${styleProperties({ '--swatch': tag.color })}>${tag.shortcut} ${tagLabel(tag)}</span>`)}
      </div>
    </header>
  `;
}
