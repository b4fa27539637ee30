// Reads training data as doccano and spaCy write it, one JSON object a line with `text` and spans in code points,
// into new articles: each text becomes canonical text, and each span is carried over to it and checked.
import { msg, str } from '@lit/localize';
import type { Result } from '../result';
import { err, ok } from '../result';
import { z } from 'zod';
import type { Annotation, Tag } from '../annotation';
import { describeTextRange } from '../annotation';
import type { Article } from '../article/article';
import type { BlockText } from '../article/article-builder';
import { buildArticle } from '../article/article-builder';
import { articleIdForText } from '../article/article-id';
import { normalizeDecodedText } from '../article/canonical-text';
import { createCodePointConverter, loneSurrogateIndex } from '../text/code-points';
import { createTagResolver } from './import-tags';
import type { ImportedSet } from './native-import';
import { describeSchemaProblems, MAX_PROBLEMS } from './native-import';
import type { OffsetMap } from '../text/offset-mapping';
import { createNormalizationMap, createOffsetMap } from '../text/offset-mapping';
import { parsePlainText } from '../article/parse-plain-text';

const offset = z.number().int().nonnegative();
const label = z.string().min(1).max(200);
/** doccano before 1.0 and spaCy: `[start, end, label]`. */
const tupleSpan = z.tuple([offset, offset, label]);
/** doccano from 1.0: objects with `start_offset`, `end_offset` and `label`. */
const objectSpan = z.looseObject({ start_offset: offset, end_offset: offset, label });

// Loose: doccano adds `id`, `Comments`, `relations` and the like, which carry nothing this app keeps.
const lineSchema = z.looseObject({
  text: z.string().min(1),
  label: z.array(z.union([tupleSpan, objectSpan])).optional(),
  entities: z.array(z.union([tupleSpan, objectSpan])).optional(),
  meta: z.looseObject({ title: z.string().optional(), id: z.string().optional() }).optional(),
});

type TrainingLine = z.infer<typeof lineSchema>;

interface Span {
  start: number;
  end: number;
  label: string;
}

function spansOf(line: TrainingLine): Span[] {
  const spans = [...(line.label ?? []), ...(line.entities ?? [])].map((span) =>
    Array.isArray(span)
      ? { start: span[0], end: span[1], label: span[2] }
      : { start: span.start_offset, end: span.end_offset, label: span.label },
  );
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = `${span.start}:${span.end}:${span.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byteLengthOf(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/**
 * The article a line's text becomes. A text this app exported is canonical already, with blocks one blank line
 * apart; it is kept as it is, so importing an export lands on the same article. Any other text is read as a
 * plain-text article would be.
 */
function articleOf(line: TrainingLine, lineNumber: number, fileName: string): Article {
  const normalized = normalizeDecodedText(line.text);
  const fallbackTitle = line.meta?.title ?? `${fileName.replace(/\.[^.]+$/, '')}, line ${lineNumber}`;
  const source = { fileName, format: 'text' as const, encoding: 'utf-8', byteLength: byteLengthOf(line.text) };
  const parsed = parsePlainText(normalized, fallbackTitle);
  const article = buildArticle(parsed, source);
  if (article.text === normalized || line.meta?.id !== articleIdForText(normalized)) return article;
  const blocks: BlockText[] = normalized.split('\n\n').map((text, index) => ({
    type: index === 0 && text === line.meta?.title ? 'title' : 'paragraph',
    text,
  }));
  return buildArticle({ title: line.meta.title ?? fallbackTitle, date: null, blocks }, source);
}

/** Whitespace does not count when a carried-over span is compared with the text it came from. */
function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Carries offsets of a line's text to its article's: first through NFC, directly, then through what else the article
 * changed (line endings, spacing, a wire header), which leaves the visible characters nearly as they were.
 */
function offsetsInto(source: string, target: string): OffsetMap {
  const normalization = createNormalizationMap(source);
  if (!normalization) return createOffsetMap(source, target);
  const rest = createOffsetMap(normalization.normalized, target);
  return (offset, side) => rest(normalization.map(offset, side), side);
}

/** Parses a JSONL training file; every line is checked before anything is built, and problems name their line. */
export function parseTrainingJsonl(content: string, fileName: string, tags: readonly Tag[], now: Date): Result<ImportedSet> {
  const lines: { number: number; line: TrainingLine }[] = [];
  const problems: string[] = [];
  content.split('\n').forEach((raw, index) => {
    if (raw.trim().length === 0 || problems.length >= MAX_PROBLEMS) return;
    const number = index + 1;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      problems.push(msg(str`line ${number}: this line is not JSON`));
      return;
    }
    const parsed = lineSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(`line ${number}: ${describeSchemaProblems(parsed.error).split('\n')[0] ?? ''}`);
      return;
    }
    const lone = loneSurrogateIndex(parsed.data.text);
    if (lone !== -1) {
      problems.push(msg(str`line ${number}: the text is not well-formed Unicode (a lone surrogate at UTF-16 index ${lone})`));
      return;
    }
    const length = createCodePointConverter(parsed.data.text).codePointLength;
    const outside = spansOf(parsed.data).find((span) => span.start >= span.end || span.end > length);
    if (outside) {
      problems.push(
        msg(str`line ${number}: the span [${outside.start}, ${outside.end}) is outside the text of ${length} characters`),
      );
      return;
    }
    lines.push({ number, line: parsed.data });
  });
  if (problems.length > 0) return err(msg(str`This is not valid training data:\n${problems.join('\n')}`));
  if (lines.length === 0) return err(msg('This file has no lines of training data.'));

  const resolver = createTagResolver(tags);
  const articles = new Map<string, Article>();
  const annotations: Annotation[] = [];
  const notPlaced: string[] = [];
  const placed = new Set<string>();
  const timestamp = now.toISOString();
  for (const { number, line } of lines) {
    const article = articleOf(line, number, fileName);
    if (!articles.has(article.id)) articles.set(article.id, article);
    const { toUtf16 } = createCodePointConverter(line.text);
    const map = offsetsInto(line.text, article.text);
    for (const span of spansOf(line)) {
      const sourceStart = toUtf16(span.start);
      const sourceEnd = toUtf16(span.end);
      let start = map(sourceStart, 'start');
      let end = map(sourceEnd, 'end');
      while (start < end && /\s/.test(article.text[start] ?? '')) start++;
      while (end > start && /\s/.test(article.text[end - 1] ?? '')) end--;
      const original = normalizeDecodedText(line.text.slice(sourceStart, sourceEnd));
      if (end <= start || withoutSpaces(article.text.slice(start, end)) !== withoutSpaces(original)) {
        notPlaced.push(msg(str`line ${number}: “${original.trim()}” (${span.label}) is not in the article's text`));
        continue;
      }
      const key = `${article.id}:${start}:${end}:${span.label}`;
      if (placed.has(key)) continue;
      placed.add(key);
      annotations.push({
        id: crypto.randomUUID(),
        articleId: article.id,
        tag: resolver.tagIdFor(span.label),
        start,
        end,
        ...describeTextRange(article.text, start, end),
        createdAt: timestamp,
        updatedAt: timestamp,
      });
    }
  }
  return ok({ tags: resolver.newTags, entities: [], articles: [...articles.values()], annotations, matchBy: 'span', notPlaced });
}
