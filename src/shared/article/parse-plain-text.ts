// Reads a plain-text article (wire exports, notes from old Windows systems) into title, date and blocks.
import type { BlockText, ParsedArticle } from './article-builder';
import { parseWireHeader } from './article-metadata';
import { isCaptionLine } from './block-roles';
import { normalizeDecodedText } from './canonical-text';

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…:;»"”')\]]\s*$/u;

const HEADING_MAX_LENGTH = 80;
const HEADING_MAX_WORDS = 12;
const TITLE_MAX_LENGTH = 200;
/** A line shorter than this is never taken for a hard-wrapped piece of a longer paragraph. */
const WRAPPED_LINE_MIN_LENGTH = 50;

/**
 * Splits text into paragraphs: blank lines always separate them, and a single line break does too unless the
 * line before it was cut mid-sentence (hard-wrapped text), in which case the lines stay one paragraph.
 */
function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join('\n'));
    current = [];
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line.length === 0) {
      flush();
      continue;
    }
    const previous = current[current.length - 1];
    const continuesPrevious =
      previous !== undefined &&
      previous.length >= WRAPPED_LINE_MIN_LENGTH &&
      !ENDS_SENTENCE.test(previous) &&
      /^\p{Ll}/u.test(line);
    if (!continuesPrevious) flush();
    current.push(line);
  }
  flush();
  return paragraphs;
}

function looksLikeHeading(paragraph: string): boolean {
  return (
    !paragraph.includes('\n') &&
    paragraph.length <= HEADING_MAX_LENGTH &&
    paragraph.split(/\s+/).length <= HEADING_MAX_WORDS &&
    !ENDS_SENTENCE.test(paragraph) &&
    !/[,—–-]$/.test(paragraph)
  );
}

function looksLikeQuote(paragraph: string): boolean {
  return /^[«"“„]/.test(paragraph) && /[»"”][.!?…]?$/.test(paragraph) && !/[»"”].+[«"“„]/.test(paragraph);
}

function classify(paragraph: string, isLast: boolean): BlockText['type'] {
  if (isCaptionLine(paragraph)) return 'caption';
  if (looksLikeQuote(paragraph)) return 'quote';
  if (!isLast && looksLikeHeading(paragraph)) return 'heading';
  return 'paragraph';
}

/**
 * Parses plain text. The title comes from a wire header line, else from a short first line, else from
 * `fallbackTitle` (the file name); in the last case the text has no title block.
 */
export function parsePlainText(decoded: string, fallbackTitle: string): ParsedArticle {
  const paragraphs = splitParagraphs(normalizeDecodedText(decoded));
  let title = fallbackTitle;
  let date: string | null = null;
  const blocks: BlockText[] = [];

  const first = paragraphs[0];
  if (first !== undefined) {
    const [firstLine = '', ...restOfFirst] = first.split('\n');
    const header = parseWireHeader(firstLine);
    if (header) {
      date = header.date;
      title = header.title;
      blocks.push({ type: 'title', text: title });
      paragraphs.splice(0, 1, ...(restOfFirst.length > 0 ? [restOfFirst.join('\n')] : []));
    } else if (paragraphs.length > 1 && !first.includes('\n') && first.length <= TITLE_MAX_LENGTH && !/[.,;:]$/.test(first)) {
      title = first;
      blocks.push({ type: 'title', text: title });
      paragraphs.shift();
    }
  }

  paragraphs.forEach((paragraph, index) => {
    blocks.push({ type: classify(paragraph, index === paragraphs.length - 1), text: paragraph });
  });
  return { title, date, blocks };
}
