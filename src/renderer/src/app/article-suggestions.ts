// The suggestions for the open article: asked of the suggestions' worker when an article is shown, less what the
// editor rejected (stored per article) and what is tagged already (a tag over a suggestion consumes it), with the
// one the keys are on. Nothing is written without the editor's say: accepting goes through the commands.
import { msg } from '@lit/localize';
import type { Annotation, Tag } from '../../../shared/annotation';
import type { Suggestion, SuggestedTag } from '../../../shared/suggestions/suggest';
import type { TextSpan } from '../../../shared/text/text-span';
import { SUGGESTED_TAGS } from '../../../shared/suggestions/suggest';
import type { NewsroomDB, StoredArticle } from '../db/database';
import { matchingEntity } from '../db/entity-linking';
import { rememberLast } from '../remember-last';
import { describeStorageError } from '../storage-errors';
import type { BackgroundJobs } from './background-jobs';
import type { LibraryState } from './library-state';
import type { Preferences } from './preferences';
import type { Notices } from './notices';

const SETTING_KEY = 'newsroom-annotator:suggestions';

export type SuggestionStatus = 'off' | 'waiting' | 'ready' | 'failed';

/** The group a tag belongs to for consuming suggestions: any entity tag over a name consumes a name suggestion. */
function groupOf(tag: Tag | undefined): string {
  return tag?.kind === 'entity' ? 'entity' : (tag?.kind ?? 'other');
}

/** The suggestions left to decide: not rejected, of a tag the library has, and not overlapping a tag of their group. */
export function openSuggestions(
  all: readonly Suggestion[],
  rejected: ReadonlySet<string>,
  annotations: readonly Annotation[],
  tags: readonly Tag[],
): Suggestion[] {
  const tagById = new Map(tags.map((tag) => [tag.id, tag] as const));
  const grouped = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const group = groupOf(tagById.get(annotation.tag));
    let list = grouped.get(group);
    if (!list) grouped.set(group, (list = []));
    list.push(annotation);
  }
  const taken = new Map([...grouped].map(([group, list]) => [group, new TakenSpans(list)] as const));
  return all.filter((suggestion) => {
    const tag = tagById.get(suggestion.tag);
    if (!tag || rejected.has(suggestion.id)) return false;
    return !taken.get(groupOf(tag))?.overlaps(suggestion);
  });
}

/**
 * Annotations by where they start, with the furthest end reached so far: whether a span overlaps one of them is a
 * binary search, where a long article's thousands of suggestions against its thousands of tags would be millions of
 * comparisons at every tag.
 */
class TakenSpans {
  private readonly starts: number[];
  private readonly furthestEnds: number[];

  constructor(annotations: readonly Annotation[]) {
    const sorted = [...annotations].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((annotation) => annotation.start);
    let furthest = 0;
    this.furthestEnds = sorted.map((annotation) => (furthest = Math.max(furthest, annotation.end)));
  }

  overlaps(span: TextSpan): boolean {
    // How many annotations start before the span ends; one of them overlaps it if the furthest of their ends is past
    // its start.
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.starts[middle] ?? 0) < span.end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (this.furthestEnds[low - 1] ?? 0) > span.start;
  }
}

export interface SuggestionParts {
  db: NewsroomDB;
  jobs: BackgroundJobs;
  library: LibraryState;
  notices: Notices;
  shownAnnotations: () => readonly Annotation[];
  /** Whether the shown article's annotations have been read. */
  annotationsRead: () => boolean;
  accept: (suggestions: readonly Suggestion[], asTag?: string) => Promise<boolean>;
  /** Where the editor's setting is kept: the window's localStorage. */
  preferences: Preferences;
  /**
   * Runs the asking once the window is idle: the worker's work (a second of a core for a long article) and handing it
   * the text would otherwise take from the article's first paint.
   */
  whenIdle: (run: () => void) => void;
  /**
   * Runs the first asking, which loads the dictionary (a third of a second of a core), when it no longer competes with
   * the start's other work or with what the editor is doing.
   */
  whenDictionaryDue: (run: () => void) => void;
}

