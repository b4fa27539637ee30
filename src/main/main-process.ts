// The main process's work, given Electron's native parts: one window on the app's page, the menu, the native dialogs,
// files from the command line and from a second launch, and the IPC the page calls. index.ts hands it the real
// parts; the desktop-bridge tests hand it small fakes of the same shape and drive the window in Chromium.
import { msg } from '@lit/localize';
import type {
  BrowserWindowConstructorOptions,
  MenuItemConstructorOptions,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { extname, join } from 'node:path';
import { ARTICLE_EXTENSIONS, IMPORT_EXTENSIONS } from '../shared/article/article-file-rules';
import type { MenuCommand, OpenedFiles } from '../shared/ipc';
import { IpcChannel, IpcEvent, IpcSend } from '../shared/ipc';
import { interfaceLanguage, languageFromSystem, useInterfaceLanguage } from '../shared/i18n/localization';
import { ok } from '../shared/result';
import { readArticleFile, readArticleFiles, readImportFile } from './article-files';
import { ArticleFileWatcher } from './file-watch';
import { describeWriteError, writeFileAtomic } from './atomic-write';
import type { SecretStorage } from './desk-passwords';
import { DESK_PASSWORDS_FILE, DeskPasswords } from './desk-passwords';
import { articlePathsFromArgv } from './command-line';
import type { IpcRegistry } from './ipc-handle';
import { handle, sendEvent } from './ipc-handle';
import type { LaunchSettings } from './launch-settings';
import { applicationMenuTemplate } from './menu';
import { mainWindowOptions } from './window-options';

/** What of a window's contents the main process uses. */
export interface MainWebContents {
  send(channel: string, payload: unknown): void;
  on(event: 'did-start-loading', listener: () => void): unknown;
}

/** What of a BrowserWindow the main process uses. */
export interface MainWindow {
  readonly webContents: MainWebContents;
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  show(): void;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

/** Electron's native parts, as far as the main process uses them; `Window` is the kind of window `createWindow` makes. */
export interface ElectronParts<Window extends MainWindow> {
  app: {
    getPath(name: 'documents' | 'userData'): string;
    /** The system's language, as Electron reads it: what the interface speaks until the window says otherwise. */
    getLocale(): string;
    addRecentDocument(path: string): void;
    requestSingleInstanceLock(): boolean;
    quit(): void;
    on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
    on(event: 'window-all-closed', listener: () => void): unknown;
    on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown;
    whenReady(): Promise<unknown>;
  };
  dialog: {
    showOpenDialog(window: Window, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
    showSaveDialog(window: Window, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  };
  ipcMain: IpcRegistry & {
    /** `sender` is the web contents the message came from. */
    on(channel: string, listener: (event: { sender: unknown }) => void): unknown;
  };
  /** The system's secret store, for the desk's password. */
  safeStorage: SecretStorage;
  createWindow(options: BrowserWindowConstructorOptions): Window;
  setApplicationMenu(template: MenuItemConstructorOptions[]): void;
}

/** Starts the main process on `parts`: asks for the single-instance lock, then opens the window when Electron is ready. */
export function startMainProcess<Window extends MainWindow>(parts: ElectronParts<Window>, settings: LaunchSettings): void {
  const { app, dialog } = parts;
  const { appUrl } = settings;
  /** The application menu, built again whenever the interface changes language. */
  const applyMenu = (): void =>
    parts.setApplicationMenu(
      applicationMenuTemplate({
        isDevelopment: settings.isDevelopment,
        openFiles: () => void chooseArticles().then((opened) => opened && deliverOpenedFiles(opened)),
        send: sendToWindow,
      }),
    );
  let mainWindow: Window | null = null;
  let rendererReady = false;
  const pendingOpens: OpenedFiles[] = [];
  /** The files main read for the window this session: the only ones it will watch for the window. */
  const handedPaths = new Set<string>();
  const watcher = new ArticleFileWatcher((file) => {
    if (mainWindow && rendererReady) sendEvent(mainWindow.webContents, IpcEvent.articleFileChanged, file);
  });

  function handOver(opened: OpenedFiles): OpenedFiles {
    for (const file of opened.files) {
      handedPaths.add(file.path);
      app.addRecentDocument(file.path);
    }
    return opened;
  }

  function deliverOpenedFiles(opened: OpenedFiles): void {
    if (opened.files.length === 0 && opened.problems.length === 0) return;
    if (mainWindow && rendererReady) sendEvent(mainWindow.webContents, IpcEvent.articleFilesOpened, opened);
    else pendingOpens.push(opened);
  }

  async function openPaths(paths: readonly string[]): Promise<void> {
    if (paths.length === 0) return;
    deliverOpenedFiles(handOver(await readArticleFiles(paths)));
  }

  async function chooseArticles(): Promise<OpenedFiles | null> {
    if (!mainWindow) return null;
    const choice = await dialog.showOpenDialog(mainWindow, {
      title: msg('Open articles'),
      properties: ['openFile', 'multiSelections'],
      filters: [
        { name: msg('Articles'), extensions: ARTICLE_EXTENSIONS.map((extension) => extension.slice(1)) },
        { name: msg('All files'), extensions: ['*'] },
      ],
    });
    if (choice.canceled || choice.filePaths.length === 0) return null;
    return handOver(await readArticleFiles(choice.filePaths));
  }

  function registerIpc(): void {
    const { ipcMain } = parts;
    const fromApp = (): string => appUrl;
    handle(ipcMain, IpcChannel.openArticleFiles, fromApp, async () => ok(await chooseArticles()));

    handle(ipcMain, IpcChannel.saveFile, fromApp, async ([request]) => {
      if (!mainWindow) return ok(null);
      const choice = await dialog.showSaveDialog(mainWindow, {
        title: msg('Export annotations'),
        defaultPath: join(app.getPath('documents'), request.suggestedName),
        filters: [{ name: 'Annotations', extensions: [extname(request.suggestedName).slice(1) || 'json'] }],
      });
      if (choice.canceled || !choice.filePath) return ok(null);
      try {
        await writeFileAtomic(choice.filePath, request.bytes);
      } catch (error) {
        return { ok: false, error: describeWriteError(choice.filePath, error) };
      }
      return ok(choice.filePath);
    });

    handle(ipcMain, IpcChannel.openImportFile, fromApp, async () => {
      if (!mainWindow) return ok(null);
      const choice = await dialog.showOpenDialog(mainWindow, {
        title: msg('Import annotations'),
        properties: ['openFile'],
        filters: [{ name: msg('Annotation sets'), extensions: IMPORT_EXTENSIONS.map((extension) => extension.slice(1)) }],
      });
      const [path] = choice.filePaths;
      if (choice.canceled || path === undefined) return ok(null);
      return readImportFile(path);
    });

    handle(ipcMain, IpcChannel.watchArticleFile, fromApp, async ([path]) => {
      if (path === null || !handedPaths.has(path)) {
        watcher.stop();
        return ok(false);
      }
      // Watched from its bytes as they are now: a change is a file that differs from them.
      const now = await readArticleFile(path);
      watcher.follow(path, now.ok ? now.value.bytes : null);
      return ok(true);
    });

    handle(ipcMain, IpcChannel.setInterfaceLanguage, fromApp, ([language]) => {
      if (language !== interfaceLanguage()) {
        useInterfaceLanguage(language);
        applyMenu();
      }
      return Promise.resolve(ok(null));
    });

    // Made when first asked: the data folder is the app's only once Electron is ready.
    let deskPasswords: DeskPasswords | null = null;
    const passwords = (): DeskPasswords => (deskPasswords ??= new DeskPasswords(app.getPath('userData'), parts.safeStorage));
    handle(ipcMain, IpcChannel.readDeskPassword, fromApp, async ([url, userName]) => ok(await passwords().read(url, userName)));
    handle(ipcMain, IpcChannel.saveDeskPassword, fromApp, async ([url, userName, password]) => {
      try {
        await passwords().save(url, userName, password);
      } catch (error) {
        // Kept for this session all the same; only keeping it past a restart failed.
        return { ok: false, error: describeWriteError(DESK_PASSWORDS_FILE, error) };
      }
      return ok(null);
    });

    ipcMain.on(IpcSend.rendererReady, (event) => {
      if (!mainWindow || event.sender !== mainWindow.webContents) return;
      rendererReady = true;
      for (const opened of pendingOpens.splice(0)) sendEvent(mainWindow.webContents, IpcEvent.articleFilesOpened, opened);
    });
  }

  function openWindow(): void {
    const window = parts.createWindow(mainWindowOptions(settings.preloadPath));
    mainWindow = window;
    window.webContents.on('did-start-loading', () => {
      rendererReady = false;
    });
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      mainWindow = null;
      rendererReady = false;
      watcher.stop();
    });
    void window.loadURL(appUrl);
  }

  function sendToWindow(command: MenuCommand): void {
    if (mainWindow) sendEvent(mainWindow.webContents, IpcEvent.menuCommand, command);
  }

  if (!app.requestSingleInstanceLock()) {
    // Another window is running: it receives this launch's paths through 'second-instance'.
    app.quit();
    return;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    void openPaths(articlePathsFromArgv(argv, settings.leadingArgs, workingDirectory));
  });
  // macOS hands a file opened with the app ("Open with", a double click, the Dock) to the running app as an event,
  // before or after it is ready; other systems put it on the command line.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openPaths([path]);
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    useInterfaceLanguage(languageFromSystem([app.getLocale()]));
    registerIpc();
    applyMenu();
    openWindow();
    void openPaths(articlePathsFromArgv(settings.argv, settings.leadingArgs, settings.launchDirectory));
  });
}
