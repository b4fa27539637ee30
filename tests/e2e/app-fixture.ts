// Drives the real app as an editor would, in Chromium (browser host), in Chromium bound to the real main process
// (desktop bridge: only Electron's native parts faked), or in Electron (native dialogs stubbed at the dialog module
// only), so the same end-to-end flows run on all three.
import { test as base, chromium, _electron as electron, expect } from '@playwright/test';
import type { Browser, ElectronApplication, Page, TestInfo } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LibraryScale } from '../bench/library-scale-run';
import { fillLibrary } from '../bench/library-scale-run';
import { DesktopBridge } from '../support/desktop-bridge';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumUnavailableReason, electronBinary } from '../support/runtimes';

export type Runtime = 'browser' | 'bridge' | 'electron';

export interface AppFixtureOptions {
  runtime: Runtime;
}

export interface AnnotatorApp {
  readonly runtime: Runtime;
  readonly page: Page;
  /** Opens files through the Open… button. */
  open(...paths: string[]): Promise<void>;
  /** Runs `ask` (a click, a key) and answers the file choice it opens with `paths`, as the editor would pick them. */
  chooseFilesWhenAsked(paths: readonly string[], ask: () => Promise<void>): Promise<void>;
  /** Clicks a button that asks for a file and chooses `path`; what follows is left for the test. */
  chooseFile(button: string, path: string): Promise<void>;
  /** Chooses a file through Import…; the confirmation dialog, if any, is left for the test. */
  importFile(path: string): Promise<void>;
  /** Runs an action that saves a file (download, or the native save dialog) and returns the file's text. */
  captureSave(action: () => Promise<void>): Promise<string>;
  /** Exports through Export… and returns the written file's text. */
  exportAnnotations(scope: ExportScope, choice?: ExportChoice): Promise<string>;
  /** Reloads the page (browser) or quits and starts the app again on the same profile (bridge, Electron). */
  restart(): Promise<void>;
}

const mainEntry = fileURLToPath(new URL('../../out/main/index.js', import.meta.url));

/** The Open… button, in either of the interface's languages. */
const OPEN_BUTTON = /^(Open…|Открыть…)$/;
/** The status line, in either of the interface's languages. */
const MESSAGES = /^(Messages|Сообщения)$/;

export const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Console errors and uncaught exceptions fail the test: a CSP violation or a crash is a defect. */
function collectErrors(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    // A wrong password for the desk is answered 401 by design, which Chromium notes as a failed load.
    const refusedPassword = message.location().url.endsWith('/_session') && message.text().includes('status of 401');
    if (message.type() === 'error' && !refusedPassword) errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
}

/** An export format as the dialog names it, and for ClaimReview who publishes it. */
/** The scopes of the export dialog, as the editor reads them. */
export type ExportScope = 'This article' | 'All articles' | 'Articles I choose';

export interface ExportChoice {
  format: 'Native JSON' | 'W3C Web Annotation' | 'Training JSONL' | 'ClaimReview' | 'CSV';
  publisher?: { name: string; url: string };
  /** With 'Articles I choose': titles (or parts of them) of the articles to tick; the others are unticked. */
  articles?: string[];
}

async function clickExport(page: Page, scope: ExportScope, choice: ExportChoice): Promise<void> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export annotations' });
  await dialog.getByRole('radio', { name: scope }).check();
  if (choice.articles) {
    const checkboxes = dialog.getByRole('group', { name: 'Articles to export' }).getByRole('checkbox');
    for (const checkbox of await checkboxes.all()) {
      const label = (await checkbox.locator('xpath=..').textContent()) ?? '';
      await checkbox.setChecked(choice.articles.some((title) => label.includes(title)));
    }
  }
  await dialog.getByRole('radio', { name: new RegExp(`^${choice.format} —`) }).check();
  if (choice.publisher) {
    await dialog.getByLabel('Newsroom name').fill(choice.publisher.name);
    await dialog.getByLabel('Article address (URL)').fill(choice.publisher.url);
  }
  await dialog.getByRole('button', { name: 'Save export' }).click();
}

/** What the editor would have seen when a test failed, kept with the test's results. */
async function attachScreenshotOnFailure(page: Page, testInfo: TestInfo): Promise<void> {
  if (testInfo.status === testInfo.expectedStatus) return;
  await testInfo.attach('screen at failure', { body: await page.screenshot(), contentType: 'image/png' });
}

