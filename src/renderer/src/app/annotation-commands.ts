// An editor's intents turned into changes: each builds the change from the annotations as shown, records it through
// the store (so that it shows at once and can be undone), and says what it did.
import type { Annotation, ClaimReview, Entity } from '../../../shared/annotation';
import { describeTextRange } from '../../../shared/annotation';
import { timeAfter } from '../../../shared/timestamps';
import type { Suggestion } from '../../../shared/suggestions/suggest';
import type { TextSpan } from '../../../shared/text/text-span';
import { msg, str } from '@lit/localize';
import { claimStatusWord } from '../claim-status-labels';
import { annotationCountLabel, mentionCountLabel, suggestionCountLabel } from '../count-labels';
import type { NewsroomDB, StoredTag } from '../db/database';
import { entityNameFromQuote, linkEntity } from '../db/entity-linking';
import { listTags, planEntityMerge } from '../db/library';
import type { AnnotationChange } from '../editing/annotation-history';
import type { AnnotationStore } from './annotation-store';
import { annotationsFromSuggestions } from './suggestion-annotations';
import type { ArticleInsights } from './article-insights';
import { describeAnnotation } from './article-insights';
import { describeStep, focusAfterStep } from './history-steps';
import type { AnnotationEdit, MergeEntityDetail, RenameEntityDetail, SaveTagsDetail } from './intents';
import type { LibraryState } from './library-state';
import type { Notices } from './notices';
import type { Session } from './session';

const UNVERIFIED_CLAIM: ClaimReview = { status: 'unverified', note: '', sources: [] };

/** Now, or just after the annotation's last change if the clock has not moved on: each edit must be the newer. */
function nextUpdatedAt(annotation: Annotation): string {
  return timeAfter(annotation.updatedAt);
}

export interface CommandParts {
  db: NewsroomDB;
  session: Session;
  store: AnnotationStore;
  library: LibraryState;
  insights: ArticleInsights;
  notices: Notices;
  /**
   * The name in the nominative that the article's suggestions give the words at a span, when a name was suggested
   * there: the morphological analyser knows `Альтману` is `Альтман`, which the stemmer alone does not.
   */
  nominativeAt: (articleId: string, span: TextSpan) => string | undefined;
}

export class AnnotationCommands {
  /** The tag being made, while it is. */
  private tagging: Promise<void> | null = null;

  constructor(private readonly parts: CommandParts) {}

  /**
   * Tags the selection of the open article with `tagId`, or with nothing selected retags the focused annotation.
   * `selection` is read when the tag is made: a key pressed while the tag before is still being written waits for it,
   * and then finds that selection tagged and cleared, so it retags the new annotation rather than tagging the same
   * words twice. `onStored` runs with the span tagged in the same render as the stored annotation (the window clears
   * the tagged selection then).
   */
  applyTag(tagId: string, selection: () => TextSpan | null, onStored?: (span: TextSpan) => void): Promise<void> {
    const tag = (): Promise<void> => this.tag(tagId, selection(), onStored);
    // The first key runs at once, so that its annotation is shown in the key's own task.
    const tagging = this.tagging ? this.tagging.then(tag, tag) : tag();
    const tracked = tagging.finally(() => {
      if (this.tagging === tracked) this.tagging = null;
    });
    this.tagging = tracked;
    return tracked;
  }

  private async tag(tagId: string, span: TextSpan | null, onStored?: (span: TextSpan) => void): Promise<void> {
    const { session, store, library } = this.parts;
    const article = library.article.value;
    if (!article || article.id !== session.articleId || !session.historyKey) return;
    if (!span) {
      if (session.focusedId) await this.retag(session.focusedId, tagId);
      return;
    }
    const now = new Date().toISOString();
    const described = describeTextRange(article.text, span.start, span.end);
    const draft: Annotation = {
      id: crypto.randomUUID(),
      articleId: article.id,
      tag: tagId,
      start: span.start,
      end: span.end,
      ...described,
      createdAt: now,
      updatedAt: now,
    };
    // Shown at once, before entity linking and the write: in a long article the database answers later than a key
    // press should. It gives way to the stored annotation, or disappears if the write fails.
    store.showDraft(draft);
    let recorded = false;
    try {
      const { entityId, createdEntities } = await this.entityFor(tagId, draft);
      const annotation: Annotation = { ...draft, ...(entityId ? { entityId } : {}) };
      recorded = await this.record({ kind: 'create', annotation, createdEntities }, () => {
        onStored?.(span);
        session.focus(annotation.id, false);
        this.announce(describeAnnotation(annotation, library.tags));
      });
    } finally {
      store.endDraft(draft.id, recorded);
    }
  }

