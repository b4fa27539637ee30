// Turns the bytes of an opened file into an article: decoding and parsing run in a worker of the sandboxed renderer.
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';
import type { Article } from '../../../shared/article/article';
import { articleFormatOf } from '../../../shared/article/article-file-rules';
import type { ArticleFile } from '../../../shared/ipc';
import { parseInWorker } from './parse-in-worker';

/**
 * Reads an article file. `encoding` is the editor's choice when detection was wrong; null detects it.
 * Problems come back as messages that start with the file name.
 */
export async function articleFromFile(file: ArticleFile, encoding: string | null = null): Promise<Result<Article>> {
  const { bytes, fileName } = file;
  const format = articleFormatOf(fileName);
  if (format === null) return err(`${fileName}: this type of file is not supported`);
  if (bytes.byteLength === 0) return err(`${fileName}: the file is empty`);

  const response = await parseInWorker(fileName, format, bytes, encoding);
  if (!response.ok) return err(`${fileName}: ${response.problem}`);
  const { article } = response;
  if (article.text.trim().length === 0) return err(`${fileName}: the file has no text`);
  return ok(file.path ? { ...article, source: { ...article.source, path: file.path } } : article);
}
