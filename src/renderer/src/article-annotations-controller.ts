// Keeps a Lit element in step with the open article's annotations, held in memory and updated write by write.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Annotation } from '../../shared/annotation';
import { ArticleAnnotations } from './db/article-annotations';
import type { NewsroomDB } from './db/database';

export class ArticleAnnotationsController implements ReactiveController {
  private model: ArticleAnnotations | null = null;
  /** The article followed; undefined while disconnected, so that connecting again reads afresh. */
  private followed: string | null | undefined;

  /** `db` and `articleId` are read from the element before each update. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly db: () => NewsroomDB,
    private readonly articleId: () => string | null,
  ) {
    host.addController(this);
  }

  /** The article's annotations in text order; undefined until they are read. */
  get value(): readonly Annotation[] | undefined {
    return this.model?.annotations;
  }

  /** The annotation with this id, as last read; found by id, not by looking through the article's thousands. */
  get(id: string): Annotation | undefined {
    return this.model?.get(id);
  }

  get error(): unknown {
    return this.model?.error;
  }

  /** Whether the followed article's annotations have been read (or failed to be). */
  get settled(): boolean {
    return this.model?.settled ?? false;
  }

  hostUpdate(): void {
    this.model ??= new ArticleAnnotations(this.db(), () => {
      this.host.requestUpdate();
    });
    const articleId = this.articleId();
    if (articleId !== this.followed) {
      this.followed = articleId;
      this.model.follow(articleId);
    }
  }

  hostDisconnected(): void {
    this.model?.stop();
    this.followed = undefined;
  }
}