  async retag(annotationId: string, tagId: string): Promise<void> {
    const { store, library } = this.parts;
    const annotation = store.get(annotationId);
    if (!annotation || annotation.tag === tagId) return;
    const { entityId, createdEntities } = await this.entityFor(tagId, annotation);
    // Edits made while the entity was looked up are kept: the change goes onto the annotation as it is now.
    const current = store.get(annotationId);
    if (!current) return;
    const { entityId: _previousEntity, ...rest } = current;
    const after: Annotation = { ...rest, tag: tagId, ...(entityId ? { entityId } : {}), updatedAt: nextUpdatedAt(current) };
    if (
      await this.record({
        kind: 'update',
        before: current,
        after,
        createdEntities,
        releasedEntities: this.releasedBy(current, after),
      })
    ) {
      const description = describeAnnotation(after, library.tags);
      this.announce(msg(str`Changed to ${description}`));
    }
  }

  /** Deletes the focused annotation; focus moves to its neighbour, so pressing Delete again walks on. */
  async deleteFocused(): Promise<void> {
    const { session, store, library } = this.parts;
    const focused = store.get(session.focusedId);
    if (!focused) return;
    const annotations = store.shown;
    const index = annotations.findIndex((annotation) => annotation.id === focused.id);
    await this.record({ kind: 'delete', annotation: focused, releasedEntities: this.entitiesOf(focused) }, () => {
      const neighbour = annotations[index + 1] ?? annotations[index - 1];
      session.focus(neighbour?.id ?? null);
      const description = describeAnnotation(focused, library.tags);
      this.announce(msg(str`Deleted ${description}`));
    });
  }

  /** Applies an edit from the inspector to an annotation as it is now, as one undoable change. */
  async edit(annotationId: string, edit: AnnotationEdit): Promise<void> {
    const { store, library } = this.parts;
    const annotation = store.get(annotationId);
    if (!annotation) return;
    const { entityId: _entityId, speakerId: _speakerId, note: _note, ...base } = annotation;
    const kept = {
      ...base,
      ...(annotation.entityId !== undefined ? { entityId: annotation.entityId } : {}),
      ...(annotation.speakerId !== undefined ? { speakerId: annotation.speakerId } : {}),
      ...(annotation.note !== undefined ? { note: annotation.note } : {}),
      updatedAt: nextUpdatedAt(annotation),
    };
    const entityName = (id: string | null): string | undefined => library.entities.find((entity) => entity.id === id)?.name;
    let after: Annotation;
    let createdEntities: Entity[] = [];
    let announcement: string;
    switch (edit.field) {
      case 'entity': {
        if (edit.entityId === null) {
          const created: Entity = {
            id: crypto.randomUUID(),
            tag: annotation.tag,
            name: this.parts.nominativeAt(annotation.articleId, annotation) ?? entityNameFromQuote(annotation.quote),
            aliases: [],
          };
          createdEntities = [created];
          after = { ...kept, entityId: created.id };
          announcement = msg(str`Split off as a new entity: ${created.name}`);
        } else {
          after = { ...kept, entityId: edit.entityId };
          const linked = entityName(edit.entityId);
          announcement = linked === undefined ? msg('Linked to another entity') : msg(str`Linked to ${linked}`);
        }
        break;
      }
      case 'speaker': {
        const { speakerId: _previous, ...withoutSpeaker } = kept;
        after = edit.speakerId === null ? withoutSpeaker : { ...withoutSpeaker, speakerId: edit.speakerId };
        const speaker = entityName(edit.speakerId);
        announcement = speaker ? msg(str`Speaker: ${speaker}`) : msg('Speaker removed');
        break;
      }
      case 'claim': {
        const claim = { ...(annotation.claim ?? UNVERIFIED_CLAIM), ...edit.change };
        after = { ...kept, claim };
        const status = claimStatusWord(claim.status);
        announcement = msg(str`Claim ${status}`);
        break;
      }
      case 'note': {
        const { note: _previous, ...withoutNote } = kept;
        after = edit.note.trim() === '' ? withoutNote : { ...withoutNote, note: edit.note };
        announcement = msg('Note saved');
        break;
      }
    }
    const releasedEntities = this.releasedBy(annotation, after);
    if (await this.record({ kind: 'update', before: annotation, after, createdEntities, releasedEntities }))
      this.announce(announcement);
  }

