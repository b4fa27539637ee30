// Reads a plain-text article (wire exports, notes from old Windows systems) into title, date and blocks.
import type { BlockText, ParsedArticle } from './article-builder';
import { normalizeDecodedText } from './canonical-text';

/** ` date 2026-01-09 Headline` (leading space and a colon after `date` tolerated). */
const WIRE_HEADER = /^\s*date:?\s+(\d{4}-\d{2}-\d{2})\s+(\S.*)$/i;

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…:;»"”')\]]\s*$/u;

/** Credit lines that precede a photo caption in wire copy. */
const CAPTION_CREDIT =
  /^(?:фото|photo|скриншот|кадр|иллюстрация|linkedin|reuters|getty images|getty|afp|epa|ap|тасс|риа новости|shutterstock|unsplash|wikimedia commons|twitter|facebook|instagram|telegram|youtube)(?::|\s)/iu;

const HEADING_MAX_LENGTH = 80;
const HEADING_MAX_WORDS = 12;
const TITLE_MAX_LENGTH = 200;
/** A line shorter than this is never taken for a hard-wrapped piece of a longer paragraph. */
const WRAPPED_LINE_MIN_LENGTH = 50;

export function isValidIsoDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

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
  if (CAPTION_CREDIT.test(paragraph) && !paragraph.includes('\n') && paragraph.length <= TITLE_MAX_LENGTH) {
    return 'caption';
  }
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
    const header = WIRE_HEADER.exec(firstLine);
    if (header?.[1] !== undefined && header[2] !== undefined) {
      date = isValidIsoDate(header[1]) ? header[1] : null;
      title = header[2].trim();
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
