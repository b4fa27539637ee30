// Reads a Markdown article with a real CommonMark parser: structure becomes blocks, inline markup is dropped.
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
