// What the window shows of the desk's sync: a line at the end of the status bar (synced, syncing, offline, or what
// went wrong and what to do), and the button that opens its settings.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { AppCore } from '../app/app-core';
import type { DeskSyncShown } from '../app/desk-sync-state';
import './nr-desk-dialog';

/** The sync's state in words, or null for a library linked to no desk. */
export function deskSyncText(status: DeskSyncShown, linked: boolean): string | null {
  switch (status.state) {
    case 'off':
      return linked ? msg('Desk: sync is off') : null;
    case 'syncing':
      return msg('Desk: syncing…');
    case 'synced':
      return msg('Desk: synced');
    case 'offline':
      return msg("Desk: offline. Your work is kept here and sent when the desk's server answers.");
    case 'password':
      return msg('Desk: give your password again in Sync with the desk… to go on syncing.');
    case 'error':
      if (status.problem === 'credentials')
        return msg(
          'Desk: the server refused your name or password, and nothing more is sent. Give them again in Sync with the desk…',
        );
      if (status.problem === 'denied') return msg(str`Desk: the server refused a change: ${status.detail}`);
      return msg(str`Desk: sync failed: ${status.detail}`);
  }
}

/** The sync's line in the status bar; its own live region, so a screen reader hears it change. */
export function renderDeskSyncStatus(core: AppCore) {
  const text = deskSyncText(core.deskSync.status, core.deskSync.link !== null);
  const problem = core.deskSync.status.state === 'error' || core.deskSync.status.state === 'password';
  return text === null
    ? nothing
    : html`<div class="desk-sync ${problem ? 'problem' : ''}" role="status" aria-label=${msg('Desk sync')}>${text}</div>`;
}

/** Who of the desk last changed the annotation, in a library linked to a desk; nothing otherwise. */
export function renderLastChangedBy(core: AppCore, annotationId: string) {
  const by = core.deskSync.authors.get(annotationId);
  return by === undefined ? nothing : html`<p class="desk-author">${msg(str`Last changed by ${by}`)}</p>`;
}

/** The button that opens the sync's settings. */
export function renderDeskSyncButton(core: AppCore) {
  return html`<button type="button" @click=${() => void core.deskSync.openSettings()}>${msg('Sync with the desk…')}</button>`;
}
