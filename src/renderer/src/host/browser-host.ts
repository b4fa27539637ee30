// Host in a plain browser: a file input to open, a download to save. The end-to-end tests run on it.
import type { Result } from '../../../shared/result';
import { ok } from '../../../shared/result';
import { ARTICLE_EXTENSIONS, IMPORT_EXTENSIONS } from '../../../shared/article/article-file-rules';
import type { Host } from './host';
import { readFileObjects, readImportFileObject } from './read-file-objects';

export class BrowserHost implements Host {
  readonly kind = 'browser';

  pickArticleFiles(): ReturnType<Host['pickArticleFiles']> {
    return this.pickFiles(ARTICLE_EXTENSIONS, true, (files) => readFileObjects(files));
  }

  pickImportFile(): ReturnType<Host['pickImportFile']> {
    return this.pickFiles(IMPORT_EXTENSIONS, false, ([file]) => (file ? readImportFileObject(file) : Promise.resolve(null)));
  }

  /** Shows the browser's file chooser; resolves with what `read` makes of the chosen files, or null when cancelled. */
  private pickFiles<T>(extensions: readonly string[], multiple: boolean, read: (files: File[]) => Promise<T>): Promise<T | null> {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = extensions.join(',');
    return new Promise((resolve) => {
      input.addEventListener('change', () => void read([...(input.files ?? [])]).then(resolve), { once: true });
      input.addEventListener('cancel', () => resolve(null), { once: true });
      input.click();
    });
  }

  readDroppedFiles(files: readonly File[]): ReturnType<Host['readDroppedFiles']> {
    return readFileObjects(files);
  }

  saveFile(suggestedName: string, contents: Blob): Promise<Result<string | null>> {
    const url = URL.createObjectURL(contents);
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.click();
    // Revoked late rather than at once: a slow disk may still be reading the blob when the click returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return Promise.resolve(ok(suggestedName));
  }

  onArticleFilesOpened(): () => void {
    return () => undefined;
  }

  onMenuCommand(): () => void {
    return () => undefined;
  }

  /** A page is not told when a file changes on disk: opening the file again offers its new version. */
  watchArticleFile(): void {}

  /** A browser's own menus speak the browser's language. */
  setInterfaceLanguage(): void {}

  onArticleFileChanged(): () => void {
    return () => undefined;
  }

  /** A page has no secret store of its own: the password is kept in memory, and asked for again after a restart. */
  private readonly _deskPasswords = new Map<string, string>();

  deskPassword(url: string, userName: string): Promise<string | null> {
    return Promise.resolve(this._deskPasswords.get(`${userName}\u0000${url}`) ?? null);
  }

  saveDeskPassword(url: string, userName: string, password: string): Promise<Result<null>> {
    this._deskPasswords.set(`${userName}\u0000${url}`, password);
    return Promise.resolve(ok(null));
  }

  ready(): void {}
}
