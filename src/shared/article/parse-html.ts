// Reads the article out of an HTML page (or a Word document converted to HTML): the content, not the page.
// parse5 parses as browsers do but builds plain objects, so nothing in the file can run, load or even be
// instantiated; sanitize-html then keeps only content elements before the text is cut into blocks.
import { msg, str } from '@lit/localize';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { parse, parseFragment, serialize } from 'parse5';
import sanitizeHtml from 'sanitize-html';
import type { BlockType } from './article';
import type { BlockText, ParsedArticle } from './article-builder';
import { finishStructuredArticle } from './structured-article';

type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Element = DefaultTreeAdapterTypes.Element;

export type HtmlReading = { ok: true; parsed: ParsedArticle } | { ok: false; problem: string };

/** Deeper than any page a newsroom writes; such a document was built to break readers. */
export const MAX_HTML_NESTING = 500;

/** Elements that start a block of their own, with the block type their text gets. */
const BLOCK_TYPE_OF_TAG: Readonly<Record<string, BlockType>> = {
  h1: 'title',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  p: 'paragraph',
  li: 'paragraph',
  dt: 'paragraph',
  dd: 'paragraph',
  pre: 'paragraph',
  td: 'paragraph',
  th: 'paragraph',
  div: 'paragraph',
  section: 'paragraph',
  article: 'paragraph',
  header: 'paragraph',
  main: 'paragraph',
  figure: 'paragraph',
  ul: 'paragraph',
  ol: 'paragraph',
  dl: 'paragraph',
  table: 'paragraph',
  tr: 'paragraph',
  blockquote: 'quote',
  figcaption: 'caption',
  caption: 'caption',
};

/** Inline elements whose text belongs to the article. */
const INLINE_TAGS = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
];
const MORE_INLINE_TAGS = ['s', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'tbody', 'thead', 'tfoot'];

/** Page furniture and active content: dropped with everything inside them. */
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'option',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'label',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'dialog',
  'canvas',
  'video',
  'audio',
  'picture',
];

const DATE_META = [
  ['property', 'article:published_time'],
  ['name', 'article:published_time'],
  ['itemprop', 'datePublished'],
  ['name', 'date'],
  ['name', 'pubdate'],
  ['name', 'dc.date'],
] as const;

function isElement(node: DefaultTreeAdapterTypes.Node): node is Element {
  return 'tagName' in node;
}

function attribute(element: Element, name: string): string | null {
  return element.attrs.find((attr) => attr.name === name)?.value ?? null;
}

/** Every element below `root`, in document order, walked without recursion; null when nesting exceeds the limit. */
function elementsBelow(root: ParentNode): Element[] | null {
  const elements: Element[] = [];
  const stack: [ParentNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [ParentNode, number];
    if (depth > MAX_HTML_NESTING) return null;
    const children = 'content' in node ? node.content.childNodes : node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child && isElement(child)) stack.push([child, depth + 1]);
    }
    if (isElement(node)) elements.push(node);
  }
  return elements;
}

function textOf(element: Element): string {
  let text = '';
  const stack: DefaultTreeAdapterTypes.Node[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as DefaultTreeAdapterTypes.Node;
    if (node.nodeName === '#text') text += (node as DefaultTreeAdapterTypes.TextNode).value;
    else if ('childNodes' in node)
      for (let index = node.childNodes.length - 1; index >= 0; index--)
        stack.push(node.childNodes[index] as DefaultTreeAdapterTypes.Node);
  }
  return text;
}

/** The element with the most text among those named `tagName`: related-story cards are shorter than the story. */
function longest(elements: readonly Element[], tagName: string): Element | null {
  let best: Element | null = null;
  let bestLength = -1;
  for (const element of elements) {
    if (element.tagName !== tagName) continue;
    const length = textOf(element).length;
    if (length > bestLength) [best, bestLength] = [element, length];
  }
  return best;
}