  /** Tags every untagged mention of the entity a mention is linked to, in one undoable step. */
  async tagAllMentions(mentionId: string): Promise<void> {
    const { store, library, insights } = this.parts;
    const mention = store.get(mentionId);
    const article = library.article.value;
    const entityId = mention?.entityId;
    if (!mention || !entityId || !article) return;
    const now = new Date().toISOString();
    const spans = insights.untaggedMentions(mention, article.text, store.shown, library.entities);
    const created = spans.map((span): Annotation => ({
      id: crypto.randomUUID(),
      articleId: article.id,
      tag: mention.tag,
      start: span.start,
      end: span.end,
      ...describeTextRange(article.text, span.start, span.end),
      entityId,
      createdAt: now,
      updatedAt: now,
    }));
    if (created.length === 0) return;
    if (await this.record({ kind: 'createMany', annotations: created, createdEntities: [] })) {
      const mentions = mentionCountLabel(created.length);
      this.announce(msg(str`Also tagged ${mentions}`));
    }
  }

  /**
   * Accepts suggestions as annotations, in one undoable step: each as proposed, or as `asTag`. Names are linked to
   * their entity (a new one named in the nominative, shared by the names of one batch that match); a quote gets its
   * proposed speaker, whose name is tagged too when it was not yet. True when they were recorded.
   */
  async acceptSuggestions(suggestions: readonly Suggestion[], asTag?: string): Promise<boolean> {
    const { library, session } = this.parts;
    const article = library.article.value;
    if (!article || article.id !== session.articleId || suggestions.length === 0) return false;
    const { annotations: created, createdEntities } = await annotationsFromSuggestions(
      this.parts.db,
      article,
      library.tags,
      this.parts.store.shown,
      suggestions,
      asTag,
    );
    const recorded = await this.record({ kind: 'createMany', annotations: created, createdEntities }, () => {
      // Nothing is focused: the keys stay on the suggestions, and the inspector does not open at each one.
      const [only] = created;
      if (created.length === 1 && only) {
        const description = describeAnnotation(only, library.tags);
        this.announce(msg(str`Accepted ${description}`));
      } else {
        const accepted = suggestionCountLabel(suggestions.length);
        this.announce(msg(str`Accepted ${accepted}`));
      }
    });
    return recorded;
  }

  /** Adds the Latin name after a mention to its entity's aliases, when the entity does not know it yet. */
  async addOfferedAlias(mentionId: string): Promise<void> {
    const { store, library, insights } = this.parts;
    const mention = store.get(mentionId);
    const article = library.article.value;
    const entity = library.entities.find((candidate) => candidate.id === mention?.entityId);
    const alias = mention && article ? insights.offeredAlias(mention, article.text, library.entities) : null;
    if (!entity || alias === null) return;
    const after = { ...entity, aliases: [...entity.aliases, alias] };
    if (await this.record({ kind: 'entity', before: entity, after }))
      this.announce(msg(str`${alias} added as an alias of ${entity.name}`));
  }

  /** The tags with how many annotations use each, as the tag editor shows them. */
  async tagsWithUsage(): Promise<{ tags: StoredTag[]; usage: Map<string, number> }> {
    const { db } = this.parts;
    const tags = await listTags(db);
    const usage = new Map(
      await Promise.all(tags.map(async (tag) => [tag.id, await db.annotations.where('tag').equals(tag.id).count()] as const)),
    );
    return { tags, usage };
  }

