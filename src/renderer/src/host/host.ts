// The renderer's only door to the outside world: opening files, saving exports, and what the menu asks for.
import type { InterfaceLanguage } from '../../../shared/i18n/localization';
import type { Result } from '../../../shared/result';
import type { ArticleFile, MenuCommand, OpenedFiles } from '../../../shared/ipc';

export interface Host {
  /** `electron` when a native shell is around the page, `browser` when it runs in any Chromium. */
  readonly kind: 'electron' | 'browser';
  /** Lets the editor choose article files and reads them; null when the choice was cancelled. */
  pickArticleFiles(): Promise<OpenedFiles | null>;
  /** Lets the editor choose an annotation set to import and reads it; null when the choice was cancelled. */
  pickImportFile(): Promise<Result<ArticleFile> | null>;
  /** Reads files dropped on the window, checking them as picked files are checked. */
  readDroppedFiles(files: readonly File[]): Promise<OpenedFiles>;
  /** Saves a file under a name the editor confirms; the value is where it went, or null when cancelled. */
  saveFile(suggestedName: string, contents: Blob): Promise<Result<string | null>>;
  /** Files that arrive from outside the page (command line, second launch, File menu). */
  onArticleFilesOpened(listener: (opened: OpenedFiles) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Watches the file an article shown came from (null: none), where the host can: the desktop app can, a browser
   * cannot (there, opening the file again does it).
   */
  watchArticleFile(path: string | null): void;
  /** The watched file changed on disk: it as read now. */
  onArticleFileChanged(listener: (file: ArticleFile) => void): () => void;
  /** The interface speaks `language` now: the desktop app's menu and native dialogs follow it. */
  setInterfaceLanguage(language: InterfaceLanguage): void;
  /**
   * The editor's password for the desk at `url`, where the host keeps one: the desktop app keeps it in the system's
   * secret store, a browser for this session only. Null when it keeps none.
   */
  deskPassword(url: string, userName: string): Promise<string | null>;
  /** Keeps the editor's password for the desk at `url`; an error says why it could not be kept past this session. */
  saveDeskPassword(url: string, userName: string, password: string): Promise<Result<null>>;
  /** Called once the page listens, so that anything that arrived earlier is delivered. */
  ready(): void;
}
