// Finishes an article read from a structured format (Markdown, HTML, DOCX) the way plain text is read: one title,
// the date from metadata or a dateline, captions recognised, text normalised as the canonical text requires.
import type { BlockText, ParsedArticle } from './article-builder';
import { parseDate, parseWireHeader } from './article-metadata';
import { isCaptionLine } from './block-roles';
import { normalizeDecodedText } from './canonical-text';

export interface StructuredArticle {
  /** Title from metadata (front matter, `<title>`), used when the body has no title of its own. */
  metadataTitle: string | null;
  /** Date from metadata (front matter, `<time>`, `<meta>`), as the format gives it. */
  metadataDate: string | null;
  /** Blocks in reading order; `title` marks an explicit title element (a first-level heading, Word's Title style). */
  blocks: BlockText[];
}

/** Collapses runs of spaces and tabs (not line breaks, which are meant), and trims. */
function tidy(text: string): string {
  return normalizeDecodedText(text)
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

export function finishStructuredArticle(input: StructuredArticle, fallbackTitle: string): ParsedArticle {
  const blocks = input.blocks.map((block) => ({ ...block, text: tidy(block.text) })).filter((block) => block.text.length > 0);
  let date = input.metadataDate === null ? null : parseDate(input.metadataDate);

  // The title, in order of authority: a wire header line, a title element, the metadata, a leading heading.
  const first = blocks[0];
  const header = first ? parseWireHeader(first.text) : null;
  const metadataTitle = input.metadataTitle === null ? '' : tidy(input.metadataTitle);
  if (first && header) {
    blocks[0] = { type: 'title', text: header.title };
    date ??= header.date;
  } else if (first?.type !== 'title' && metadataTitle.length > 0) {
    blocks.unshift({ type: 'title', text: metadataTitle });
  } else if (first?.type === 'heading' && !blocks.some((block) => block.type === 'title')) {
    blocks[0] = { type: 'title', text: first.text };
  }

  // Only the first title stays a title; a second first-level heading is a section heading.
  const finished = blocks.map((block, index) =>
    block.type === 'title' && index > 0
      ? { ...block, type: 'heading' as const }
      : block.type === 'paragraph' && isCaptionLine(block.text)
        ? { ...block, type: 'caption' as const }
        : block,
  );

  // A dateline under the title (`9 января 2026`) is metadata, not text to annotate.
  const hasTitle = finished[0]?.type === 'title';
  const dateline = finished[hasTitle ? 1 : 0];
  const datelineDate = dateline && dateline.type !== 'title' ? parseDate(dateline.text) : null;
  if (datelineDate !== null) {
    finished.splice(hasTitle ? 1 : 0, 1);
    date ??= datelineDate;
  }

  const title = finished[0]?.type === 'title' ? finished[0].text : fallbackTitle;
  return { title, date, blocks: finished };
}
