// Reads W3C Web Annotations (this app's exports, Hypothesis, Recogito) and places each in an article of the
// library by its quote: the stated position if the quote is there, else the best-matching occurrence.
import { msg, str } from '@lit/localize';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { TextSpan } from '../text/text-span';
import { z } from 'zod';
import type { Annotation, ClaimStatus, Entity, Tag } from '../annotation';
import { CLAIM_STATUSES, describeTextRange } from '../annotation';
import type { Article } from '../article/article';
import { contentDigest } from '../article/article-id';
import { createCodePointConverter } from '../text/code-points';
import { ARTICLE_URN, ENTITY_URN } from './export-adapters';
import { createTagResolver } from './import-tags';
import type { QuoteSelector } from '../text/match-quote';
import { matchQuote } from '../text/match-quote';
import type { ImportedSet } from './native-import';
import { describeSchemaProblems, loneSurrogatePath } from './native-import';

/** The tag of an annotation that carries no tagging body (a Hypothesis highlight, a bare comment). */
const UNTAGGED_LABEL = 'Imported';
const MAX_ID_LENGTH = 200;

const offset = z.number().int().nonnegative();
// Loose objects: other tools add fields of their own; only the ones read here are checked, and only they are kept.
const bodySchema = z.looseObject({
  type: z.string().optional(),
  purpose: z.string().optional(),
  value: z.string().optional(),
  source: z.string().optional(),
  label: z.string().optional(),
});
const selectorSchema = z.looseObject({
  type: z.string(),
  exact: z.string().optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  start: offset.optional(),
  end: offset.optional(),
});
const targetSchema = z.union([
  z.string(),
  z.looseObject({ source: z.string(), selector: z.union([selectorSchema, z.array(selectorSchema)]).optional() }),
]);
const annotationSchema = z.looseObject({
  id: z.string().optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: z.union([bodySchema, z.string(), z.array(z.union([bodySchema, z.string()]))]).optional(),
  bodyValue: z.string().optional(),
  target: z.union([targetSchema, z.array(targetSchema)]),
});
// Items are checked one level down, so that a problem is reported with its path inside the page.
const pageSchema = z.looseObject({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()) });
const collectionSchema = z.looseObject({
  type: z.literal('AnnotationCollection'),
  first: z.union([pageSchema, z.string()]).optional(),
  items: z.array(z.unknown()).optional(),
});

type RawAnnotation = z.infer<typeof annotationSchema>;
type RawBody = z.infer<typeof bodySchema>;

export interface EntityReference {
  /** This app's entity id, or the IRI another tool identified it by (Wikidata, Pleiades…). */
  id: string;
  label: string;
}

/** A web annotation reduced to what this app keeps, not yet placed in an article. */
export interface ForeignAnnotation {
  id: string;
  /** The document the annotation targets, as the file names it. */
  source: string;
  quote: QuoteSelector | null;
  /** The TextPositionSelector's offsets, taken as code points; only a hint when there is a quote. */
  position: { start: number; end: number } | null;
  tags: string[];
  notes: string[];
  entity: EntityReference | null;
  speaker: EntityReference | null;
  status: ClaimStatus | null;
  createdAt: string | null;
  updatedAt: string | null;
}

/** Whether parsed JSON looks like W3C Web Annotation rather than anything else. */
export function isWebAnnotationData(data: unknown): boolean {
  if (Array.isArray(data)) return true;
  if (typeof data !== 'object' || data === null || !('type' in data)) return false;
  return ['AnnotationCollection', 'AnnotationPage', 'Annotation'].includes(String(data.type));
}

function itemsOf(data: unknown): Result<{ items: unknown[]; root: string }> {
  if (Array.isArray(data)) return ok({ items: data, root: '$' });
  const collection = collectionSchema.safeParse(data);
  if (collection.success) {
    const { first, items } = collection.data;
    if (typeof first === 'string') {
      return err(
        msg('This collection lists its annotations on other pages (first is a link); export it with the annotations included.'),
      );
    }
    if (first) return ok({ items: first.items, root: '$.first.items' });
    return ok({ items: items ?? [], root: '$.items' });
  }
  const page = pageSchema.safeParse(data);
  if (page.success) return ok({ items: page.data.items, root: '$.items' });
  return ok({ items: [data], root: '$' });
}

function iso(value: string | undefined): string | null {
  if (value === undefined || !z.iso.datetime({ offset: true }).safeParse(value).success) return null;
  return new Date(value).toISOString();
}

function entityReference(body: RawBody): EntityReference | null {
  if (body.source === undefined) return null;
  const id = body.source.startsWith(ENTITY_URN) ? body.source.slice(ENTITY_URN.length) : body.source;
  if (id.length === 0 || id.length > MAX_ID_LENGTH) return null;
  return { id, label: body.label ?? body.value ?? id };
}

