// Reads article files for the renderer: checks size and type first, never decodes or parses (DESIGN.md).
import { msg, str } from '@lit/localize';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';
import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  articleFileRejection,
  formatMegabytes,
  importFileRejection,
  MAX_ARTICLE_BYTES,
  MAX_IMPORT_BYTES,
} from '../shared/article/article-file-rules';
import type { ArticleFile, FileProblem, OpenedFiles } from '../shared/ipc';

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return msg('the file was not found; it may have been moved or deleted');
    case 'EACCES':
    case 'EPERM':
      return msg('the file cannot be read: permission denied');
    case 'EISDIR':
      return 'it is a folder, not a file';
    default:
      return msg(str`the file cannot be read (${code ?? String(error)})`);
  }
}

/** How much is read at a time. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * The file's bytes, read until its end or until there are more than `maxBytes`: a file that grows while it is read,
 * or a device that never ends (`/dev/zero` behind a link named `.txt`), stops at the limit instead of filling memory.
 */
export async function readBounded(handle: FileHandle, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) return null;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Opening without blocking: a FIFO opened for reading waits for a writer forever, and on a regular file the flag
 * changes nothing. Windows has no such flag and no FIFOs to open this way.
 */
const OPEN_FLAGS = constants.O_RDONLY | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK);

/**
 * Reads a regular file after `rejection` accepted its name and size, or says in an editor's words why it cannot.
 * Folders, devices, FIFOs and sockets are refused before a byte is read; the type and size are checked on the opened
 * file itself, so a file swapped for another between the check and the read is caught too.
 */
async function readCheckedFile(
  path: string,
  rejection: (fileName: string, byteLength: number) => string | null,
  maxBytes: number,
): Promise<Result<ArticleFile>> {
  const fileName = basename(path);
  const overLimit = err(msg(str`${fileName}: the file is over the ${formatMegabytes(maxBytes)} limit`));
  let handle: FileHandle | null = null;
  try {
    const named = await stat(path);
    if (named.isDirectory()) return err(`${fileName}: it is a folder, not a file`);
    if (!named.isFile()) return err(msg(str`${fileName}: it is not a regular file (a device, a pipe or a socket)`));
    handle = await open(path, OPEN_FLAGS);
    const info = await handle.stat();
    if (!info.isFile()) return err(msg(str`${fileName}: it is not a regular file (a device, a pipe or a socket)`));
    const problem = rejection(fileName, info.size);
    if (problem !== null) return err(problem);
    const bytes = await readBounded(handle, maxBytes);
    return bytes ? ok({ fileName, path, bytes }) : overLimit;
  } catch (error) {
    return err(`${fileName}: ${describeReadError(error)}`);
  } finally {
    await handle?.close();
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