export class ArticleSuggestions {
  /** The editor's setting; on unless turned off. */
  enabled: boolean;
  status: SuggestionStatus = 'off';
  problem = '';
  /** The suggestion the keys act on, if any. */
  currentId: string | null = null;
  private articleId: string | null = null;
  private all: readonly Suggestion[] = [];
  private rejected: ReadonlySet<string> = new Set();
  /** Answers for an article no longer shown are dropped. */
  private asked = 0;
  /** The article whose suggestions were asked for, once they are. */
  private askedFor: string | null = null;
  /** Whether the worker has answered once: its dictionary is loaded, and asking costs an article's work only. */
  private dictionaryLoaded = false;
  private readonly openOf = rememberLast(openSuggestions);

  constructor(
    private readonly parts: SuggestionParts,
    private readonly changed: () => void,
  ) {
    this.enabled = parts.preferences.getItem(SETTING_KEY) !== 'off';
  }

  /**
   * Called with the article shown (once read): another one drops the suggestions of the one before at once, and its
   * own are asked for once its annotations are read too (a long article's tags are read after its text, and the
   * suggestions' work would slow their first paint).
   */
  show(article: StoredArticle | undefined): void {
    const articleId = article?.id ?? null;
    if (articleId !== this.articleId) {
      this.articleId = articleId;
      this.askedFor = null;
      this.all = [];
      this.rejected = new Set();
      this.currentId = null;
      this.status = this.enabled && article ? 'waiting' : 'off';
    }
    if (!this.enabled || !article || this.askedFor === article.id || !this.parts.annotationsRead()) return;
    this.askedFor = article.id;
    const when = this.dictionaryLoaded ? this.parts.whenIdle : this.parts.whenDictionaryDue;
    when(() => {
      if (this.articleId === article.id && this.enabled) void this.ask(article);
    });
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.parts.preferences.setItem(SETTING_KEY, enabled ? 'on' : 'off');
    const article = this.parts.library.article.value;
    this.articleId = null;
    this.show(enabled ? article : undefined);
    this.changed();
  }

  /** The nominative of the name suggested at exactly `span` of the article, decided or not, if one was. */
  nominativeAt(articleId: string, span: TextSpan): string | undefined {
    if (articleId !== this.articleId) return undefined;
    return this.all.find((suggestion) => suggestion.start === span.start && suggestion.end === span.end)?.entityName;
  }

  /** The suggestions left to decide, in text order. */
  get open(): readonly Suggestion[] {
    if (this.status !== 'ready') return [];
    return this.openOf(this.all, this.rejected, this.parts.shownAnnotations(), this.parts.library.tags);
  }

  get current(): Suggestion | undefined {
    return this.currentId ? this.open.find((suggestion) => suggestion.id === this.currentId) : undefined;
  }

  /**
   * The entity the current suggestion would be linked to if accepted now: the library's (it may have been made since
   * the suggestions were, by accepting another mention), or a new one of this name.
   */
  get currentLink(): { name: string; isNew: boolean } | null {
    const suggestion = this.current;
    const article = this.parts.library.article.value;
    if (
      !suggestion ||
      !article ||
      (suggestion.tag !== 'person' && suggestion.tag !== 'organization' && suggestion.tag !== 'place')
    )
      return null;
    const entities = this.parts.library.entities;
    const known = suggestion.entityId
      ? entities.find((entity) => entity.id === suggestion.entityId)
      : matchingEntity(
          entities.filter((entity) => entity.tag === suggestion.tag),
          suggestion.tag,
          {
            quote: article.text.slice(suggestion.start, suggestion.end),
            ...(suggestion.entityName ? { name: suggestion.entityName } : {}),
          },
        );
    if (known) return { name: known.name, isNew: false };
    return suggestion.entityName ? { name: suggestion.entityName, isNew: true } : null;
  }

  /** How many are left of each kind, the kinds in the palette's order. */
  get counts(): { tag: SuggestedTag; count: number }[] {
    const open = this.open;
    return SUGGESTED_TAGS.map((tag) => ({ tag, count: open.filter((suggestion) => suggestion.tag === tag).length })).filter(
      (entry) => entry.count > 0,
    );
  }