function documentDate(elements: readonly Element[], rootElements: readonly Element[]): string | null {
  const time = [...rootElements, ...elements].find((element) => element.tagName === 'time' && attribute(element, 'datetime'));
  if (time) return attribute(time, 'datetime');
  for (const [key, value] of DATE_META) {
    const meta = elements.find(
      (element) => element.tagName === 'meta' && attribute(element, key)?.toLowerCase() === value.toLowerCase(),
    );
    const content = meta ? attribute(meta, 'content') : null;
    if (content) return content;
  }
  return null;
}

/** Cuts sanitised content into typed blocks, the way a browser lays out block and inline elements. */
function collectBlocks(content: ParentNode): BlockText[] {
  const blocks: BlockText[] = [];
  const openTypes: BlockType[] = [];
  let buffer = '';
  let preformatted = 0;
  const flush = (): void => {
    if (buffer.trim().length > 0) blocks.push({ type: openTypes.at(-1) ?? 'paragraph', text: buffer });
    buffer = '';
  };
  const stack: { node: DefaultTreeAdapterTypes.Node; leaving: boolean }[] = [...content.childNodes]
    .reverse()
    .map((node) => ({ node, leaving: false }));
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as { node: DefaultTreeAdapterTypes.Node; leaving: boolean };
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterTypes.TextNode).value;
      buffer += preformatted > 0 ? text : text.replace(/\s+/g, ' ');
      continue;
    }
    if (!isElement(node)) continue;
    const blockType = BLOCK_TYPE_OF_TAG[node.tagName];
    if (leaving) {
      if (blockType !== undefined) {
        flush();
        openTypes.pop();
      }
      if (node.tagName === 'pre') preformatted--;
      continue;
    }
    if (node.tagName === 'br') {
      buffer += '\n';
      continue;
    }
    if (blockType !== undefined) {
      flush();
      // Inside a block quote every paragraph is quoted text; headings keep their own type.
      openTypes.push(openTypes.includes('quote') && blockType === 'paragraph' ? 'quote' : blockType);
    }
    if (node.tagName === 'pre') preformatted++;
    stack.push({ node, leaving: true });
    for (let index = node.childNodes.length - 1; index >= 0; index--) {
      stack.push({ node: node.childNodes[index] as DefaultTreeAdapterTypes.Node, leaving: false });
    }
  }
  flush();
  return blocks;
}

/** Reads an HTML document into an article; `fallbackTitle` names it when the page has no title. */
export function parseHtml(html: string, fallbackTitle: string): HtmlReading {
  const document = parse(html);
  const elements = elementsBelow(document);
  if (elements === null) {
    return { ok: false, problem: msg(str`the page is nested more than ${MAX_HTML_NESTING} levels deep, which no article is`) };
  }
  const body = elements.find((element) => element.tagName === 'body');
  const root = longest(elements, 'article') ?? longest(elements, 'main') ?? body;
  if (!root) return { ok: false, problem: msg('the page has no content') };

  // A site's own header (logo, menu) sits outside the article; inside an article, a header holds its headline.
  const dropped = root === body ? [...DROPPED_WITH_CONTENT, 'header'] : DROPPED_WITH_CONTENT;
  const clean = sanitizeHtml(serialize(root), {
    allowedTags: [...Object.keys(BLOCK_TYPE_OF_TAG).filter((tag) => !dropped.includes(tag)), ...INLINE_TAGS, ...MORE_INLINE_TAGS],
    allowedAttributes: {},
    allowedSchemes: [],
    nonTextTags: dropped,
    disallowedTagsMode: 'discard',
  });
  const title = elements.find((element) => element.tagName === 'title');
  return {
    ok: true,
    parsed: finishStructuredArticle(
      {
        metadataTitle: title ? textOf(title) : null,
        metadataDate: documentDate(elements, elementsBelow(root) ?? []),
        blocks: collectBlocks(parseFragment(clean)),
      },
      fallbackTitle,
    ),
  };
}
