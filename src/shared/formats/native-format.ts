// The native export format, `newsroom-annotation-set` v1: the contract other tools read (DESIGN.md).
import type { Article, ArticleSource, BlockType } from '../article/article';
import type { Annotation, ClaimReview, Entity, Tag } from '../annotation';
import { createCodePointConverter } from '../text/code-points';

export const NATIVE_FORMAT = 'newsroom-annotation-set';
export const NATIVE_VERSION = 1;

export interface NativeBlock {
  type: BlockType;
  start: number;
  end: number;
}

export interface NativeAnnotation {
  id: string;
  tag: string;
  /** Code point offsets into the article's `text`. */
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  entityId?: string;
  speakerId?: string;
  claim?: ClaimReview;
  note?: string;
  createdAt: string;
  updatedAt: string;
}

export interface NativeArticle {
  id: string;
  title: string;
  date: string | null;
  source: ArticleSource;
  /** Its place among its story's versions, from 1, and the id of the version before it (null for the first). */
  version?: number;
  previousVersionId?: string | null;
  text: string;
  blocks: NativeBlock[];
  annotations: NativeAnnotation[];
}

export interface NativeAnnotationSet {
  format: typeof NATIVE_FORMAT;
  version: typeof NATIVE_VERSION;
  offsetUnit: 'codepoint';
  exportedAt: string;
  tags: Tag[];
  entities: Entity[];
  articles: NativeArticle[];
}

/** Where an article stands among its story's versions. */
export interface StoryVersion {
  version: number;
  previousVersionId: string | null;
}

export interface ArticleWithAnnotations {
  article: Article;
  annotations: readonly Annotation[];
  /** Absent: the article is its story's only version. */
  story?: StoryVersion;
}

export interface AnnotationSetInput {
  tags: readonly Tag[];
  entities: readonly Entity[];
  articles: readonly ArticleWithAnnotations[];
}

/** Copies only the contract's fields, so nothing internal to the database leaks into a file. */
function toNativeAnnotation(annotation: Annotation, toCodePoint: (utf16Index: number) => number): NativeAnnotation {
  const native: NativeAnnotation = {
    id: annotation.id,
    tag: annotation.tag,
    start: toCodePoint(annotation.start),
    end: toCodePoint(annotation.end),
    quote: annotation.quote,
    prefix: annotation.prefix,
    suffix: annotation.suffix,
    createdAt: annotation.createdAt,
    updatedAt: annotation.updatedAt,
  };
  if (annotation.entityId !== undefined) native.entityId = annotation.entityId;
  if (annotation.speakerId !== undefined) native.speakerId = annotation.speakerId;
  if (annotation.claim !== undefined) native.claim = { ...annotation.claim, sources: [...annotation.claim.sources] };
  if (annotation.note !== undefined) native.note = annotation.note;
  return native;
}

function toNativeArticle({ article, annotations, story }: ArticleWithAnnotations): NativeArticle {
  const { toCodePoint } = createCodePointConverter(article.text);
  return {
    id: article.id,
    title: article.title,
    date: article.date,
    source: { ...article.source },
    version: story?.version ?? 1,
    previousVersionId: story?.previousVersionId ?? null,
    text: article.text,
    blocks: article.blocks.map((block) => ({ type: block.type, start: toCodePoint(block.start), end: toCodePoint(block.end) })),
    annotations: annotations.map((annotation) => toNativeAnnotation(annotation, toCodePoint)),
  };
}

/** Builds the native annotation set; offsets go from the app's UTF-16 indices to code points. */
export function toNativeAnnotationSet(input: AnnotationSetInput, exportedAt: Date): NativeAnnotationSet {
  return {
    format: NATIVE_FORMAT,
    version: NATIVE_VERSION,
    offsetUnit: 'codepoint',
    exportedAt: exportedAt.toISOString(),
    tags: input.tags.map(({ id, label, kind, color, shortcut }) => ({ id, label, kind, color, shortcut })),
    entities: input.entities.map((entity) => ({ ...entity, aliases: [...entity.aliases] })),
    articles: input.articles.map(toNativeArticle),
  };
}

/** The exported file's text: indented JSON with a final newline, readable in a diff. */
export function serializeNativeAnnotationSet(input: AnnotationSetInput, exportedAt: Date): string {
  return `${JSON.stringify(toNativeAnnotationSet(input, exportedAt), null, 2)}\n`;
}
