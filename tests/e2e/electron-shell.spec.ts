// What only the Electron shell does: a locked-down window, validated IPC, files from the command line and from
// a second launch. Runs where the Electron binary is installed; elsewhere each test says it was skipped and why.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { AnnotatorApp } from './app-fixture';
import { ElectronApp, electronArgs, expect, fixturePath, test } from './app-fixture';
import { articleFrame } from './article-text';

const TITLE = 'Исследователь Джерри Творек покидает лабораторию в Сан-Франциско';

function electronOnly(app: AnnotatorApp): ElectronApp {
  if (app instanceof ElectronApp) return app;
  test.skip(true, 'Skipped: this checks the Electron shell, and this project runs the browser host');
  throw new Error('test.skip ends the test before this line');
}

test('the page has no Node.js and reaches main only through window.newsroom', async ({ app }) => {
  const shell = electronOnly(app);
  const exposed = await shell.page.evaluate(() => ({
    api: Object.keys(window.newsroom ?? {}).sort(),
    require: typeof (window as { require?: unknown }).require,
    process: typeof (window as { process?: unknown }).process,
  }));
  expect(exposed).toEqual({
    api: ['onArticleFilesOpened', 'onMenuCommand', 'openArticleFiles', 'openImportFile', 'rendererReady', 'saveFile'],
    require: 'undefined',
    process: 'undefined',
  });
});

test('navigation away, new windows and permissions are refused', async ({ app }) => {
  const shell = electronOnly(app);
  const appUrl = shell.page.url();
  const opened = await shell.page.evaluate(() => window.open('https://example.org/') === null);
  expect(opened).toBe(true);
  await shell.page.evaluate(() => {
    location.href = 'https://example.org/';
  });
  await shell.page.waitForTimeout(500);
  expect(shell.page.url()).toBe(appUrl);
  expect(await shell.application.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  const permission = await shell.page.evaluate(() => Notification.requestPermission());
  expect(permission).toBe('denied');
});

test('IPC refuses malformed arguments with a message, and never writes them', async ({ app }) => {
  const shell = electronOnly(app);
  const result = await shell.page.evaluate(() =>
    window.newsroom?.saveFile({ suggestedName: '../../outside.json', bytes: new TextEncoder().encode('{}') }),
  );
  expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid arguments: /) as unknown as string });
});

test('an article given on the command line opens at start, and a second launch hands its file to the window', async ({ app }) => {
  const shell = electronOnly(app);
  await shell.relaunch(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(shell.page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  await articleFrame(shell.page).getByRole('article', { name: 'Article text' }).focus();
  const second = spawn(shell.executablePath, electronArgs([fixturePath('binary.txt')]), {
    env: { ...process.env, NEWSROOM_ANNOTATOR_USER_DATA: shell.profile },
    stdio: 'ignore',
  });
  const [exitCode] = (await once(second, 'exit')) as [number | null];
  expect(exitCode).toBe(0);
  await expect(shell.page.getByRole('alert')).toContainText('binary.txt: this is not a text file');
  expect(await shell.application.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('a file deleted between choosing and reading is reported by name, and the rest opens', async ({ app }, testInfo) => {
  const shell = electronOnly(app);
  await shell.open(testInfo.outputPath('deleted-after-choosing.txt'), fixturePath('tworek-ru.txt'));
  await expect(shell.page.getByRole('alert')).toContainText(
    'deleted-after-choosing.txt: the file was not found; it may have been moved or deleted',
  );
  await expect(articleFrame(shell.page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
});
