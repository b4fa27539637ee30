// Remembers the article the window shows, to reopen it on the next start, once a frame with it has been painted: an
// article that cannot be shown (one that hung the window) is not reopened on every start after.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const LAST_ARTICLE_KEY = 'newsroom-annotator:last-article';

/** The article remembered as shown last, to open first. */
export function lastShownArticleId(): string | null {
  return localStorage.getItem(LAST_ARTICLE_KEY);
}

/** What the element shows: the id of the article painted, and a promise of its next render. */
export interface ShownArticle {
  shownId(): string | null;
  rendered(): Promise<unknown>;
}

export class RememberShownArticle implements ReactiveController {
  /** The article last remembered, or being remembered. */
  private remembered = lastShownArticleId();

  constructor(
    host: ReactiveControllerHost,
    private readonly shown: ShownArticle,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const shownId = this.shown.shownId();
    if (shownId && shownId !== this.remembered) void this.remember(shownId);
  }

  private async remember(articleId: string): Promise<void> {
    this.remembered = articleId;
    await this.shown.rendered();
    requestAnimationFrame(() => {
      if (this.shown.shownId() === articleId) localStorage.setItem(LAST_ARTICLE_KEY, articleId);
    });
  }
}
