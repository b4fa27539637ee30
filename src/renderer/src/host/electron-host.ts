// Host inside the Electron shell: native dialogs and menu through the preload's `window.newsroom`.
import type { InterfaceLanguage } from '../../../shared/i18n/localization';
import type { NewsroomApi } from '../../../shared/ipc';
import type { Result } from '../../../shared/result';
import type { Host } from './host';
import { readFileObjects } from './read-file-objects';

export class ElectronHost implements Host {
  readonly kind = 'electron';

  constructor(private readonly api: NewsroomApi) {}

  async pickArticleFiles(): ReturnType<Host['pickArticleFiles']> {
    const result = await this.api.openArticleFiles();
    if (!result.ok) return { files: [], problems: [{ fileName: '', message: result.error }] };
    return result.value;
  }

  async pickImportFile(): ReturnType<Host['pickImportFile']> {
    const result = await this.api.openImportFile();
    if (!result.ok) return result;
    return result.value === null ? null : { ok: true, value: result.value };
  }

  readDroppedFiles(files: readonly File[]): ReturnType<Host['readDroppedFiles']> {
    return readFileObjects(files);
  }

  async saveFile(suggestedName: string, contents: Blob): ReturnType<Host['saveFile']> {
    return this.api.saveFile({ suggestedName, bytes: new Uint8Array(await contents.arrayBuffer()) });
  }

  onArticleFilesOpened(listener: Parameters<Host['onArticleFilesOpened']>[0]): () => void {
    return this.api.onArticleFilesOpened(listener);
  }

  onMenuCommand(listener: Parameters<Host['onMenuCommand']>[0]): () => void {
    return this.api.onMenuCommand(listener);
  }

  watchArticleFile(path: string | null): void {
    // Refused or failed, the file is simply not watched: nothing the editor asked for is lost.
    void this.api.watchArticleFile(path);
  }

  onArticleFileChanged(listener: Parameters<Host['onArticleFileChanged']>[0]): () => void {
    return this.api.onArticleFileChanged(listener);
  }

  setInterfaceLanguage(language: InterfaceLanguage): void {
    // Refused or failed, the menu stays in the language it had: the window itself has switched.
    void this.api.setInterfaceLanguage(language);
  }

  async deskPassword(url: string, userName: string): Promise<string | null> {
    const read = await this.api.readDeskPassword(url, userName);
    return read.ok ? read.value : null;
  }

  saveDeskPassword(url: string, userName: string, password: string): Promise<Result<null>> {
    return this.api.saveDeskPassword(url, userName, password);
  }

  ready(): void {
    this.api.rendererReady();
  }
}
