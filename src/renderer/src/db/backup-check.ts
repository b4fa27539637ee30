// Checks a backup before it replaces the library: every article, annotation, tag and entity in it must keep the
// invariants the app's own records keep, or the restore is refused and the library stays as it was.
import { msg, str } from '@lit/localize';
import { z } from 'zod';
import { blocksProblem, spanProblem } from '../../../shared/article/article-checks';
import { articleIdForText } from '../../../shared/article/article-id';
import { canonicalTextProblem } from '../../../shared/article/canonical-text';
import {
  annotationSchema,
  articleSourceSchema,
  describeSchemaProblems,
  entitySchema,
  loneSurrogatePath,
  MAX_PROBLEMS,
  tagSchema,
} from '../../../shared/formats/native-import';

const id = z.string().min(1);
const timestamp = z.iso.datetime({ offset: true });
const block = z.strictObject({
  type: z.enum(['title', 'heading', 'paragraph', 'caption', 'quote']),
  start: z.number().int(),
  end: z.number().int(),
});
// Loose: a backup from an older version carries fields later versions dropped (see the database's version 4).
const articleRow = z.looseObject({
  id,
  title: z.string(),
  date: z.iso.date().nullable(),
  source: articleSourceSchema,
  addedAt: timestamp,
  openedAt: timestamp,
});
const articleTextRow = z.strictObject({ articleId: id, text: z.string(), blocks: z.array(block) });
// Before the database's version 6, an article's text was kept in its row.
const textInArticleRow = z
  .looseObject({ id, text: z.string(), blocks: z.array(block) })
  .transform(({ id: articleId, text, blocks }) => ({ articleId, text, blocks }));
// The rows of annotations, tags and entities hold what a native file's records hold (offsets in UTF-16, not code
// points), and an annotation its article's id; a tag, its place in the palette, which versions 1 and 2 did not keep.
// An annotation a new version changed keeps its earlier text until the editor confirms it (database version 10).
const annotationRow = annotationSchema.extend({ articleId: id, previousQuote: z.string().min(1).optional() });
// What a version could not carry over: the earlier version's annotation, whole.
const orphanRow = z.strictObject({ id, articleId: id, annotation: annotationRow });
const tagRow = tagSchema.extend({ position: z.number().int().optional() });
const entityRow = entitySchema;

const backupSchema = z.looseObject({
  data: z.looseObject({
    data: z.array(z.looseObject({ tableName: z.string(), rows: z.array(z.unknown()) })),
  }),
});

const tableList = z.array(z.looseObject({ name: z.string() }));

/**
 * A backup in this version's layout. One made before the database's version 6 holds each article's text in the
 * article's row: the text and blocks are moved to rows of `articleTexts`, as that version's upgrade moves them. Any
 * other file comes back as it was, for the check to judge.
 */
export function backupInCurrentLayout(data: unknown): unknown {
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) return data;
  const tables = parsed.data.data.data;
  const articles = tables.find((table) => table.tableName === 'articles');
  if (!articles || tables.some((table) => table.tableName === 'articleTexts')) return data;
  const texts: unknown[] = [];
  const records = articles.rows.map((row) => {
    if (typeof row !== 'object' || row === null || !('text' in row)) return row;
    const { text, blocks, ...record } = row as Record<string, unknown>;
    texts.push({ articleId: record['id'], text, blocks });
    return record;
  });
  const listed = tableList.safeParse(parsed.data.data['tables']);
  return {
    ...parsed.data,
    data: {
      ...parsed.data.data,
      ...(listed.success
        ? { tables: [...listed.data, { name: 'articleTexts', schema: 'articleId', rowCount: texts.length }] }
        : {}),
      data: [
        ...tables.map((table) => (table === articles ? { ...table, rows: records } : table)),
        { tableName: 'articleTexts', inbound: true, rows: texts },
      ],
    },
  };
}

type Rows = Map<string, { path: string; rows: unknown[] }>;

/**
 * A row as it will be restored: dexie-export-import writes values JSON has no form for with a `$types` note beside
 * them, and a field that held `undefined` (an annotation's speaker taken away) is written as one, to come back absent.
 */