function idOf(raw: RawAnnotation): string {
  if (raw.id !== undefined) {
    const id = raw.id.startsWith('urn:uuid:') ? raw.id.slice('urn:uuid:'.length) : raw.id;
    if (id.length > 0 && id.length <= MAX_ID_LENGTH) return id;
  }
  // Without an id of its own, an annotation is named by its content, so importing the file twice adds it once.
  return `imported-${contentDigest(JSON.stringify([raw.target, raw.body, raw.bodyValue])).slice(0, 32)}`;
}

function reduce(raw: RawAnnotation): ForeignAnnotation | null {
  const targets = Array.isArray(raw.target) ? raw.target : [raw.target];
  const target = targets.find((candidate) => typeof candidate !== 'string');
  if (!target || typeof target === 'string') return null;
  const selectors = target.selector === undefined ? [] : Array.isArray(target.selector) ? target.selector : [target.selector];
  const quoteSelector = selectors.find((selector) => selector.type === 'TextQuoteSelector' && selector.exact);
  const positionSelector = selectors.find(
    (selector) => selector.type === 'TextPositionSelector' && selector.start !== undefined && selector.end !== undefined,
  );
  const bodies = (raw.body === undefined ? [] : Array.isArray(raw.body) ? raw.body : [raw.body]).filter(
    (body): body is RawBody => typeof body !== 'string',
  );
  const annotation: ForeignAnnotation = {
    id: idOf(raw),
    source: target.source,
    quote: quoteSelector?.exact
      ? { exact: quoteSelector.exact, prefix: quoteSelector.prefix ?? '', suffix: quoteSelector.suffix ?? '' }
      : null,
    position:
      positionSelector?.start !== undefined && positionSelector.end !== undefined
        ? { start: positionSelector.start, end: positionSelector.end }
        : null,
    tags: [],
    notes: raw.bodyValue ? [raw.bodyValue] : [],
    entity: null,
    speaker: null,
    status: null,
    createdAt: iso(raw.created),
    updatedAt: iso(raw.modified),
  };
  for (const body of bodies) {
    if (body.purpose === 'tagging' && body.value) annotation.tags.push(body.value);
    else if (body.purpose === 'identifying') annotation.entity ??= entityReference(body);
    else if (body.purpose === 'linking') annotation.speaker ??= entityReference(body);
    else if (body.purpose === 'assessing' && CLAIM_STATUSES.includes(body.value as ClaimStatus))
      annotation.status = body.value as ClaimStatus;
    // A textual body with no purpose, or the purpose of commenting or describing, is the annotator's note.
    else if (body.value && (body.purpose === undefined || body.purpose === 'commenting' || body.purpose === 'describing'))
      annotation.notes.push(body.value);
  }
  return annotation.quote || annotation.position ? annotation : null;
}

/** Parses W3C Web Annotation JSON: a collection with its first page inline, a page, an array, or one annotation. */
export function readWebAnnotations(data: unknown): Result<ForeignAnnotation[]> {
  const found = itemsOf(data);
  if (!found.ok) return found;
  const malformed = loneSurrogatePath(found.value.items, found.value.root);
  if (malformed)
    return err(msg(str`These are not valid web annotations:\n${malformed}: is not well-formed Unicode (a lone surrogate)`));
  const parsed = z.array(annotationSchema).safeParse(found.value.items);
  if (!parsed.success) {
    return err(msg(str`These are not valid web annotations:\n${describeSchemaProblems(parsed.error, found.value.root)}`));
  }
  const annotations = parsed.data.flatMap((raw) => reduce(raw) ?? []);
  if (annotations.length === 0) return err(msg('This file has no annotations with a text quote or position to place.'));
  return ok(annotations);
}

function describe(annotation: ForeignAnnotation): string {
  return annotation.quote
    ? `“${annotation.quote.exact.slice(0, 80)}”`
    : `[${annotation.position?.start}, ${annotation.position?.end})`;
}

/** An instant's milliseconds, for comparing times written with different offsets; no time counts as the oldest. */
function instant(timestamp: string | null): number {
  return timestamp === null ? -Infinity : Date.parse(timestamp);
}

/**
 * One annotation per id: a file may hold an annotation twice (two exports joined), and the library can keep only one.
 * The newer is kept; a second copy that differs is reported.
 */
