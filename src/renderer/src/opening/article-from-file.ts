// Turns the bytes of an opened file into an article: decode, check it is text, parse. Runs in the renderer only.
import type { Article } from '../../../shared/article';
import { buildArticle } from '../../../shared/article-builder';
import type { ArticleFile, Result } from '../../../shared/ipc';
import { err, ok } from '../../../shared/ipc';
import { parsePlainText } from '../../../shared/parse-plain-text';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function fileNameWithoutExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

export function articleFromFile(file: ArticleFile): Result<Article> {
  const { bytes, fileName } = file;
  if (bytes.byteLength === 0) return err(`${fileName}: the file is empty`);
  if (bytes.includes(0)) return err(`${fileName}: this is not a text file (it contains binary data)`);
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return err(`${fileName}: the text is not valid UTF-8`);
  }
  const parsed = parsePlainText(decoded, fileNameWithoutExtension(fileName));
  const article = buildArticle(parsed, {
    fileName,
    ...(file.path ? { path: file.path } : {}),
    format: 'text',
    encoding: hasBom ? 'utf-8-bom' : 'utf-8',
    byteLength: bytes.byteLength,
  });
  if (article.text.trim().length === 0) return err(`${fileName}: the file has no text`);
  return ok(article);
}
