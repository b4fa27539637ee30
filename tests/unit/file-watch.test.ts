// The watch of the open article's file, on real files in a temporary folder: a save in place and a save by rename
// (as editors and word processors save) are each one change, read once; a save of the same bytes, a file deleted
// and a file no longer followed are none.
import { mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleFile } from '../../src/shared/ipc';
import { ArticleFileWatcher } from '../../src/main/file-watch';

const SETTLE_MS = 50;
const encode = (text: string) => new TextEncoder().encode(text);
const quiet = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS * 6));

let folder: string;
let path: string;
let changes: ArticleFile[];
let watcher: ArticleFileWatcher;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'watch-'));
  path = join(folder, 'story.txt');
  await writeFile(path, 'Версия 1');
  changes = [];
  watcher = new ArticleFileWatcher((file) => changes.push(file), SETTLE_MS);
  watcher.follow(path, encode('Версия 1'));
});

afterEach(async () => {
  watcher.stop();
  await rm(folder, { recursive: true, force: true });
});

const texts = () => changes.map((file) => new TextDecoder().decode(file.bytes));

describe('watching the open article’s file', () => {
  it('reads a file saved in place once, after its writes settle', async () => {
    await writeFile(path, 'Версия 2, первая половина');
    await writeFile(path, 'Версия 2');
    await quiet();
    expect(texts()).toEqual(['Версия 2']);
    expect(changes[0]).toMatchObject({ fileName: 'story.txt', path });
  });

  it('reads a file saved by writing another and renaming it over the first', async () => {
    const temporary = join(folder, '.story.txt.tmp');
    await writeFile(temporary, 'Версия 2');
    await rename(temporary, path);
    await quiet();
    expect(texts()).toEqual(['Версия 2']);
    await writeFile(temporary, 'Версия 3');
    await rename(temporary, path);
    await quiet();
    expect(texts()).toEqual(['Версия 2', 'Версия 3']);
  });

  it('offers nothing for a save of the same bytes, a deleted file, another file in the folder, or after stopping', async () => {
    await writeFile(path, 'Версия 1');
    await writeFile(join(folder, 'other.txt'), 'Другая статья');
    await quiet();
    await unlink(path);
    await quiet();
    expect(changes).toEqual([]);
    await writeFile(path, 'Версия 2');
    await quiet();
    expect(texts()).toEqual(['Версия 2']);
    watcher.follow(null);
    await writeFile(path, 'Версия 3');
    await quiet();
    expect(texts()).toEqual(['Версия 2']);
  });
});
