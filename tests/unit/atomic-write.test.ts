import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeWriteError, writeFileAtomic } from '../../src/main/atomic-write';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-write-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces an existing file with the whole new text and leaves no temporary file', async () => {
    const path = join(folder, 'export.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, '{"текст": "новый"}\n');
    expect(await readFile(path, 'utf8')).toBe('{"текст": "новый"}\n');
    expect(await readdir(folder)).toEqual(['export.json']);
  });

  it('removes its temporary file and leaves what was there when the final step fails', async () => {
    // A folder stands where the export should go, so the rename over it fails after the text was written.
    const path = join(folder, 'export.json');
    await mkdir(path);
    await writeFile(join(path, 'keep.txt'), 'kept');
    const failure: unknown = await writeFileAtomic(path, 'new').then(
      () => null,
      (error: unknown) => error,
    );
    expect((failure as NodeJS.ErrnoException | null)?.code).toMatch(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(await readdir(folder)).toEqual(['export.json']);
    expect(await readFile(join(path, 'keep.txt'), 'utf8')).toBe('kept');
  });

  it('fails without leaving anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(folder, 'missing', 'export.json'), 'new')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('describeWriteError', () => {
  it('tells the editor the disk is full', () => {
    const error = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    expect(describeWriteError('/x/export.json', error)).toBe('export.json was not saved: the disk is full');
  });
});
