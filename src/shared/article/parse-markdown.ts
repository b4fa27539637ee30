// Reads a Markdown article with a real CommonMark parser: structure becomes blocks, inline markup is dropped.
import { msg, str } from '@lit/localize';
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { BlockText, ParsedArticle } from './article-builder';
import { finishStructuredArticle } from './structured-article';

interface FrontMatter {
  title: string | null;
  date: string | null;
}

function readFrontMatter(yaml: string): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(yaml, { maxAliasCount: 10 });
  } catch {
    return { title: null, date: null };
  }
  if (typeof data !== 'object' || data === null) return { title: null, date: null };
  const { title, date } = data as Record<string, unknown>;
  return {
    title: typeof title === 'string' ? title : null,
    date: typeof date === 'string' ? date : date instanceof Date ? date.toISOString() : null,
  };
}

/** Plain text of inline content: soft line breaks read as spaces, hard breaks as line breaks, images and HTML dropped. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value.replace(/\s*\n\s*/g, ' ');
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
    case 'html':
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? node.children.map(inlineText).join('') : '';
  }
}

/** Appends the blocks of one Markdown block node; `inQuote` turns paragraphs into quote blocks. */
function collectBlocks(node: RootContent, blocks: BlockText[], inQuote: boolean): void {
  switch (node.type) {
    case 'heading':
      blocks.push({ type: node.depth === 1 ? 'title' : 'heading', text: inlineText(node) });
      return;
    case 'paragraph':
      blocks.push({ type: inQuote ? 'quote' : 'paragraph', text: inlineText(node) });
      return;
    case 'blockquote':
      for (const child of node.children) collectBlocks(child, blocks, true);
      return;
    case 'list':
    case 'listItem':
      for (const child of node.children) collectBlocks(child, blocks, inQuote);
      return;
    case 'code':
      blocks.push({ type: 'paragraph', text: node.value });
      return;
    case 'table':
      for (const row of node.children) {
        blocks.push({ type: 'paragraph', text: row.children.map((cell) => inlineText(cell)).join(' | ') });
      }
      return;
    default:
      // Raw HTML, thematic breaks, definitions and front matter carry no article text.
      return;
  }
}

/**
 * The widest a line's container prefix (block quote markers and indentation) may be, in columns. micromark's time grows
 * with the cube of nesting: lists nested 100 deep (200 columns) took 74 ms, 400 deep 5.3 s, and 4,000 `>` overflowed the
 * stack. No article nests a tenth as deep.
 */
const MAX_PREFIX_COLUMNS = 120;
/**
 * The most image openers (`![`) one paragraph may hold: nested images take time growing with the square of their
 * number (500 took 0.18 s, 2,000 took 2.8 s, 10,000 two minutes).
 */
const MAX_IMAGE_OPENERS = 300;
/**
 * The most emphasis and link markers one paragraph may hold: unmatched ones are resolved in time growing with the square
 * of their number (2,000 took 51 ms, 20,000 took 8.8 s). An article's paragraph has a handful.
 */
const MAX_INLINE_MARKERS = 6000;

/**
 * The columns a line's container prefix takes: its leading run of white space, `>` and list markers (`-`, `+`, `*`,
 * `1.`, `1)` before a space), tabs counted to the next stop of four.
 */
function prefixColumns(line: string): number {
  const prefix = /^(?:[ \t>]|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/.exec(line)?.[0] ?? '';
  let columns = 0;
  for (const character of prefix) columns += character === '\t' ? 4 - (columns % 4) : 1;
  return columns;
}

function count(text: string, pattern: RegExp): number {
  let found = 0;
  for (const _match of text.matchAll(pattern)) found++;
  return found;
}

/**
 * Why this Markdown would take the parser too long to read (nesting or markers far beyond any article's), or null.
 * Checked before parsing, so that such a file is refused with a reason in milliseconds instead of hanging its worker.
 */
export function markdownTooComplex(markdown: string): string | null {
  for (const line of markdown.split('\n')) {
    if (prefixColumns(line) > MAX_PREFIX_COLUMNS) {
      return msg(
        str`it nests quotes or lists more than ${MAX_PREFIX_COLUMNS} columns deep, far beyond any article; save it as plain text to open it`,
      );
    }
  }
  for (const paragraph of markdown.split(/\n[ \t>]*\n/)) {
    if (count(paragraph, /!\[/g) > MAX_IMAGE_OPENERS || count(paragraph, /[*_[\]]+/g) > MAX_INLINE_MARKERS) {
      return msg(
        'one of its paragraphs holds more emphasis, link or image markers than the parser can read in time; save it as plain text to open it',
      );
    }
  }
  return null;
}

export function parseMarkdown(markdown: string, fallbackTitle: string): ParsedArticle {
  const tree: Root = fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const meta = yaml ? readFrontMatter(yaml.value) : { title: null, date: null };
  const blocks: BlockText[] = [];
  for (const node of tree.children) collectBlocks(node, blocks, false);
  return finishStructuredArticle({ metadataTitle: meta.title, metadataDate: meta.date, blocks }, fallbackTitle);
}