class BrowserApp implements AnnotatorApp {
  readonly runtime = 'browser';

  constructor(readonly page: Page) {}

  open(...paths: string[]): Promise<void> {
    return this.chooseFilesWhenAsked(paths, () => this.page.getByRole('button', { name: OPEN_BUTTON }).click());
  }

  async chooseFilesWhenAsked(paths: readonly string[], ask: () => Promise<void>): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await ask();
    await (await chooser).setFiles([...paths]);
  }

  importFile(path: string): Promise<void> {
    return this.chooseFile('Import…', path);
  }

  async chooseFile(button: string, path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: button }).click();
    await (await chooser).setFiles(path);
  }

  exportAnnotations(scope: ExportScope, choice: ExportChoice = { format: 'Native JSON' }): Promise<string> {
    return this.captureSave(() => clickExport(this.page, scope, choice));
  }

  async captureSave(action: () => Promise<void>): Promise<string> {
    const download = this.page.waitForEvent('download');
    await action();
    const path = await (await download).path();
    return readFile(path, 'utf8');
  }

  async restart(): Promise<void> {
    await this.page.reload();
  }
}

/** The desktop app in Chromium: the dialogs answer what the test scripts, main's own code reads and writes the files. */
export class BridgeApp implements AnnotatorApp {
  readonly runtime = 'bridge';
  private saveCount = 0;

  constructor(
    readonly page: Page,
    readonly bridge: DesktopBridge,
    /** Where the fake save dialog puts exports: a folder of this test's own. */
    readonly folder: string,
  ) {}

  open(...paths: string[]): Promise<void> {
    return this.chooseFilesWhenAsked(paths, () => this.page.getByRole('button', { name: OPEN_BUTTON }).click());
  }

  async chooseFilesWhenAsked(paths: readonly string[], ask: () => Promise<void>): Promise<void> {
    this.bridge.main.dialogs.willOpen(...paths);
    await ask();
  }

  importFile(path: string): Promise<void> {
    return this.chooseFile('Import…', path);
  }

  async chooseFile(button: string, path: string): Promise<void> {
    this.bridge.main.dialogs.willOpen(path);
    await this.page.getByRole('button', { name: button }).click();
  }

  exportAnnotations(scope: ExportScope, choice: ExportChoice = { format: 'Native JSON' }): Promise<string> {
    return this.captureSave(() => clickExport(this.page, scope, choice));
  }

  async captureSave(action: () => Promise<void>): Promise<string> {
    const filePath = join(this.folder, `export-${++this.saveCount}`);
    this.bridge.main.dialogs.willSave(filePath);
    await action();
    await expect(this.page.getByRole('status', { name: MESSAGES })).toContainText(filePath);
    return readFile(filePath, 'utf8');
  }

  restart(): Promise<void> {
    return this.bridge.restart();
  }
}

/** Command line of the app under test: Chromium switches this machine needs, then the app, then `files`. */
export function electronArgs(files: readonly string[] = []): string[] {
  return [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(process.env.DISPLAY ? [] : ['--ozone-platform=headless']),
    mainEntry,
    ...files,
  ];
}

export class ElectronApp implements AnnotatorApp {
  readonly runtime = 'electron';
  private exportCount = 0;

  private constructor(
    public application: ElectronApplication,
    public page: Page,
    readonly executablePath: string,
    readonly profile: string,
    private readonly errors: string[],
  ) {}

  static async launch(
    executablePath: string,
    profile: string,
    errors: string[],
    files: readonly string[] = [],
    locale?: string,
  ): Promise<ElectronApp> {
    const [application, page] = await ElectronApp.start(executablePath, profile, errors, files, locale);
    return new ElectronApp(application, page, executablePath, profile, errors);
  }

  private static async start(
    executablePath: string,
    profile: string,
    errors: string[],
    files: readonly string[] = [],
    locale?: string,
  ): Promise<[ElectronApplication, Page]> {
    const application = await electron.launch({
      executablePath,
      // Chromium's switch for the system's language, which app.getLocale() and navigator.languages then report.
      args: [...(locale ? [`--lang=${locale}`] : []), ...electronArgs(files)],
      env: { ...process.env, NEWSROOM_ANNOTATOR_USER_DATA: profile },
    });
    const page = await application.firstWindow();
    collectErrors(page, errors);
    await page.waitForLoadState('domcontentloaded');
    return [application, page];
  }

