// Opens an article at a place: an entity's first mention, a word the text search found. The session says where;
// once the article view shows that article, it is scrolled there (and the session told it was). The button that asked
// is usually gone by then (the entity index or the inspector made way for the article): the keyboard goes to the text.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AppCore } from '../app/app-core';
import type { NrArticleView } from '../components/nr-article-view';

export class RevealOnOpen implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly core: () => AppCore,
    private readonly articleView: () => NrArticleView | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { session } = this.core();
    const { reveal } = session;
    const view = this.articleView();
    if (!reveal || view?.article?.id !== session.articleId) return;
    void view.updateComplete.then(() => {
      if (session.reveal !== reveal) return;
      const shown =
        'annotationId' in reveal ? view.revealAnnotation(reveal.annotationId) : view.revealFound(reveal.word, reveal.span);
      if (!shown) return;
      session.revealed();
      if (document.activeElement === document.body) view.focusText();
    });
  }
}
