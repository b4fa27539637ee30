// What the editor is looking at: the open article, the centre view, the focused and inspected annotation, and the
// annotation list's filters. Nothing here is stored in the library.
import type { ClaimStatus } from '../../../shared/annotation';
import type { TextSpan } from '../../../shared/text/text-span';

/** The centre of the window: the open article, the index of all entities, or the search of all article texts. */
export type CentreView = 'article' | 'entities' | 'search';

/** Where the article is to be opened: at an annotation (focused), or at a word found in its text. */
export type RevealRequest = { annotationId: string } | { span: TextSpan; word: string };

/** Annotation list filters: a tag id, a claim status, and text; empty shows all. */
export interface AnnotationFilters {
  tag: string;
  status: ClaimStatus | '';
  text: string;
}

/** Key of the history of edits made in the entity index, which belong to no article. */
const LIBRARY_HISTORY = 'library';

const NO_FILTERS: AnnotationFilters = { tag: '', status: '', text: '' };

export class Session {
  view: CentreView = 'article';
  focusedId: string | null = null;
  /** True when the editor chose the focused annotation (clicked it), so its palette is offered. */
  focusChosen = false;
  /**
   * The annotation the inspector shows: the focused one, caught up by the window after a frame (see
   * `catchUpInspector`). What the editor does in the inspector acts on the annotation it shows.
   */
  inspectedId: string | null = null;
  filters: AnnotationFilters = NO_FILTERS;
  /** What the editor typed to find an entity in the entity index, kept while they visit an article. */
  entityQuery = '';
  /** What the window is to scroll into view as soon as the article shows it; null once it has. */
  reveal: RevealRequest | null = null;
  /** The orphan the editor is placing: the text they select next, and Enter, is where it goes. */
  placingOrphanId: string | null = null;

  /** `changed` is told of every change; `articleChanged` also when another article (or none) is to be shown. */
  constructor(
    public articleId: string | null,
    private readonly changed: () => void,
    private readonly articleChanged: () => void,
  ) {}

  /** The history Undo and Redo act on: the entity index's own, or the open article's. */
  get historyKey(): string | null {
    return this.view === 'entities' ? LIBRARY_HISTORY : this.articleId;
  }

  /** Shows `articleId`; with `reveal`, at an annotation (focused) or a word of the text, scrolled into view. */
  showArticle(articleId: string, reveal?: RevealRequest): void {
    this.view = 'article';
    const another = articleId !== this.articleId;
    if (another) {
      this.focusedId = null;
      this.placingOrphanId = null;
    }
    if (reveal && 'annotationId' in reveal) {
      this.focusedId = reveal.annotationId;
      this.focusChosen = false;
    }
    this.reveal = reveal ?? null;
    this.articleId = articleId;
    if (another) this.articleChanged();
    this.changed();
  }

  /** Starts placing an orphan of the open article, or stops (null). */
  placeOrphan(orphanId: string | null): void {
    this.placingOrphanId = orphanId;
    this.changed();
  }

  /** The window has scrolled `reveal` into view. */
  revealed(): void {
    this.reveal = null;
  }

  /** Shows `view` in the centre, or the article again when it is shown already. */
  toggleView(view: Exclude<CentreView, 'article'>): void {
    this.view = this.view === view ? 'article' : view;
    this.changed();
  }

  /**
   * Focuses an annotation, or none; `chosen` when the editor picked it, so that its palette is offered. Left out, the
   * palette stays as it was: Delete walks on to the neighbour with the palette still offered.
   */
  focus(annotationId: string | null, chosen = this.focusChosen): void {
    this.focusedId = annotationId;
    this.focusChosen = chosen;
    this.changed();
  }

  /** The inspector shows the focused annotation from now on. */
  catchUpInspector(): void {
    if (this.inspectedId === this.focusedId) return;
    this.inspectedId = this.focusedId;
    this.changed();
  }

  setEntityQuery(query: string): void {
    this.entityQuery = query;
    this.changed();
  }

  setFilters(change: Partial<AnnotationFilters>): void {
    this.filters = { ...this.filters, ...change };
    this.changed();
  }
}
