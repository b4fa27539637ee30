// Watches the file of the article the window shows, so that the window can offer its new version when it changes on
// disk. The folder is watched, not the file: editors and word processors save by writing a new file and renaming it
// over the old one, which ends a watch of the old file. A burst of events (a save writes, renames, touches) is one
// change, read once it has settled; a change that leaves the bytes as they were is none.
import type { FSWatcher } from 'node:fs';
import { watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { ArticleFile } from '../shared/ipc';
import { readArticleFile } from './article-files';

/** Long enough for a save's writes and renames to be over, short enough that the offer follows the save at once. */
const SETTLE_MS = 300;

export class ArticleFileWatcher {
  private watcher: FSWatcher | null = null;
  private path: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The bytes last read or offered, so that a save of the same text offers nothing. */
  private known: Uint8Array | null = null;

  /** `changed` gets the file as read after each change. */
  constructor(
    private readonly changed: (file: ArticleFile) => void,
    private readonly settleMs = SETTLE_MS,
  ) {}

  /** Watches `path` from now on, as it is now (`bytes`), instead of any other file; null watches none. */
  follow(path: string | null, bytes: Uint8Array | null = null): void {
    if (path === this.path) return;
    this.stop();
    if (path === null) return;
    const name = basename(path);
    try {
      this.watcher = watch(dirname(path), (_event, changedName) => {
        // Some systems do not say which file changed: then any change in the folder is read and compared.
        if (changedName === null || changedName === name) this.schedule();
      });
    } catch {
      // A folder that is gone or cannot be watched: there is nothing to offer, and nothing else depends on it.
      return;
    }
    this.watcher.on('error', () => this.stop());
    this.path = path;
    this.known = bytes;
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    this.path = null;
    this.known = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.read(), this.settleMs);
  }

  private async read(): Promise<void> {
    this.timer = null;
    const path = this.path;
    if (path === null) return;
    const read = await readArticleFile(path);
    // Renamed away, deleted, or caught half-written: nothing to offer until the file can be read again.
    if (this.path !== path || !read.ok) return;
    if (this.known && sameBytes(read.value.bytes, this.known)) return;
    this.known = read.value.bytes;
    this.changed(read.value);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let index = 0; index < a.byteLength; index++) if (a[index] !== b[index]) return false;
  return true;
}
