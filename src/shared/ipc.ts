// The one IPC contract between main, preload and renderer: channel names, payloads and results.
import type { InterfaceLanguage } from './i18n/localization';
import type { Result } from './result';

/** The bytes of an article file, read by main after checking its size and type; decoded by the renderer. */
export interface ArticleFile {
  fileName: string;
  path: string;
  bytes: Uint8Array;
}

/** A file that could not be read, with a message an editor can act on. */
export interface FileProblem {
  fileName: string;
  message: string;
}

/** The outcome of opening several files at once: the good ones open, the bad ones are reported together. */
export interface OpenedFiles {
  files: ArticleFile[];
  problems: FileProblem[];
}

export interface SaveFileRequest {
  /** File name offered in the save dialog. */
  suggestedName: string;
  /** The file's bytes: UTF-8 text for every export, moved rather than copied where the platform can. */
  bytes: Uint8Array;
}

/** Invoke channels (renderer asks, main answers). */
export const IpcChannel = {
  /** Shows the native open dialog (several files) and reads what the editor chose. Null when cancelled. */
  openArticleFiles: 'files:open-dialog',
  /** Shows the native save dialog and writes the text atomically. Null when cancelled; else the path written. */
  saveFile: 'files:save-dialog',
  /** Shows the native open dialog for an annotation set (.json) and reads it. Null when cancelled. */
  openImportFile: 'files:open-import',
  /**
   * Watches the file at a path for changes (null: none), as the article shown came from it. Only a file main itself
   * read for the window this session is watched; the value says whether this one is.
   */
  watchArticleFile: 'files:watch',
  /** The window speaks this language now: main's menu, dialogs and messages follow it. */
  setInterfaceLanguage: 'app:language',
  /** The editor's password for a desk's server, as main keeps it (safeStorage); null when it keeps none. */
  readDeskPassword: 'desk:read-password',
  /** Keeps the editor's password for a desk's server with the system's secret store. */
  saveDeskPassword: 'desk:save-password',
} as const;

/** Event channels (main tells the renderer). */
export const IpcEvent = {
  /** Files given on the command line, by a second launch, or through the File menu. */
  articleFilesOpened: 'files:opened',
  /** A menu item the renderer carries out. */
  menuCommand: 'menu:command',
  /** The watched article file changed on disk: it as read now. */
  articleFileChanged: 'files:changed',
} as const;

/** One-way messages (renderer tells main). */
export const IpcSend = {
  /** The renderer listens now, so files queued before it loaded can be sent. */
  rendererReady: 'app:renderer-ready',
} as const;

export type MenuCommand = 'open' | 'import' | 'export' | 'undo' | 'redo';

/**
 * Each invoke channel's arguments and the value main answers with (inside a Result). main's `handle()` and the
 * preload's `invoke()` are both typed by it, so the two sides cannot disagree.
 */
export interface IpcInvokeContract {
  [IpcChannel.openArticleFiles]: { args: []; value: OpenedFiles | null };
  [IpcChannel.saveFile]: { args: [request: SaveFileRequest]; value: string | null };
  [IpcChannel.openImportFile]: { args: []; value: ArticleFile | null };
  [IpcChannel.watchArticleFile]: { args: [path: string | null]; value: boolean };
  [IpcChannel.setInterfaceLanguage]: { args: [language: InterfaceLanguage]; value: null };
  [IpcChannel.readDeskPassword]: { args: [url: string, userName: string]; value: string | null };
  [IpcChannel.saveDeskPassword]: { args: [url: string, userName: string, password: string]; value: null };
}

export type IpcInvokeChannel = keyof IpcInvokeContract;
export type IpcInvokeArgs<Channel extends IpcInvokeChannel> = IpcInvokeContract[Channel]['args'];
export type IpcInvokeResult<Channel extends IpcInvokeChannel> = Result<IpcInvokeContract[Channel]['value']>;

/** What each event channel carries. */
export interface IpcEventPayloads {
  [IpcEvent.articleFilesOpened]: OpenedFiles;
  [IpcEvent.menuCommand]: MenuCommand;
  [IpcEvent.articleFileChanged]: ArticleFile;
}

/** What the preload exposes as `window.newsroom`: one function per capability. */
export interface NewsroomApi {
  openArticleFiles(): Promise<IpcInvokeResult<typeof IpcChannel.openArticleFiles>>;
  saveFile(...args: IpcInvokeArgs<typeof IpcChannel.saveFile>): Promise<IpcInvokeResult<typeof IpcChannel.saveFile>>;
  openImportFile(): Promise<IpcInvokeResult<typeof IpcChannel.openImportFile>>;
  watchArticleFile(
    ...args: IpcInvokeArgs<typeof IpcChannel.watchArticleFile>
  ): Promise<IpcInvokeResult<typeof IpcChannel.watchArticleFile>>;
  onArticleFileChanged(listener: (file: ArticleFile) => void): () => void;
  setInterfaceLanguage(
    ...args: IpcInvokeArgs<typeof IpcChannel.setInterfaceLanguage>
  ): Promise<IpcInvokeResult<typeof IpcChannel.setInterfaceLanguage>>;
  readDeskPassword(
    ...args: IpcInvokeArgs<typeof IpcChannel.readDeskPassword>
  ): Promise<IpcInvokeResult<typeof IpcChannel.readDeskPassword>>;
  saveDeskPassword(
    ...args: IpcInvokeArgs<typeof IpcChannel.saveDeskPassword>
  ): Promise<IpcInvokeResult<typeof IpcChannel.saveDeskPassword>>;
  /** Subscribes to files opened from outside the window; returns the unsubscribe function. */
  onArticleFilesOpened(listener: (opened: OpenedFiles) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  rendererReady(): void;
}
