// What the editor does with a new version's leftovers: places an orphan on the text they selected, drops one, or
// confirms an annotation whose text the new version changed. Each is one undoable step of the article's history.
import { msg, str } from '@lit/localize';
import type { Annotation } from '../../../shared/annotation';
import { describeTextRange } from '../../../shared/annotation';
import type { TextSpan } from '../../../shared/text/text-span';
import { timeAfter } from '../../../shared/timestamps';
import type { AnnotationChange } from '../editing/annotation-history';
import type { AnnotationStore } from './annotation-store';
import { describeAnnotation } from './article-insights';
import type { LibraryState } from './library-state';
import type { Notices } from './notices';
import type { Session } from './session';

export interface VersionCommandParts {
  session: Session;
  store: AnnotationStore;
  library: LibraryState;
  notices: Notices;
}

export class VersionCommands {
  constructor(private readonly parts: VersionCommandParts) {}

  /** Places the orphan being placed on `span` of the open article: an annotation again, with all it had. */
  async placeOrphan(span: TextSpan): Promise<void> {
    const { session, library } = this.parts;
    const article = library.article.value;
    const orphan = library.orphans.value?.find((candidate) => candidate.id === session.placingOrphanId);
    if (!article || !orphan || article.id !== session.articleId) return;
    const { previousQuote: _previousText, ...kept } = orphan.annotation;
    const annotation: Annotation = {
      ...kept,
      id: crypto.randomUUID(),
      articleId: article.id,
      start: span.start,
      end: span.end,
      ...describeTextRange(article.text, span.start, span.end),
      updatedAt: timeAfter(orphan.annotation.updatedAt),
    };
    session.placeOrphan(null);
    if (await this.record({ kind: 'placeOrphan', orphan, annotation })) {
      session.focus(annotation.id);
      this.parts.notices.announce(msg(str`Placed ${describeAnnotation(annotation, library.tags)}`));
    }
  }

  /** Drops an orphan of the open article: it leaves the list (Undo brings it back). */
  async dropOrphan(orphanId: string): Promise<void> {
    const { session, library } = this.parts;
    const orphan = library.orphans.value?.find((candidate) => candidate.id === orphanId);
    if (!orphan) return;
    if (session.placingOrphanId === orphanId) session.placeOrphan(null);
    if (await this.record({ kind: 'dropOrphan', orphan })) {
      this.parts.notices.announce(msg(str`Dropped ${describeAnnotation(orphan.annotation, library.tags)}`));
    }
  }

  /** Confirms an annotation where the new version's changed text put it: it no longer asks. */
  async confirmChange(annotationId: string): Promise<void> {
    const before = this.parts.store.get(annotationId);
    if (before?.previousQuote === undefined) return;
    const { previousQuote: _confirmed, ...after } = before;
    const updated = { ...after, updatedAt: timeAfter(before.updatedAt) };
    if (await this.record({ kind: 'update', before, after: updated, createdEntities: [] })) {
      this.parts.notices.announce(msg(str`Confirmed ${describeAnnotation(before, this.parts.library.tags)} as it now reads`));
    }
  }

  private record(change: AnnotationChange): Promise<boolean> {
    const key = this.parts.session.historyKey;
    return key ? this.parts.store.record(key, change) : Promise.resolve(false);
  }
}
