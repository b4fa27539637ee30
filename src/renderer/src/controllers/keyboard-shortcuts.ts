// The window's keys: Ctrl+O, Ctrl+E, Ctrl+F, undo and redo anywhere outside a text field; tag keys, Delete, A and
// Escape on the article; N, Shift+N, Enter and X on its suggestions; Enter on the text an orphan is placed on. Each
// key is one call to the core.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AppCore } from '../app/app-core';
import type { TextSpan } from '../../../shared/text/text-span';
import { dialogOpen } from '../dialogs/dialog-answer';

/** What the keys act on in the window besides the core: the article view while it shows the open article. */
export interface ShortcutTarget {
  core(): AppCore;
  /** The selection in the shown article, snapped to words; null when nothing is selected or no article is shown. */
  selectedSpan(): TextSpan | null;
  /** Opens the find bar of the shown article; false when no article is shown. */
  openSearch(): boolean;
  /** Tags the selection (or retags the focused annotation) with `tagId`. */
  applyTag(tagId: string): void;
  /** Moves the focus to the window's next region (F6), or the one before (Shift+F6). */
  cycleRegion(forward: boolean): void;
}

/** Where keys type text, so that the window's own keys leave them alone. A select types none: undo works there. */
function isTextEntry(target: EventTarget | undefined): boolean {
  return (
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)) ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** Where the article's own keys (tag keys, Delete, N, Enter) do not belong: any control the editor is working in. */
function isControl(target: EventTarget | undefined): boolean {
  return isTextEntry(target) || target instanceof HTMLSelectElement || target instanceof HTMLInputElement;
}

export class KeyboardShortcuts implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly target: ShortcutTarget,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || dialogOpen()) return;
    const core = this.target.core();
    const target = event.composedPath()[0];
    const command = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (event.key === 'F6' && !command && !event.altKey) {
      event.preventDefault();
      this.target.cycleRegion(!event.shiftKey);
      return;
    }
    if (command && !event.altKey) {
      if (key === 'o') {
        event.preventDefault();
        void core.workflows.pickAndOpen();
      } else if (key === 'e') {
        event.preventDefault();
        void core.workflows.export();
      } else if (key === 'f' && event.shiftKey) {
        event.preventDefault();
        core.session.toggleView('search');
      } else if (key === 'f') {
        if (this.target.openSearch()) event.preventDefault();
      } else if (!isTextEntry(target) && ((key === 'z' && event.shiftKey) || key === 'y')) {
        event.preventDefault();
        void core.commands.step('redo');
      } else if (!isTextEntry(target) && key === 'z') {
        event.preventDefault();
        void core.commands.step('undo');
      }
      return;
    }
    // Tag keys and Delete act on the article's text, which the entity index and the text search hide.
    if (event.altKey || isControl(target) || core.session.view !== 'article') return;
    const { focusedId } = core.session;
    const tag = core.library.tags.find((candidate) => candidate.shortcut === event.key);
    const suggestion = core.suggestions.current;
    // The suggestions' keys: by the key's place on the keyboard, so that they work in a Russian layout too.
    if (event.code === 'KeyN') {
      event.preventDefault();
      const caret = this.target.selectedSpan()?.start ?? core.store.get(focusedId)?.end ?? 0;
      if (core.suggestions.step(!event.shiftKey, caret)) core.session.focus(null);
    } else if (event.key === 'Enter' && core.session.placingOrphanId && this.target.selectedSpan()) {
      event.preventDefault();
      const span = this.target.selectedSpan();
      if (span) void core.versionCommands.placeOrphan(span);
    } else if (suggestion && !this.target.selectedSpan() && (tag || event.key === 'Enter')) {
      event.preventDefault();
      void core.suggestions.accept(suggestion.id, tag?.id);
    } else if (suggestion && event.code === 'KeyX') {
      event.preventDefault();
      void core.suggestions.reject(suggestion.id);
    } else if (tag && (this.target.selectedSpan() || focusedId)) {
      event.preventDefault();
      this.target.applyTag(tag.id);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && focusedId) {
      event.preventDefault();
      void core.commands.deleteFocused();
    } else if (key === 'a' && focusedId) {
      event.preventDefault();
      void core.commands.addOfferedAlias(focusedId);
    } else if (event.key === 'Escape' && (focusedId || suggestion || core.session.placingOrphanId)) {
      core.session.focus(null);
      core.suggestions.choose(null);
      core.session.placeOrphan(null);
    }
  };
}
