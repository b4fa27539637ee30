// Reads a native annotation set from an untrusted file: strict validation with JSON paths in every message, then
// the checks a schema cannot make (spans inside the text and equal to their quotes, ids that match the text).
import { msg, str } from '@lit/localize';
import type { Result } from '../result';
import { err, ok } from '../result';
import { z } from 'zod';
import type { Annotation, Entity, Tag } from '../annotation';
import type { Article } from '../article/article';
import { blocksProblem } from '../article/article-checks';
import { articleIdForText } from '../article/article-id';
import { canonicalTextProblem } from '../article/canonical-text';
import { createCodePointConverter, isWellFormed } from '../text/code-points';
import { NATIVE_FORMAT, NATIVE_VERSION } from './native-format';
import { utcTimestamp } from '../timestamps';

const timestamp = z.iso.datetime({ offset: true });
const offset = z.number().int().nonnegative();
const id = z.string().min(1).max(200);

/** A tag, an entity and an annotation as files hold them; a backup's rows have the same fields. */
export const tagSchema = z.strictObject({
  id,
  label: z.string().min(1).max(200),
  kind: z.enum(['entity', 'quote', 'claim', 'other']),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  shortcut: z.string().max(1),
});

export const entitySchema = z.strictObject({ id, tag: id, name: z.string().min(1), aliases: z.array(z.string()) });

export const annotationSchema = z.strictObject({
  id,
  tag: id,
  start: offset,
  end: offset,
  quote: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  entityId: id.optional(),
  speakerId: id.optional(),
  claim: z
    .strictObject({
      status: z.enum(['unverified', 'verified', 'false', 'misleading', 'unverifiable']),
      note: z.string(),
      sources: z.array(z.string()),
      changedAt: timestamp.optional(),
      changedBy: z.string().optional(),
    })
    .optional(),
  note: z.string().optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const articleSourceSchema = z.strictObject({
  fileName: z.string(),
  path: z.string().optional(),
  format: z.enum(['text', 'markdown', 'html', 'docx']),
  encoding: z.string().min(1),
  byteLength: offset,
});

const articleSchema = z.strictObject({
  id: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  title: z.string(),
  date: z.iso.date().nullable(),
  source: articleSourceSchema,
  // Sets written before stories had versions have neither.
  version: z.number().int().min(1).optional(),
  previousVersionId: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/)
    .nullable()
    .optional(),
  text: z.string(),
  blocks: z.array(
    z.strictObject({ type: z.enum(['title', 'heading', 'paragraph', 'caption', 'quote']), start: offset, end: offset }),
  ),
  annotations: z.array(annotationSchema),
});

const setSchema = z.strictObject({
  format: z.literal(NATIVE_FORMAT),
  version: z.literal(NATIVE_VERSION),
  offsetUnit: z.literal('codepoint'),
  exportedAt: timestamp,
  tags: z.array(tagSchema),
  entities: z.array(entitySchema),
  articles: z.array(articleSchema),
});

/** What an import brings, in the app's own terms: UTF-16 offsets, annotations tied to their articles. */
export interface ImportedSet {
  tags: Tag[];
  entities: Entity[];
  articles: Article[];
  annotations: Annotation[];
  /**
   * How an imported annotation finds its counterpart in the library: by id (native and W3C files keep ids), or by
   * article, span and tag (training data has no ids, so importing it twice must not double it).
   */
  matchBy: 'id' | 'span';
  /** Annotations of the file that could not be placed in any article, each described for the editor. */
  notPlaced: string[];
  /** Where the file's articles stand among their stories' versions; an article left out is a story of one version. */
  storyVersions?: StoryVersionOf[];
}

/** An imported article's place among its story's versions. */
export interface StoryVersionOf {
  articleId: string;
  version: number;
  previousVersionId: string | null;
}

export const MAX_PROBLEMS = 5;

export function jsonPath(path: readonly PropertyKey[], root = '$'): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`), root);
}

/** The first problems zod found, each with its JSON path, one a line. */
export function describeSchemaProblems(error: z.ZodError, root = '$'): string {
  return error.issues
    .slice(0, MAX_PROBLEMS)
    .map((issue) => `${jsonPath(issue.path, root)}: ${issue.message}`)
    .join('\n');
}

/** Whether parsed JSON claims to be a native set; such a file is checked as one, whatever else it holds. */
export function isNativeSet(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'format' in data && data.format === NATIVE_FORMAT;
}

/**
 * The JSON path of the first string (value or key) in `value` that is not well-formed Unicode, or null. Such a string
 * cannot be written to a file as UTF-8 unchanged, so a span on it would point elsewhere in every other tool.
 */
export function loneSurrogatePath(value: unknown, path = '$'): string | null {
  if (typeof value === 'string') return isWellFormed(value) ? null : path;
  if (typeof value !== 'object' || value === null) return null;
  const entries: [PropertyKey, unknown][] = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
  for (const [key, item] of entries) {
    if (typeof key === 'string' && !isWellFormed(key)) return path;
    const found = loneSurrogatePath(item, jsonPath([key], path));
    if (found) return found;
  }
  return null;
}

/** Where an id is used a second time in a list of records, as a problem for the editor. */
function duplicateIds(records: readonly { id: string }[], at: string): string[] {
  const seen = new Set<string>();
  return records.flatMap((record, index) => {
    if (!seen.has(record.id)) {
      seen.add(record.id);
      return [];
    }
    return [`${at}[${index}].id: ${record.id} appears twice`];
  });
}

/** Parses and checks a native export; the error lists the first problems, each with its JSON path. */
export function parseNativeImport(json: string, libraryTags: readonly Tag[] = []): Result<ImportedSet> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return err(msg(str`This is not JSON: ${error instanceof Error ? error.message : String(error)}`));
  }
  return readNativeSet(data, libraryTags);
}

type NativeSetData = z.infer<typeof setSchema>;

/** The problems of one article of the file: its id, text and blocks; the blocks come back in UTF-16 if they are sound. */
function checkArticle(article: NativeSetData['articles'][number], at: string, problems: string[]): Article {
  const textProblem = canonicalTextProblem(article.text);
  if (textProblem) problems.push(`${at}.text: ${textProblem}`);
  else if (articleIdForText(article.text) !== article.id) problems.push(msg(str`${at}.id: does not match the article's text`));
  const { toUtf16, codePointLength: length } = createCodePointConverter(article.text);
  const outside = article.blocks.findIndex((block) => block.start >= block.end || block.end > length);
  const blocks = article.blocks.map((block) => ({ type: block.type, start: toUtf16(block.start), end: toUtf16(block.end) }));
  if (outside !== -1) {
    const block = article.blocks[outside];
    problems.push(msg(str`${at}.blocks[${outside}]: the span [${block?.start}, ${block?.end}) is outside the text or empty`));
  } else {
    const found = blocksProblem(article.text, blocks);
    if (found) problems.push(`${at}.blocks${found.index === null ? '' : `[${found.index}]`}: ${found.problem}`);
  }
  // Field by field: the file's article also carries its annotations, which are taken apart below; spread in, the
  // article would carry a second copy of them through the import (and, until version 4, into the database).
  return { id: article.id, title: article.title, date: article.date, source: article.source, text: article.text, blocks };
}

