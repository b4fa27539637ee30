// Host in a plain browser: a file input to open, a download to save. The end-to-end tests run on it.
import { ARTICLE_EXTENSIONS } from '../../../shared/article-file-rules';
import type { Result } from '../../../shared/ipc';
import { ok } from '../../../shared/ipc';
import type { Host } from './host';
import { readFileObjects } from './read-file-objects';

export class BrowserHost implements Host {
  readonly kind = 'browser';

  pickArticleFiles(): ReturnType<Host['pickArticleFiles']> {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = ARTICLE_EXTENSIONS.join(',');
    return new Promise((resolve) => {
      input.addEventListener('change', () => void readFileObjects([...(input.files ?? [])]).then(resolve), { once: true });
      input.addEventListener('cancel', () => resolve(null), { once: true });
      input.click();
    });
  }

  readDroppedFiles(files: readonly File[]): ReturnType<Host['readDroppedFiles']> {
    return readFileObjects(files);
  }

  saveTextFile(suggestedName: string, contents: string): Promise<Result<string | null>> {
    const url = URL.createObjectURL(new Blob([contents], { type: 'application/json' }));
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

  ready(): void {}
}