function withoutDuplicateIds(annotations: readonly ForeignAnnotation[], notPlaced: string[]): ForeignAnnotation[] {
  const byId = new Map<string, ForeignAnnotation>();
  for (const annotation of annotations) {
    const kept = byId.get(annotation.id);
    if (!kept) {
      byId.set(annotation.id, annotation);
      continue;
    }
    if (JSON.stringify(kept) !== JSON.stringify(annotation)) {
      notPlaced.push(msg(str`${describe(annotation)}: its id ${annotation.id} appears twice in the file; the newer is imported`));
    }
    if (instant(annotation.updatedAt ?? annotation.createdAt) > instant(kept.updatedAt ?? kept.createdAt)) {
      byId.set(annotation.id, annotation);
    }
  }
  return [...byId.values()];
}

/** The article a group of annotations with one source belongs to: named by id, else the one holding most quotes. */
function articleFor(source: string, group: readonly ForeignAnnotation[], library: readonly Article[]): Article | undefined {
  if (source.startsWith(ARTICLE_URN)) {
    const named = library.find((article) => article.id === source.slice(ARTICLE_URN.length));
    if (named) return named;
  }
  let best: Article | undefined;
  let bestCount = 0;
  for (const article of library) {
    const count = group.filter((annotation) => annotation.quote && article.text.includes(annotation.quote.exact)).length;
    if (count > bestCount) {
      best = article;
      bestCount = count;
    }
  }
  return best;
}

/** Where an annotation lies in the article's text (UTF-16), or null. */
function place(
  annotation: ForeignAnnotation,
  text: string,
  toUtf16: (codePoint: number) => number,
  length: number,
): TextSpan | null {
  const position = annotation.position && annotation.position.end <= length ? annotation.position : null;
  if (!annotation.quote) {
    if (!position || position.start >= position.end) return null;
    return { start: toUtf16(position.start), end: toUtf16(position.end) };
  }
  return matchQuote(text, annotation.quote, position ? toUtf16(position.start) : undefined);
}

/**
 * Places web annotations in the library's articles and turns them into this app's annotations; tags are matched
 * by name, and entities the library lacks come with them.
 */
export function placeWebAnnotations(
  annotations: readonly ForeignAnnotation[],
  library: readonly Article[],
  tags: readonly Tag[],
  now: Date,
): ImportedSet {
  const resolver = createTagResolver(tags);
  const entities = new Map<string, Entity>();
  const placed: Annotation[] = [];
  const notPlaced: string[] = [];
  const groups = new Map<string, ForeignAnnotation[]>();
  for (const annotation of withoutDuplicateIds(annotations, notPlaced)) {
    const group = groups.get(annotation.source);
    if (group) group.push(annotation);
    else groups.set(annotation.source, [annotation]);
  }
  for (const [source, group] of groups) {
    const article = articleFor(source, group, library);
    if (!article) {
      notPlaced.push(
        group.length === 1
          ? msg(str`1 annotation of ${source}: no article in the library has its quote; open the article first`)
          : msg(
              str`${group.length} annotations of ${source}: no article in the library has their quotes; open the article first`,
            ),
      );
      continue;
    }
    const { toUtf16, codePointLength: length } = createCodePointConverter(article.text);
    for (const annotation of group) {
      const span = place(annotation, article.text, toUtf16, length);
      if (!span) {
        notPlaced.push(msg(str`${describe(annotation)} is not in “${article.title}”`));
        continue;
      }
      const tag = resolver.tagIdFor(annotation.tags[0] ?? UNTAGGED_LABEL);
      const record: Annotation = {
        id: annotation.id,
        articleId: article.id,
        tag,
        start: span.start,
        end: span.end,
        ...describeTextRange(article.text, span.start, span.end),
        createdAt: annotation.createdAt ?? annotation.updatedAt ?? now.toISOString(),
        updatedAt: annotation.updatedAt ?? annotation.createdAt ?? now.toISOString(),
      };
      if (annotation.entity) {
        record.entityId = annotation.entity.id;
        if (!entities.has(annotation.entity.id))
          entities.set(annotation.entity.id, { id: annotation.entity.id, tag, name: annotation.entity.label, aliases: [] });
      }
      if (annotation.speaker) {
        record.speakerId = annotation.speaker.id;
        if (!entities.has(annotation.speaker.id)) {
          const speakerTag = resolver.tagIdFor('person');
          entities.set(annotation.speaker.id, {
            id: annotation.speaker.id,
            tag: speakerTag,
            name: annotation.speaker.label,
            aliases: [],
          });
        }
      }
      if (annotation.status) record.claim = { status: annotation.status, note: '', sources: [] };
      if (annotation.notes.length > 0) record.note = annotation.notes.join('\n\n');
      placed.push(record);
    }
  }
  return {
    tags: resolver.newTags,
    entities: [...entities.values()],
    articles: [],
    annotations: placed,
    matchBy: 'id',
    notPlaced,
  };
}
