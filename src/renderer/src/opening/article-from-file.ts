// Turns the bytes of an opened file into an article: the checks an editor's message names, around the reading itself,
// which the window runs in the parser worker of the sandboxed renderer.
import { msg, str } from '@lit/localize';
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';
import type { Article } from '../../../shared/article/article';
import { articleFormatOf } from '../../../shared/article/article-file-rules';
import type { ArticleFile } from '../../../shared/ipc';
import type { ParseRequest, ParseResponse } from './read-article-bytes';

/** Decodes and parses a file's bytes (in the window: in the parser worker). */
export type ParseArticle = (request: Omit<ParseRequest, 'id'>) => Promise<ParseResponse>;

/**
 * Reads an article file. `encoding` is the editor's choice when detection was wrong; null detects it.
 * Problems come back as messages that start with the file name.
 */
export async function articleFromFile(
  file: ArticleFile,
  encoding: string | null,
  parseArticle: ParseArticle,
): Promise<Result<Article>> {
  const { bytes, fileName } = file;
  const format = articleFormatOf(fileName);
  if (format === null) return err(msg(str`${fileName}: this type of file is not supported`));
  if (bytes.byteLength === 0) return err(msg(str`${fileName}: the file is empty`));

  const response = await parseArticle({ fileName, format, bytes, encoding });
  if (!response.ok) return err(`${fileName}: ${response.problem}`);
  const { article } = response;
  if (article.text.trim().length === 0) return err(msg(str`${fileName}: the file has no text`));
  return ok(file.path ? { ...article, source: { ...article.source, path: file.path } } : article);
}
