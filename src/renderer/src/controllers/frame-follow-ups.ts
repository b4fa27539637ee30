// Work the window does after a frame rather than in it: catching the inspector up with the focused annotation, and
// reading a newly opened article's words for name search while the editor reads.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prepareNameSearch } from '../../../shared/entities/name-matching';
import type { AppCore } from '../app/app-core';
import { afterThisFrame } from '../scrolling';

/**
 * The inspector shows the focused annotation one frame late. A tag's stored annotation then reaches the article and
 * the lists in one frame and the inspector in the next; in one task, the first tag after opening (V8 still compiling
 * the inspector's code) overran its frame.
 */
export class InspectorCatchUp implements ReactiveController {
  private catchingUp = false;

  /** `caughtUp` runs once the inspector shows the focused annotation. */
  constructor(
    host: ReactiveControllerHost,
    private readonly core: () => AppCore,
    private readonly caughtUp: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { session } = this.core();
    if (session.inspectedId === session.focusedId || this.catchingUp) return;
    this.catchingUp = true;
    afterThisFrame(() => {
      this.catchingUp = false;
      this.core().session.catchUpInspector();
      this.caughtUp();
    });
  }
}

/**
 * Tagging a name counts its other mentions in the article; reading a long article's words once, in idle time after it
 * opens, keeps that from delaying the first tag.
 */
export class IdleNameSearch implements ReactiveController {
  private preparedId: string | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly core: () => AppCore,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const article = this.core().library.article.value;
    if (!article || article.id === this.preparedId) return;
    this.preparedId = article.id;
    const step = prepareNameSearch(article.text);
    const prepare = (deadline: IdleDeadline): void => {
      if (this.core().library.article.value?.id !== article.id) return;
      while (deadline.timeRemaining() > 3) if (step()) return;
      requestIdleCallback(prepare);
    };
    requestIdleCallback(prepare);
  }
}
