// The window's header, wired to the core as nr-app wires the rest: the app's name, the main toolbar (open, import,
// export, undo, redo, tags, the library-wide views) and the tag keys' legend.
import { html } from 'lit';
import type { Tag } from '../../../shared/annotation';
import type { AppCore } from '../app/app-core';
import { styleProperties } from '../directives/style-properties';

export function renderHeader(core: AppCore, tags: readonly Tag[]) {
  const { session } = core;
  const entries = core.libraryEntries;
  const history = core.history;
  return html`
    <header>
      <span class="brand">Newsroom Annotator</span>
      <div role="toolbar" aria-label="Main">
        <button
          type="button"
          aria-keyshortcuts="Control+O"
          title="Open articles (Ctrl+O)"
          @click=${() => core.workflows.pickAndOpen()}
        >
          Open…
        </button>
        <button
          type="button"
          title="Import annotations: a Newsroom Annotator export, W3C Web Annotations, or doccano/spaCy JSONL"
          @click=${() => core.workflows.pickAndImport()}
        >
          Import…
        </button>
        <button
          type="button"
          aria-keyshortcuts="Control+E"
          title="Export annotations (Ctrl+E)"
          ?disabled=${!entries?.length}
          @click=${() => core.workflows.export()}
        >
          Export…
        </button>
        <button
          type="button"
          aria-keyshortcuts="Control+Z"
          title="Undo (Ctrl+Z)"
          ?disabled=${!history?.canUndo}
          @click=${() => core.commands.step('undo')}
        >
          Undo
        </button>
        <button
          type="button"
          aria-keyshortcuts="Control+Shift+Z"
          title="Redo (Ctrl+Shift+Z)"
          ?disabled=${!history?.canRedo}
          @click=${() => core.commands.step('redo')}
        >
          Redo
        </button>
        <button type="button" title="Add, rename, recolour and reorder tags" @click=${() => core.workflows.editTags()}>
          Tags…
        </button>
        <button
          type="button"
          aria-pressed=${String(session.view === 'entities')}
          title="All entities of the library"
          @click=${() => session.toggleView('entities')}
        >
          Entities
        </button>
        <button
          type="button"
          aria-pressed=${String(session.view === 'search')}
          aria-keyshortcuts="Control+Shift+F"
          title="Search the texts of all articles (Ctrl+Shift+F)"
          @click=${() => session.toggleView('search')}
        >
          Search texts
        </button>
      </div>
      <div class="keys" aria-hidden="true">
        ${tags.map((tag) => html`<span style=${styleProperties({ '--swatch': tag.color })}>${tag.shortcut} ${tag.label}</span>`)}
      </div>
    </header>
  `;
}
