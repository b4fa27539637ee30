// Takes the first screen away once the window shows what it showed. The page's first script
// (src/renderer/first-screen.js) paints the last article with its highlights before the window exists; it is only a
// picture, so it goes as soon as the window has painted the article itself, or knows it shows no article.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ShownArticle } from './remember-shown-article';

/** What the hand-over asks the window: the article it painted, and whether it is still reading one. */
export interface ShownOrNone extends ShownArticle {
  opening(): boolean;
}

export class FirstScreenHandOver implements ReactiveController {
  private handedOver = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly shown: ShownOrNone,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.handedOver || this.shown.opening()) return;
    this.handedOver = true;
    // The first screen's reads may still be under way: it paints nothing once the window is shown.
    document.documentElement.dataset.windowShown = 'true';
    if (this.shown.shownId() === null) {
      dismissFirstScreen();
      return;
    }
    void this.shown.rendered().then(() => requestAnimationFrame(dismissFirstScreen));
  }
}

function dismissFirstScreen(): void {
  document.querySelector('.first-screen')?.remove();
  for (const name of [...CSS.highlights.keys()]) if (name.startsWith('first-screen-')) CSS.highlights.delete(name);
}
