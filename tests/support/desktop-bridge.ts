// The desktop app with only Electron's native parts faked: the renderer runs in Chromium, its `window.newsroom` is the
// real preload API bound to the real main-process code (main-process.ts) running here in Node, and the fakes stand in
// for the app object, the native dialogs, ipcMain and the BrowserWindow at the module boundary. Files are real files
// on disk, read and written by main's own code.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { build } from 'vite';
import type { SecretStorage } from '../../src/main/desk-passwords';
import type { SenderEvent } from '../../src/main/ipc-guard';
import { launchSettings } from '../../src/main/launch-settings';
import type { ElectronParts, MainWebContents, MainWindow } from '../../src/main/main-process';
import { startMainProcess } from '../../src/main/main-process';
import type { BridgeGlobals } from './bridge-preload';

const mainFolder = fileURLToPath(new URL('../../out/main/', import.meta.url));

let preloadScript: Promise<string> | null = null;

/** The bridge preload bundled into one script for the page, once per test worker. */
function bundledPreload(): Promise<string> {
  preloadScript ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('bridge-preload.ts', import.meta.url)), formats: ['iife'], name: 'bridgePreload' },
    },
  }).then((output) => {
    const results = Array.isArray(output) ? output : [output];
    const chunk = results.flatMap((result) => ('output' in result ? result.output : []))[0];
    if (chunk?.type !== 'chunk') throw new Error('The bridge preload did not bundle');
    return chunk.code;
  });
  return preloadScript;
}

/** What the editor chose in a native dialog, as the test scripts it; a dialog with nothing scripted is cancelled. */
export class FakeDialogs {
  readonly shown: { kind: 'open' | 'save'; title: string | undefined }[] = [];
  private readonly openAnswers: string[][] = [];
  private readonly saveAnswers: string[] = [];

  /** The next open dialog returns `paths`. */
  willOpen(...paths: string[]): void {
    this.openAnswers.push(paths);
  }

  /** The next save dialog returns `path`. */
  willSave(path: string): void {
    this.saveAnswers.push(path);
  }

