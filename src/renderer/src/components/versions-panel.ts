// What the window shows of a story's versions, wired to the core as nr-app wires the rest: the offer of a new version
// when the open article's file changed on disk, the picker of versions in the article's head line, and the orphans
// above the annotation lists.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { AppCore } from '../app/app-core';
import type { Tag } from '../../../shared/annotation';
import './nr-orphans';
import './nr-version-picker';

/** The versions of the open article's story, for the article view's head line. */
export function renderVersionPicker(core: AppCore) {
  const versions = core.library.versions.value ?? [];
  return versions.length < 2
    ? nothing
    : html`<nr-version-picker slot="versions" .versions=${versions} .currentId=${core.session.articleId}></nr-version-picker>`;
}

/** The open version's orphans, while it has any. */
export function renderOrphans(core: AppCore, tags: readonly Tag[]) {
  const orphans = core.library.orphans.value ?? [];
  return orphans.length === 0
    ? nothing
    : html`<nr-orphans
        .orphans=${orphans}
        .tags=${tags}
        .placingId=${core.session.placingOrphanId}
        @nr-place-orphan=${(event: HTMLElementEventMap['nr-place-orphan']) => core.session.placeOrphan(event.detail.orphanId)}
        @nr-drop-orphan=${(event: HTMLElementEventMap['nr-drop-orphan']) => {
          if (event.detail.orphanId) void core.versionCommands.dropOrphan(event.detail.orphanId);
        }}
      ></nr-orphans>`;
}

/** The open article's file changed on disk: its new version, offered. */
export function renderChangedFile(core: AppCore) {
  const file = core.notices.changedFile;
  if (!file) return nothing;
  return html`<section class="notices" aria-labelledby="changed-file-heading">
    <h2 id="changed-file-heading">${msg(str`${file.fileName} changed on disk`)}</h2>
    <ul>
      <li>${msg("Open it as the story's new version: its annotations follow where their text still stands.")}</li>
    </ul>
    <button type="button" @click=${() => core.workflows.openChangedFile()}>${msg('Open the new version')}</button>
    <button type="button" @click=${() => core.notices.offerChangedFile(null)}>${msg('Not now')}</button>
  </section>`;
}
