// Reads an article file's bytes into an article: decoding, then the reader of its format. Plain code that the parser
// worker runs, and the tests run in Node against hostile files.
import { msg } from '@lit/localize';
import mammoth from 'mammoth';
import type { Article, ArticleFormat } from '../../../shared/article/article';
import type { ParsedArticle } from '../../../shared/article/article-builder';
import { buildArticle } from '../../../shared/article/article-builder';
import { parseHtml } from '../../../shared/article/parse-html';
import { markdownTooComplex, parseMarkdown } from '../../../shared/article/parse-markdown';
import { parsePlainText } from '../../../shared/article/parse-plain-text';
import { decodeBytes } from './decode-bytes';
import { withoutExtension } from './file-names';

export interface ParseRequest {
  id: number;
  fileName: string;
  format: ArticleFormat;
  bytes: Uint8Array;
  /** The editor's choice of encoding, or null to detect it. */
  encoding: string | null;
}

/** The article is built here too: hashing megabytes of text would otherwise stall the window. */
export type ParseResponse = { id: number } & ({ ok: true; article: Article } | { ok: false; problem: string });

/** Word styles newsrooms use, mapped to the elements the HTML reader knows. */
const DOCX_STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // mammoth's browser build (the worker's) reads `arrayBuffer`; its Node build (the tests') reads `buffer`.
  const input = { arrayBuffer, buffer: bytes as Buffer };
  const result = await mammoth.convertToHtml(input, {
    styleMap: DOCX_STYLE_MAP,
    externalFileAccess: false,
    // Images carry no text to annotate; leaving them out keeps large documents small.
    convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
  });
  return result.value;
}

function built(request: ParseRequest, parsed: ParsedArticle, encoding: string): ParseResponse {
  const source = { fileName: request.fileName, format: request.format, encoding, byteLength: request.bytes.byteLength };
  return { id: request.id, ok: true, article: buildArticle(parsed, source) };
}

function fromHtml(request: ParseRequest, html: string, encoding: string): ParseResponse {
  const reading = parseHtml(html, withoutExtension(request.fileName));
  return reading.ok ? built(request, reading.parsed, encoding) : { id: request.id, ok: false, problem: reading.problem };
}

export async function readArticleBytes(request: ParseRequest): Promise<ParseResponse> {
  const { id, bytes, format } = request;
  const fallbackTitle = withoutExtension(request.fileName);
  if (format === 'docx') {
    let html: string;
    try {
      html = await docxToHtml(bytes);
    } catch {
      return { id, ok: false, problem: msg('this Word document is damaged or incomplete and cannot be read') };
    }
    return fromHtml(request, html, 'utf-8');
  }
  const decoded = decodeBytes(bytes, request.encoding);
  if (!decoded.ok) return { id, ok: false, problem: decoded.problem };
  try {
    if (format === 'html') return fromHtml(request, decoded.text, decoded.encoding);
    const tooComplex = format === 'markdown' ? markdownTooComplex(decoded.text) : null;
    if (tooComplex) return { id, ok: false, problem: tooComplex };
    const parsed =
      format === 'markdown' ? parseMarkdown(decoded.text, fallbackTitle) : parsePlainText(decoded.text, fallbackTitle);
    return built(request, parsed, decoded.encoding);
  } catch (error) {
    // A hostile file can nest deeper than a parser's stack; that is the file's fault, not a crash.
    const tooDeep = error instanceof RangeError;
    return { id, ok: false, problem: tooDeep ? msg('its structure is nested too deeply to read') : msg('it could not be read') };
  }
}
