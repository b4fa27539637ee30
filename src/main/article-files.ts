// Reads article files for the renderer: checks size and type first, never decodes or parses (DESIGN.md).
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  articleFileRejection,
  formatMegabytes,
  importFileRejection,
  MAX_ARTICLE_BYTES,
  MAX_IMPORT_BYTES,
} from '../shared/article-file-rules';
import type { ArticleFile, FileProblem, OpenedFiles, Result } from '../shared/ipc';
import { err, ok } from '../shared/ipc';

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the file was not found; it may have been moved or deleted';
    case 'EACCES':
    case 'EPERM':
      return 'the file cannot be read: permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    default:
      return `the file cannot be read (${code ?? String(error)})`;
  }
}

/** Reads a file after `rejection` accepted its name and size, or says in an editor's words why it cannot. */
async function readCheckedFile(
  path: string,
  rejection: (fileName: string, byteLength: number) => string | null,
  maxBytes: number,
): Promise<Result<ArticleFile>> {
  const fileName = basename(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) return err(`${fileName}: it is a folder, not a file`);
    const problem = rejection(fileName, info.size);
    if (problem !== null) return err(problem);
    const bytes = await readFile(path);
    // Checked again after reading: the file may have grown between the two calls.
    if (bytes.byteLength > maxBytes) return err(`${fileName}: the file is over the ${formatMegabytes(maxBytes)} limit`);
    return ok({ fileName, path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  } catch (error) {
    return err(`${fileName}: ${describeReadError(error)}`);
  }
}

/** Reads one article file, or says in an editor's words why it cannot be opened. */
export function readArticleFile(path: string): Promise<Result<ArticleFile>> {
  return readCheckedFile(path, articleFileRejection, MAX_ARTICLE_BYTES);
}

/** Reads an annotation set to import, or says why it cannot be read. */
export function readImportFile(path: string): Promise<Result<ArticleFile>> {
  return readCheckedFile(path, importFileRejection, MAX_IMPORT_BYTES);
}

/** Reads several files; the good ones are returned, the bad ones reported together. */
export async function readArticleFiles(paths: readonly string[]): Promise<OpenedFiles> {
  const files: ArticleFile[] = [];
  const problems: FileProblem[] = [];
  for (const path of paths) {
    const result = await readArticleFile(path);
    if (result.ok) files.push(result.value);
    else problems.push({ fileName: basename(path), message: result.error });
  }
  return { files, problems };
}
