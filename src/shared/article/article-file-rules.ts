// What files the app accepts, checked before any byte is read, the same way in main and in a browser.
import { msg, str } from '@lit/localize';
import type { ArticleFormat } from './article';

export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
};

/** Extensions the app opens, lower case, with the dot. */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot).toLowerCase() : '';
}

/** The format a file name says it holds, or null for a type the app does not open. */
export function articleFormatOf(fileName: string): ArticleFormat | null {
  return FORMAT_BY_EXTENSION[extensionOf(fileName)] ?? null;
}

/** Annotation sets exported by this app (or another copy of it). */
export const IMPORT_EXTENSIONS: readonly string[] = ['.json', '.jsonl'];
/** Larger than any real annotation set; a bigger file is refused before it is read. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** Why a file of this name and size cannot be imported, or null when it can be read. */
export function importFileRejection(fileName: string, byteLength: number): string | null {
  if (!IMPORT_EXTENSIONS.includes(extensionOf(fileName)))
    return msg(str`${fileName}: import reads annotation files in .json or .jsonl`);
  if (byteLength > MAX_IMPORT_BYTES) {
    return msg(
      str`${fileName}: the file is ${formatMegabytes(byteLength)}, over the ${formatMegabytes(MAX_IMPORT_BYTES)} limit for imports`,
    );
  }
  return null;
}

/** Why a file of this name and size cannot be opened, in an editor's words, or null when it can be read. */
export function articleFileRejection(fileName: string, byteLength: number): string | null {
  if (articleFormatOf(fileName) === null) {
    return msg(str`${fileName}: this type of file is not supported; open one of ${ARTICLE_EXTENSIONS.join(', ')}`);
  }
  if (byteLength > MAX_ARTICLE_BYTES) {
    return msg(
      str`${fileName}: the file is ${formatMegabytes(byteLength)}, over the ${formatMegabytes(MAX_ARTICLE_BYTES)} limit`,
    );
  }
  return null;
}
