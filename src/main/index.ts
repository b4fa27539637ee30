// Electron main process: one window, the menu, native dialogs and file access. Everything else is the renderer's.
import { ok } from '../shared/result';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { OpenedFiles } from '../shared/ipc';
import { IpcChannel, IpcEvent, IpcSend } from '../shared/ipc';
import { ARTICLE_EXTENSIONS, IMPORT_EXTENSIONS } from '../shared/article/article-file-rules';
import { readArticleFiles, readImportFile } from './article-files';
import { describeWriteError, writeFileAtomic } from './atomic-write';
import { articlePathsFromArgv } from './command-line';
import { handle, sendEvent } from './ipc-handle';
import { applicationMenuTemplate } from './menu';
import { denyAllPermissions, hardenWebContents } from './security';
import { mainWindowOptions } from './window-options';

const moduleDirectory = fileURLToPath(new URL('.', import.meta.url));
const isDevelopment = !app.isPackaged && process.env.ELECTRON_RENDERER_URL !== undefined;
const appUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(moduleDirectory, '../renderer/index.html')).href;

// A separate profile (tests, a second newsroom desk) gets its own database and its own single-instance lock.
const userDataOverride = process.env.NEWSROOM_ANNOTATOR_USER_DATA;
if (userDataOverride) app.setPath('userData', userDataOverride);

/** Entries before the user's own arguments: the executable, plus the app folder when run as `electron .`. */
const leadingArgs = app.isPackaged ? 1 : 2;
/** `npm start` runs in the project folder; INIT_CWD is where the editor typed the command. */
const launchDirectory = process.env.INIT_CWD ?? process.cwd();

let mainWindow: BrowserWindow | null = null;
let rendererReady = false;
const pendingOpens: OpenedFiles[] = [];

function deliverOpenedFiles(opened: OpenedFiles): void {
  if (opened.files.length === 0 && opened.problems.length === 0) return;
  if (mainWindow && rendererReady) sendEvent(mainWindow.webContents, IpcEvent.articleFilesOpened, opened);
  else pendingOpens.push(opened);
}

async function openPaths(paths: readonly string[]): Promise<void> {
  if (paths.length === 0) return;
  const opened = await readArticleFiles(paths);
  for (const file of opened.files) app.addRecentDocument(file.path);
  deliverOpenedFiles(opened);
}

async function showOpenDialog(): Promise<OpenedFiles | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Open articles',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Articles', extensions: ARTICLE_EXTENSIONS.map((extension) => extension.slice(1)) },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const choice = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  if (choice.canceled || choice.filePaths.length === 0) return null;
  const opened = await readArticleFiles(choice.filePaths);
  for (const file of opened.files) app.addRecentDocument(file.path);
  return opened;
}

function registerIpc(): void {
  handle(
    IpcChannel.openArticleFiles,
    () => appUrl,
    async () => ok(await showOpenDialog()),
  );

  handle(
    IpcChannel.saveFile,
    () => appUrl,
    async ([request]) => {
      const options: Electron.SaveDialogOptions = {
        title: 'Export annotations',
        defaultPath: join(app.getPath('documents'), request.suggestedName),
        filters: [{ name: 'Annotations', extensions: [extname(request.suggestedName).slice(1) || 'json'] }],
      };
      const choice = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return ok(null);
      try {
        await writeFileAtomic(choice.filePath, request.bytes);
      } catch (error) {
        return { ok: false, error: describeWriteError(choice.filePath, error) };
      }
      return ok(choice.filePath);
    },
  );

  handle(
    IpcChannel.openImportFile,
    () => appUrl,
    async () => {
      const options: Electron.OpenDialogOptions = {
        title: 'Import annotations',
        properties: ['openFile'],
        filters: [{ name: 'Annotation sets', extensions: IMPORT_EXTENSIONS.map((extension) => extension.slice(1)) }],
      };
      const choice = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      const [path] = choice.filePaths;
      if (choice.canceled || path === undefined) return ok(null);
      return readImportFile(path);
    },
  );

  ipcMain.on(IpcSend.rendererReady, (event) => {
    if (!mainWindow || event.sender !== mainWindow.webContents) return;
    rendererReady = true;
    for (const opened of pendingOpens.splice(0)) sendEvent(mainWindow.webContents, IpcEvent.articleFilesOpened, opened);
  });
}

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(join(moduleDirectory, '../preload/index.cjs')));
  mainWindow = window;
  window.webContents.on('did-start-loading', () => {
    rendererReady = false;
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
    rendererReady = false;
  });
  void window.loadURL(appUrl);
}

function start(): void {
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
    void openPaths(articlePathsFromArgv(argv, leadingArgs, workingDirectory));
  });
  // Every web contents, the main window's included, gets the same limits as soon as it exists.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    registerIpc();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        applicationMenuTemplate({
          isDevelopment,
          openFiles: () => void showOpenDialog().then((opened) => opened && deliverOpenedFiles(opened)),
          send: (command) => {
            if (mainWindow) sendEvent(mainWindow.webContents, IpcEvent.menuCommand, command);
          },
        }),
      ),
    );
    createWindow();
    void openPaths(articlePathsFromArgv(process.argv, leadingArgs, launchDirectory));
  });
}

start();