  /** Moves to the next (or previous) suggestion after the current one, or after `from` when none is current. */
  step(forward: boolean, from = 0): Suggestion | undefined {
    const open = this.open;
    if (open.length === 0) return undefined;
    const current = this.current;
    const at = current ? open.indexOf(current) : -1;
    let next: Suggestion | undefined;
    if (at >= 0) next = open[(at + (forward ? 1 : -1) + open.length) % open.length];
    else if (forward) next = open.find((suggestion) => suggestion.start >= from) ?? open[0];
    else next = [...open].reverse().find((suggestion) => suggestion.start < from) ?? open.at(-1);
    this.choose(next?.id ?? null);
    return next;
  }

  choose(id: string | null): void {
    if (id === this.currentId) return;
    this.currentId = id;
    this.changed();
  }

  /**
   * Accepts one suggestion, as proposed or as `asTag`; the keys move on to the next one, unless it was decided with
   * the mouse (`moveOn` false), where the article must not scroll away from where the editor clicked.
   */
  async accept(id: string, asTag?: string, moveOn = true): Promise<void> {
    const open = this.open;
    const at = open.findIndex((suggestion) => suggestion.id === id);
    const suggestion = open[at];
    if (!suggestion) return;
    const next = open[at + 1];
    if (await this.parts.accept([suggestion], asTag)) {
      if (this.currentId === id) this.currentId = moveOn ? (next?.id ?? null) : null;
      this.changed();
    }
  }

  /** Accepts every open suggestion of one kind, in one undoable step. */
  async acceptAll(tag: SuggestedTag): Promise<void> {
    const all = this.open.filter((suggestion) => suggestion.tag === tag);
    if (await this.parts.accept(all)) {
      if (all.some((suggestion) => suggestion.id === this.currentId)) this.currentId = null;
      this.changed();
    }
  }

  /** Rejects a suggestion for good, in this article: stored, so it stays rejected. Moves on to the next one, as accept. */
  async reject(id: string, moveOn = true): Promise<void> {
    const { articleId } = this;
    if (!articleId) return;
    const open = this.open;
    const at = open.findIndex((suggestion) => suggestion.id === id);
    try {
      await this.parts.db.rejectedSuggestions.put({ id: `${articleId}\n${id}`, articleId, suggestionId: id });
    } catch (error) {
      this.parts.notices.report(msg('The suggestion could not be rejected'), [describeStorageError(error)]);
      return;
    }
    if (articleId !== this.articleId) return;
    this.rejected = new Set([...this.rejected, id]);
    if (this.currentId === id) this.currentId = moveOn ? (open[at + 1]?.id ?? null) : null;
    this.parts.notices.announce(msg('Suggestion rejected'));
    this.changed();
  }

  private async ask(article: StoredArticle): Promise<void> {
    const asked = ++this.asked;
    const { db, jobs, library } = this.parts;
    const entityById = new Map(library.entities.map((entity) => [entity.id, entity] as const));
    const people = this.parts
      .shownAnnotations()
      .filter((annotation) => annotation.tag === 'person' && annotation.entityId !== undefined)
      .map((annotation) => ({
        start: annotation.start,
        end: annotation.end,
        entityId: annotation.entityId ?? '',
        name: entityById.get(annotation.entityId ?? '')?.name ?? annotation.quote,
      }));
    const [answer, rejected] = await Promise.all([
      jobs.suggest({ text: article.text, blocks: article.blocks, entities: [...library.entities], people }),
      db.rejectedSuggestions
        .where('articleId')
        .equals(article.id)
        .toArray()
        .catch(() => []),
    ]);
    if (answer.ok) this.dictionaryLoaded = true;
    if (asked !== this.asked) return;
    if (answer.ok) {
      this.all = answer.value;
      this.rejected = new Set(rejected.map((row) => row.suggestionId));
      this.status = 'ready';
    } else {
      this.status = 'failed';
      this.problem = answer.error;
    }
    this.changed();
  }
}