/** Checks parsed JSON as a native set. Annotations and entities may use the file's tags or the library's. */
export function readNativeSet(data: unknown, libraryTags: readonly Tag[]): Result<ImportedSet> {
  const malformed = loneSurrogatePath(data);
  if (malformed)
    return err(msg(str`This is not a valid annotation set:\n${malformed}: is not well-formed Unicode (a lone surrogate)`));
  const parsed = setSchema.safeParse(data);
  if (!parsed.success) return err(msg(str`This is not a valid annotation set:\n${describeSchemaProblems(parsed.error)}`));

  const { tags, entities } = parsed.data;
  const problems: string[] = [
    ...duplicateIds(tags, '$.tags'),
    ...duplicateIds(entities, '$.entities'),
    ...duplicateIds(parsed.data.articles, '$.articles'),
  ];
  const knownTags = new Set([...tags, ...libraryTags].map((tag) => tag.id));
  entities.forEach((entity, index) => {
    if (!knownTags.has(entity.tag))
      problems.push(msg(str`$.entities[${index}].tag: no tag ${entity.tag} in the file or the library`));
  });
  const articles: Article[] = [];
  const annotations: Annotation[] = [];
  const storyVersions: StoryVersionOf[] = [];
  const seen = new Set<string>();
  parsed.data.articles.forEach((article, articleIndex) => {
    const at = `$.articles[${articleIndex}]`;
    articles.push(checkArticle(article, at, problems));
    const previousVersionId = article.previousVersionId ?? null;
    if (previousVersionId === article.id) problems.push(msg(str`${at}.previousVersionId: names the article itself`));
    if (previousVersionId !== null || (article.version ?? 1) > 1)
      storyVersions.push({ articleId: article.id, version: article.version ?? 1, previousVersionId });
    const { toUtf16, codePointLength: length } = createCodePointConverter(article.text);
    article.annotations.forEach((annotation, index) => {
      const where = `${at}.annotations[${index}]`;
      if (seen.has(annotation.id)) problems.push(`${where}.id: ${annotation.id} appears twice`);
      seen.add(annotation.id);
      if (!knownTags.has(annotation.tag))
        problems.push(msg(str`${where}.tag: no tag ${annotation.tag} in the file or the library`));
      if (annotation.start >= annotation.end || annotation.end > length) {
        problems.push(msg(str`${where}: the span [${annotation.start}, ${annotation.end}) is outside the text`));
        return;
      }
      const start = toUtf16(annotation.start);
      const end = toUtf16(annotation.end);
      if (article.text.slice(start, end) !== annotation.quote)
        problems.push(msg(str`${where}.quote: differs from the text at its offsets`));
      const claim = annotation.claim?.changedAt
        ? { ...annotation.claim, changedAt: utcTimestamp(annotation.claim.changedAt) }
        : annotation.claim;
      annotations.push({
        ...annotation,
        ...(claim ? { claim } : {}),
        articleId: article.id,
        start,
        end,
        createdAt: utcTimestamp(annotation.createdAt),
        updatedAt: utcTimestamp(annotation.updatedAt),
      });
    });
  });
  if (problems.length > 0)
    return err(msg(str`This is not a valid annotation set:\n${problems.slice(0, MAX_PROBLEMS).join('\n')}`));
  return ok({ tags, entities, articles, annotations, matchBy: 'id', notPlaced: [], storyVersions });
}