  /**
   * Saves the edited tag set; annotations of a deleted tag move to the tag the editor chose, in the same change. The
   * editor's changes are to `before`, the tags as the editor was shown them: if another window changed them
   * meanwhile, the save is refused rather than clearing what that window did.
   */
  async saveTags({ tags, moveTo }: SaveTagsDetail, before: StoredTag[]): Promise<void> {
    const kindOf = new Map(tags.map((tag) => [tag.id, tag.kind] as const));
    const now = new Date().toISOString();
    const retagged: { before: Annotation; after: Annotation }[] = [];
    for (const [deletedId, targetId] of Object.entries(moveTo)) {
      for (const annotation of await this.parts.db.annotations.where('tag').equals(deletedId).toArray()) {
        const { entityId: _entityId, ...withoutEntity } = annotation;
        // Only entity tags link to entities; moving to another kind drops the link.
        const base = kindOf.get(targetId) === 'entity' ? annotation : withoutEntity;
        retagged.push({ before: annotation, after: { ...base, tag: targetId, updatedAt: now } });
      }
    }
    if (await this.record({ kind: 'tags', before, after: tags, retagged })) {
      const moved = annotationCountLabel(retagged.length);
      this.announce(retagged.length > 0 ? msg(str`Tags saved; ${moved} moved`) : msg('Tags saved'));
    }
  }

  async renameEntity({ entityId, name }: RenameEntityDetail): Promise<void> {
    const entity = await this.parts.db.entities.get(entityId);
    if (!entity || entity.name === name) return;
    // The old name stays an alias, so mentions written that way still link to the entity.
    const aliases = entity.aliases.includes(entity.name) ? entity.aliases : [...entity.aliases, entity.name];
    const after = { ...entity, name, aliases: aliases.filter((alias) => alias !== name) };
    if (await this.record({ kind: 'entity', before: entity, after })) this.announce(msg(str`${entity.name} renamed ${name}`));
  }

  /** Merges one entity into another: every mention and quote follows, nothing is lost, and it can be undone. */
  async mergeEntity({ sourceId, targetId }: MergeEntityDetail): Promise<void> {
    const { db } = this.parts;
    const [source, target] = await db.entities.bulkGet([sourceId, targetId]);
    if (!source || !target) return;
    const plan = await planEntityMerge(db, source, target, new Date());
    if (await this.record({ kind: 'merge', source, targetBefore: target, ...plan })) {
      const moved = mentionCountLabel(plan.relinked.length);
      this.announce(msg(str`${source.name} merged into ${target.name}: ${moved} moved`));
    }
  }

  /** Undoes or redoes the latest step of the history in view, and says what it was. */
  async step(direction: 'undo' | 'redo'): Promise<void> {
    const { session, store, library } = this.parts;
    const key = session.historyKey;
    if (!key) return;
    const change = await store.step(key, direction);
    if (!change) return;
    // The palette of a chosen annotation is not offered on what the step focuses.
    session.focus(session.focusedId, false);
    const focus = focusAfterStep(change, direction);
    if (focus !== undefined) session.focus(focus);
    this.announce(describeStep(change, direction, library.tags));
  }

  /** The entities an annotation points to, as mention or as quote: a change to it may leave them unused. */
  private entitiesOf(annotation: Annotation): Entity[] {
    return this.parts.library.entities.filter(
      (entity) => entity.id === annotation.entityId || entity.id === annotation.speakerId,
    );
  }

  /** The entities `before` points to that `after` no longer does. */
  private releasedBy(before: Annotation, after: Annotation): Entity[] {
    return this.entitiesOf(before).filter((entity) => entity.id !== after.entityId && entity.id !== after.speakerId);
  }

  /** Records a change in the history in view: the entity index's, or the open article's. */
  private record(change: AnnotationChange, onStored?: () => void): Promise<boolean> {
    const key = this.parts.session.historyKey;
    if (!key) return Promise.resolve(false);
    return this.parts.store.record(key, change, onStored);
  }

  /**
   * The entity a mention tagged `tagId` belongs to: a Person, Organization or Place mention is linked to a matching
   * entity or starts a new one; other tags have none.
   */
  private async entityFor(tagId: string, mention: Annotation): Promise<{ entityId?: string; createdEntities: Entity[] }> {
    const tag = this.parts.library.tags.find((candidate) => candidate.id === tagId);
    if (tag?.kind !== 'entity') return { createdEntities: [] };
    const name = this.parts.nominativeAt(mention.articleId, mention);
    const link = await linkEntity(this.parts.db, tag, { quote: mention.quote, ...(name ? { name } : {}) }, () =>
      crypto.randomUUID(),
    );
    return { entityId: link.entityId, createdEntities: link.created ? [link.created] : [] };
  }

  private announce(message: string): void {
    this.parts.notices.announce(message);
  }
}
