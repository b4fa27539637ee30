import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, open, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArticleFile, readArticleFiles, readBounded } from '../../src/main/article-files';
import { MAX_ARTICLE_BYTES } from '../../src/shared/article/article-file-rules';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-files-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('readArticleFile', () => {
  it('reads the bytes of a text article untouched', async () => {
    const path = join(folder, 'статья.txt');
    const bytes = Buffer.from('\uFEFFЗаголовок\r\n\r\nТекст.', 'utf8');
    await writeFile(path, bytes);
    const result = await readArticleFile(path);
    expect(result.ok && result.value.fileName).toBe('статья.txt');
    expect(result.ok && Buffer.from(result.value.bytes).equals(bytes)).toBe(true);
  });

  it('refuses a file over the size limit and names the limit', async () => {
    const path = join(folder, 'huge.txt');
    await writeFile(path, '');
    await truncate(path, MAX_ARTICLE_BYTES + 1);
    const result = await readArticleFile(path);
    expect(result).toEqual({ ok: false, error: 'huge.txt: the file is 20 MB, over the 20 MB limit' });
  });

  it('refuses an unsupported type and lists the supported ones', async () => {
    const path = join(folder, 'scan.pdf');
    await writeFile(path, '%PDF-1.7');
    const result = await readArticleFile(path);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^scan\.pdf: this type of file is not supported; open one of \.txt/);
  });

  it('says when a file was moved or deleted after it was chosen', async () => {
    const result = await readArticleFile(join(folder, 'gone.txt'));
    expect(result).toEqual({ ok: false, error: 'gone.txt: the file was not found; it may have been moved or deleted' });
  });

  it('says when the path is a folder', async () => {
    await mkdir(join(folder, 'folder.txt'));
    const result = await readArticleFile(join(folder, 'folder.txt'));
    expect(result).toEqual({ ok: false, error: 'folder.txt: it is a folder, not a file' });
  });
});

describe('readArticleFile on what is not a regular file', () => {
  const refusal = (name: string) => ({ ok: false, error: `${name}: it is not a regular file (a device, a pipe or a socket)` });

  it('refuses a link to /dev/zero at once, without reading it', async () => {
    // Read as a file, it grew the main process to 6.7 GB in 24 s.
    const path = join(folder, 'zero.txt');
    await symlink('/dev/zero', path);
    expect(await readArticleFile(path)).toEqual(refusal('zero.txt'));
  });

  it.runIf(process.platform !== 'win32')('refuses a FIFO instead of waiting for a writer forever', async () => {
    const path = join(folder, 'pipe.txt');
    execFileSync('mkfifo', [path]);
    expect(await readArticleFile(path)).toEqual(refusal('pipe.txt'));
  });

  it('reads a file through a link to it', async () => {
    await writeFile(join(folder, 'real.txt'), 'Текст');
    await symlink(join(folder, 'real.txt'), join(folder, 'link.txt'));
    const result = await readArticleFile(join(folder, 'link.txt'));
    expect(result.ok && Buffer.from(result.value.bytes).toString('utf8')).toBe('Текст');
  });

  it.runIf(process.platform === 'linux')('reads a file whose size says nothing of its length to its end', async () => {
    // Files of /proc say they are empty and hold text: reading goes by what is there, not by the size stat gives.
    const path = join(folder, 'status.txt');
    await symlink('/proc/self/status', path);
    const result = await readArticleFile(path);
    expect(result.ok && Buffer.from(result.value.bytes).toString('utf8')).toContain('Name:');
  });

  it.runIf(process.platform !== 'win32')('stops reading what never ends one byte past the limit', async () => {
    const handle = await open('/dev/zero', 'r');
    try {
      expect(await readBounded(handle, 3 * 1024 * 1024)).toBeNull();
    } finally {
      await handle.close();
    }
  });
});

describe('readArticleFiles', () => {
  it('opens the good files and reports the bad ones together', async () => {
    await writeFile(join(folder, 'a.txt'), 'A');
    await writeFile(join(folder, 'b.txt'), 'B');
    const opened = await readArticleFiles([
      join(folder, 'a.txt'),
      join(folder, 'missing.txt'),
      join(folder, 'b.txt'),
      join(folder, 'c.exe'),
    ]);
    expect(opened.files.map((file) => file.fileName)).toEqual(['a.txt', 'b.txt']);
    expect(opened.problems.map((problem) => problem.fileName)).toEqual(['missing.txt', 'c.exe']);
  });
});