function decodedRow(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || !('$types' in row)) return row;
  const { $types: types, ...fields } = row as Record<string, unknown>;
  if (typeof types !== 'object' || types === null) return fields;
  return Object.fromEntries(Object.entries(fields).filter(([key]) => (types as Record<string, unknown>)[key] !== 'undefined'));
}

function rowsOf<T>(tables: Rows, name: string, schema: z.ZodType<T>, problems: string[]): { path: string; row: T }[] {
  const table = tables.get(name);
  if (!table) return [];
  return table.rows.flatMap((row, index) => {
    const path = `${table.path}.rows[${index}]`;
    const parsed = schema.safeParse(decodedRow(row));
    if (parsed.success) return [{ path, row: parsed.data }];
    problems.push(describeSchemaProblems(parsed.error, path).split('\n')[0] ?? path);
    return [];
  });
}

/** Why `data` (a parsed backup file) cannot be restored, in the editor's words with JSON paths, or null when it can. */
export function backupProblems(data: unknown): string | null {
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) return describeSchemaProblems(parsed.error);
  const tables: Rows = new Map(
    parsed.data.data.data.map((table, index) => [table.tableName, { path: `$.data.data[${index}]`, rows: table.rows }]),
  );
  const problems: string[] = [];
  for (const { path, rows } of tables.values()) {
    if (tables.get('sourceFiles')?.path === path) continue;
    const malformed = loneSurrogatePath(rows, `${path}.rows`);
    if (malformed) problems.push(msg(str`${malformed}: is not well-formed Unicode (a lone surrogate)`));
  }
  const textRows = tables.has('articleTexts')
    ? rowsOf(tables, 'articleTexts', articleTextRow, problems)
    : rowsOf(tables, 'articles', textInArticleRow, problems);
  const articleTexts = new Map(textRows.map(({ path, row }) => [row.articleId, { path, row }] as const));
  const texts = new Map<string, string>();
  for (const { path: articlePath, row: article } of rowsOf(tables, 'articles', articleRow, problems)) {
    const found = articleTexts.get(article.id);
    if (!found) {
      problems.push(msg(str`${articlePath}: the backup holds no text for article ${article.id}`));
      continue;
    }
    const { path, row } = found;
    const textProblem = canonicalTextProblem(row.text);
    if (textProblem) problems.push(`${path}.text: ${textProblem}`);
    else if (articleIdForText(row.text) !== row.articleId)
      problems.push(msg(str`${path}.articleId: does not match the article's text`));
    const blocks = blocksProblem(row.text, row.blocks);
    if (blocks) problems.push(`${path}.blocks${blocks.index === null ? '' : `[${blocks.index}]`}: ${blocks.problem}`);
    texts.set(article.id, row.text);
  }
  const tagIds = new Set(rowsOf(tables, 'tags', tagRow, problems).map(({ row }) => row.id));
  for (const { path, row } of rowsOf(tables, 'entities', entityRow, problems)) {
    if (!tagIds.has(row.tag)) problems.push(msg(str`${path}.tag: no tag ${row.tag} in the backup`));
  }
  for (const { path, row } of rowsOf(tables, 'annotations', annotationRow, problems)) {
    const text = texts.get(row.articleId);
    if (text === undefined) {
      problems.push(msg(str`${path}.articleId: no article ${row.articleId} in the backup`));
      continue;
    }
    if (!tagIds.has(row.tag)) problems.push(msg(str`${path}.tag: no tag ${row.tag} in the backup`));
    const spanIssue = spanProblem(text, row.start, row.end);
    if (spanIssue) problems.push(`${path}: the span [${row.start}, ${row.end}) ${spanIssue}`);
    else if (text.slice(row.start, row.end) !== row.quote)
      problems.push(msg(str`${path}.quote: differs from the text at its offsets`));
  }
  for (const { path, row } of rowsOf(tables, 'orphans', orphanRow, problems)) {
    if (!texts.has(row.articleId)) problems.push(msg(str`${path}.articleId: no article ${row.articleId} in the backup`));
  }
  return problems.length > 0 ? problems.slice(0, MAX_PROBLEMS).join('\n') : null;
}
