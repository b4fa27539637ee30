// Writes a file so that it is either the old file or the complete new one, never half-written.
import { msg, str } from '@lit/localize';
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `contents` to a temporary file beside `path`, flushes it to disk, then renames it over `path`. A full
 * disk or a crash leaves the old file as it was and removes the temporary one.
 */
export async function writeFileAtomic(path: string, contents: string | Uint8Array): Promise<void> {
  const temporaryPath = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporaryPath, 'wx');
    try {
      await handle.writeFile(contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporaryPath, path);
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }
}

export function describeWriteError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const fileName = basename(path);
  switch (code) {
    case 'ENOSPC':
      return msg(str`${fileName} was not saved: the disk is full`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return msg(str`${fileName} was not saved: no permission to write in that folder`);
    case 'ENOENT':
      return msg(str`${fileName} was not saved: the folder no longer exists`);
    default:
      return msg(str`${fileName} was not saved (${code ?? String(error)})`);
  }
}
