// Joins typed block texts into canonical text, recording each block's offsets, and names the article.
import type { Article, ArticleSource, Block, BlockType } from './article';
import { articleIdForText } from './article-id';

export interface BlockText {
  type: BlockType;
  text: string;
}

export interface ParsedArticle {
  title: string;
  date: string | null;
  blocks: BlockText[];
}

const BLOCK_SEPARATOR = '\n\n';

export function buildArticle(parsed: ParsedArticle, source: ArticleSource): Article {
  const blocks: Block[] = [];
  let text = '';
  for (const block of parsed.blocks) {
    if (block.text.length === 0) continue;
    if (text.length > 0) text += BLOCK_SEPARATOR;
    blocks.push({ type: block.type, start: text.length, end: text.length + block.text.length });
    text += block.text;
  }
  return { id: articleIdForText(text), title: parsed.title, date: parsed.date, source, text, blocks };
}