  showOpenDialog(_window: MainWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue> {
    this.shown.push({ kind: 'open', title: options.title });
    const filePaths = this.openAnswers.shift();
    return Promise.resolve(filePaths ? { canceled: false, filePaths } : { canceled: true, filePaths: [] });
  }

  showSaveDialog(_window: MainWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue> {
    this.shown.push({ kind: 'save', title: options.title });
    const filePath = this.saveAnswers.shift();
    return Promise.resolve(filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' });
  }
}

/**
 * The system's secret store stands for what only Electron has (the keychain, DPAPI): reversible, as the real one is
 * for the same user, and not the plain text.
 */
export const reversibleSecretStorage: SecretStorage = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from(text, 'utf8').reverse(),
  decryptString: (encrypted) => Buffer.from(encrypted).reverse().toString('utf8'),
};

/** Electron's app object as far as main uses it. */
class FakeApp extends EventEmitter {
  readonly recentDocuments: string[] = [];
  quitCalls = 0;

  constructor(
    private readonly documentsFolder: string,
    /** The system's language, as the test's browser context has it. */
    private readonly locale: string,
  ) {
    super();
  }

  getPath(name: 'documents' | 'userData'): string {
    if (name === 'documents') return this.documentsFolder;
    const userData = join(this.documentsFolder, '.user-data');
    mkdirSync(userData, { recursive: true });
    return userData;
  }

  getLocale(): string {
    return this.locale;
  }

  addRecentDocument(path: string): void {
    this.recentDocuments.push(path);
  }

  requestSingleInstanceLock(): boolean {
    return true;
  }

  quit(): void {
    this.quitCalls++;
  }

  whenReady(): Promise<void> {
    return Promise.resolve();
  }
}

/** ipcMain: handlers and listeners by channel, called by the page's bindings. */
class FakeIpcMain {
  private readonly handlers = new Map<string, (event: SenderEvent, ...args: unknown[]) => Promise<unknown>>();
  private readonly listeners = new Map<string, ((event: { sender: unknown }) => void)[]>();

  handle(channel: string, handler: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>): void {
    if (this.handlers.has(channel)) throw new Error(`A second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }

  on(channel: string, listener: (event: { sender: unknown }) => void): void {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
  }

  invoke(channel: string, event: SenderEvent, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    // As in Electron: a channel nobody handles is an error for the caller.
    if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return handler(event, ...args);
  }

  emit(channel: string, sender: MainWebContents): void {
    for (const listener of this.listeners.get(channel) ?? []) listener({ sender });
  }
}

/** The window's contents: what main sends reaches the page's listeners, in order. */
class BridgeContents implements MainWebContents {
  private delivery: Promise<unknown> = Promise.resolve();

  constructor(private readonly page: Page) {}

  send(channel: string, payload: unknown): void {
    this.delivery = this.delivery.then(() =>
      this.page.evaluate(([name, value]) => (window as unknown as BridgeGlobals).__newsroomBridge.emit(name, value), [
        channel,
        payload,
      ] as const),
    );
  }

  on(_event: 'did-start-loading', listener: () => void): void {
    this.page.on('framenavigated', (frame) => {
      if (frame === this.page.mainFrame()) listener();
    });
  }
}

/** The BrowserWindow: its page is the test's Chromium page. */
class BridgeWindow implements MainWindow {
  readonly webContents: BridgeContents;
  focusCount = 0;
  private readyToShow: (() => void) | null = null;

  constructor(private readonly page: Page) {
    this.webContents = new BridgeContents(page);
  }

  /** The last page load main asked for, which the test awaits: main itself does not wait for it. */
  loaded: Promise<void> = Promise.resolve();

  loadURL(url: string): Promise<void> {
    this.loaded = this.page.goto(url).then(() => this.readyToShow?.());
    return this.loaded;
  }

  once(_event: 'ready-to-show', listener: () => void): void {
    this.readyToShow = listener;
  }

  on(): void {
    // 'closed': the test's page outlives the window.
  }

  show(): void {}

  isMinimized(): boolean {
    return false;
  }

  restore(): void {}

  focus(): void {
    this.focusCount++;
  }
}

/** One run of the main process on the fakes: started like the app with `files` on its command line. */
export class BridgedMainProcess {
  readonly dialogs = new FakeDialogs();
  readonly app: FakeApp;
  readonly ipcMain = new FakeIpcMain();
  window: BridgeWindow | null = null;
  menu: Electron.MenuItemConstructorOptions[] = [];

  constructor(
    private readonly page: Page,
    private readonly appUrl: string,
    documentsFolder: string,
    locale: string,
  ) {
    this.app = new FakeApp(documentsFolder, locale);
  }

  start(files: readonly string[], workingDirectory: string): void {
    const parts: ElectronParts<BridgeWindow> = {
      app: this.app,
      dialog: this.dialogs,
      ipcMain: this.ipcMain,
      safeStorage: reversibleSecretStorage,
      createWindow: () => {
        this.window = new BridgeWindow(this.page);
        return this.window;
      },
      setApplicationMenu: (template) => {
        this.menu = template;
      },
    };
    const argv = ['electron', 'out/main/index.js', ...files];
    const settings = launchSettings({ isPackaged: false, env: {}, argv, cwd: workingDirectory, mainFolder });
    startMainProcess(parts, { ...settings, appUrl: this.appUrl });
  }

  /** A second launch of the app with `files`: the running one receives them, as Electron's single-instance lock does. */
  secondLaunch(files: readonly string[], workingDirectory: string): void {
    this.app.emit('second-instance', {}, ['electron', 'out/main/index.js', ...files], workingDirectory);
  }

  /** Clicks a menu item by its path of labels, as the editor would in the menu bar. */
  clickMenu(...labels: string[]): void {
    let items = this.menu;
    let item: Electron.MenuItemConstructorOptions | undefined;
    for (const label of labels) {
      item = items.find((candidate) => candidate.label === label);
      if (!item) throw new Error(`No menu item ${labels.join(' › ')}`);
      items = Array.isArray(item.submenu) ? item.submenu : [];
    }
    (item?.click as (() => void) | undefined)?.();
  }
}

/**
 * Binds `page` to a main process and starts one; `restart` starts another on the same page, as quitting and
 * launching the app again does (the library stays, being the page origin's).
 */
export class DesktopBridge {
  main: BridgedMainProcess;

  private constructor(
    private readonly page: Page,
    private readonly appUrl: string,
    private readonly documentsFolder: string,
    private readonly locale: string,
  ) {
    this.main = new BridgedMainProcess(page, appUrl, documentsFolder, locale);
  }

  /** `locale` is the system's language, as Electron's `app.getLocale()` would read it. */
  static async attach(page: Page, appUrl: string, documentsFolder: string, locale = 'en-US'): Promise<DesktopBridge> {
    const bridge = new DesktopBridge(page, appUrl, documentsFolder, locale);
    await page.exposeBinding('__newsroomInvoke', ({ frame }, channel: string, args: unknown[]) =>
      bridge.main.ipcMain.invoke(channel, { senderFrame: { url: frame.url(), parent: frame.parentFrame() } }, args),
    );
    await page.exposeBinding('__newsroomSend', ({ frame }, channel: string) => {
      // Electron's preload runs in the top frame only; a call from elsewhere never reaches ipcMain.
      const window = bridge.main.window;
      if (window && frame === page.mainFrame()) bridge.main.ipcMain.emit(channel, window.webContents);
    });
    await page.addInitScript({ content: await bundledPreload() });
    return bridge;
  }

  /** Starts the app with `files` on its command line, and waits until its window shows the library. */
  async launch(files: readonly string[] = [], workingDirectory = process.cwd()): Promise<void> {
    this.main.start(files, workingDirectory);
    // Main opens its window once Electron is ready, a moment after the start.
    await expect.poll(() => this.main.window !== null).toBe(true);
    await this.main.window?.loaded;
  }

  async restart(files: readonly string[] = [], workingDirectory = process.cwd()): Promise<void> {
    this.main = new BridgedMainProcess(this.page, this.appUrl, this.documentsFolder, this.locale);
    await this.launch(files, workingDirectory);
  }
}