  open(...paths: string[]): Promise<void> {
    return this.chooseFilesWhenAsked(paths, () => this.page.getByRole('button', { name: OPEN_BUTTON }).click());
  }

  async chooseFilesWhenAsked(paths: readonly string[], ask: () => Promise<void>): Promise<void> {
    await this.application.evaluate(
      ({ dialog }, filePaths) => {
        dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths });
      },
      [...paths],
    );
    await ask();
  }

  importFile(path: string): Promise<void> {
    return this.chooseFile('Import…', path);
  }

  async chooseFile(button: string, path: string): Promise<void> {
    await this.application.evaluate(
      ({ dialog }, filePaths) => {
        dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths });
      },
      [path],
    );
    await this.page.getByRole('button', { name: button }).click();
  }

  exportAnnotations(scope: ExportScope, choice: ExportChoice = { format: 'Native JSON' }): Promise<string> {
    return this.captureSave(() => clickExport(this.page, scope, choice));
  }

  async captureSave(action: () => Promise<void>): Promise<string> {
    const filePath = join(this.profile, `export-${++this.exportCount}`);
    await this.application.evaluate(({ dialog }, chosen) => {
      dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: chosen });
    }, filePath);
    await action();
    await expect(this.page.getByRole('status', { name: MESSAGES })).toContainText(filePath);
    return readFile(filePath, 'utf8');
  }

  async restart(): Promise<void> {
    await this.relaunch();
  }

  /** Quits and starts again on the same profile, with `files` on the command line. */
  async relaunch(...files: string[]): Promise<void> {
    await this.application.close();
    [this.application, this.page] = await ElectronApp.start(this.executablePath, this.profile, this.errors, files);
  }

  async close(): Promise<void> {
    await this.application.close();
  }
}

export const test = base.extend<AppFixtureOptions & { app: AnnotatorApp }>({
  runtime: ['browser', { option: true }],
  app: async ({ runtime, baseURL, viewport, locale }, use, testInfo) => {
    const errors: string[] = [];
    if (runtime === 'browser' || runtime === 'bridge') {
      const unavailable = chromiumUnavailableReason();
      testInfo.skip(unavailable !== null, `Skipped: ${unavailable ?? ''}`);
      const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      const context = await browser.newContext({ baseURL, viewport, acceptDownloads: true, ...(locale ? { locale } : {}) });
      const page = await context.newPage();
      collectErrors(page, errors);
      if (runtime === 'browser') {
        await page.goto('/');
        await use(new BrowserApp(page));
      } else {
        const folder = await mkdtemp(join(tmpdir(), 'newsroom-bridge-'));
        const bridge = await DesktopBridge.attach(page, new URL('/index.html', baseURL).href, folder, locale);
        await bridge.launch();
        await use(new BridgeApp(page, bridge, folder));
        await rm(folder, { recursive: true, force: true });
      }
      await attachScreenshotOnFailure(page, testInfo);
      await browser.close();
    } else {
      const binary = electronBinary();
      testInfo.skip('unavailable' in binary, `Skipped: ${'unavailable' in binary ? binary.unavailable : ''}`);
      if ('unavailable' in binary) return;
      const profile = await mkdtemp(join(tmpdir(), 'newsroom-electron-'));
      const app = await ElectronApp.launch(binary.path, profile, errors, [], locale);
      await use(app);
      await attachScreenshotOnFailure(app.page, testInfo);
      await app.close();
      await rm(profile, { recursive: true, force: true });
    }
    expect(errors, 'errors in the page console').toEqual([]);
  },
});

/**
 * Fills the app's library with `scale` through its own database, as the benchmark does; skipped in Electron, where the
 * page is not loaded afresh from the test server as filling needs.
 */
export async function fillAppLibrary(app: AnnotatorApp, testInfo: TestInfo, scale: LibraryScale): Promise<void> {
  testInfo.skip(
    app.runtime === 'electron',
    'Skipped: the library is filled by loading the app afresh from the test server, where the Electron window does not load from',
  );
  await fillLibrary(app.page, scale);
}

export { expect };
