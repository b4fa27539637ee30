// The desktop app as an editor uses it, with the real main process: files come through the Open dialog, the command
// line and a second launch; exports are written by main's own atomic write; imports come through the import dialog;
// and what main refuses is said in the window. Runs in the desktop-bridge project (Chromium + main in Node).
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rename, symlink, truncate, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AnnotatorApp } from './app-fixture';
import { BridgeApp, expect, fixturePath, test } from './app-fixture';
import { articleFrame, articleDocument, selectWithMouse } from './article-text';
import { loadVersionGold } from '../support/version-gold';

const TITLE = 'Исследователь Джерри Творек покидает лабораторию в Сан-Франциско';

/** The app as the desktop-bridge project runs it; the other projects leave this file out (playwright.config.ts). */
function bridged(app: AnnotatorApp): BridgeApp {
  if (!(app instanceof BridgeApp))
    throw new Error(`desktop-bridge.spec.ts runs in the desktop-bridge project, not ${app.runtime}`);
  return app;
}

const heading = (app: AnnotatorApp) => articleFrame(app.page).getByRole('heading', { level: 1, name: TITLE });

test('articles open through the Open dialog, from the command line, and from a second launch', async ({ app }) => {
  const desktop = bridged(app);
  await desktop.open(fixturePath('tworek-ru.txt'));
  await expect(heading(desktop)).toBeVisible();
  expect(desktop.bridge.main.dialogs.shown).toEqual([{ kind: 'open', title: 'Open articles' }]);
  expect(desktop.bridge.main.app.recentDocuments).toEqual([fixturePath('tworek-ru.txt')]);

  // Quit, and start again with a file on the command line, given relative to where the editor typed it.
  await desktop.bridge.restart(['bridge-ru.txt'], fixturePath('.'));
  await expect(desktop.page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(2);
  await expect(articleFrame(desktop.page).getByRole('heading', { level: 1 })).not.toHaveText(TITLE);

  // A second launch hands its files to this window instead of opening another.
  desktop.bridge.main.secondLaunch([fixturePath('tworek-ru.txt'), fixturePath('binary.txt')], '/');
  await expect(desktop.page.getByRole('alert')).toContainText('binary.txt: this is not a text file');
  await expect(heading(desktop)).toBeVisible();
  expect(desktop.bridge.main.window?.focusCount).toBe(1);
});

test('a file opened with the app from the desktop (macOS hands it over as an event) opens in the window', async ({ app }) => {
  const desktop = bridged(app);
  let handled = false;
  desktop.bridge.main.app.emit('open-file', { preventDefault: () => (handled = true) }, fixturePath('tworek-ru.txt'));
  await expect(heading(desktop)).toBeVisible();
  expect(handled).toBe(true);
});

test('an export is saved through the save dialog, written whole by main, and replaces the old file whole', async ({
  app,
}, testInfo) => {
  const desktop = bridged(app);
  await desktop.open(fixturePath('tworek-ru.txt'));
  await expect(heading(desktop)).toBeVisible();
  await selectWithMouse(desktop.page, 'Анна Ким');
  await desktop.page.keyboard.press('1');
  const folder = testInfo.outputPath('exports');
  await mkdir(folder, { recursive: true });
  const target = join(folder, 'tworek.json');
  await writeFile(target, 'an older export that must be replaced, not appended to');

  desktop.bridge.main.dialogs.willSave(target);
  await desktop.page.getByRole('button', { name: 'Export…' }).click();
  const dialog = desktop.page.getByRole('dialog', { name: 'Export annotations' });
  await dialog.getByRole('button', { name: 'Save export' }).click();
  await expect(desktop.page.getByRole('status', { name: 'Messages' })).toContainText(target);

  const saved = JSON.parse(await readFile(target, 'utf8')) as { articles: { annotations: { quote: string }[] }[] };
  expect(saved.articles[0]?.annotations.map((annotation) => annotation.quote)).toEqual(['Анна Ким']);
  // The atomic write leaves nothing beside the file: no temporary file, no partial copy.
  expect(await readdir(folder)).toEqual(['tworek.json']);
  expect(desktop.bridge.main.dialogs.shown.at(-1)).toEqual({ kind: 'save', title: 'Export annotations' });
});

test('an export into a folder that is gone says so, and writes nothing', async ({ app }, testInfo) => {
  const desktop = bridged(app);
  await desktop.open(fixturePath('tworek-ru.txt'));
  const target = join(testInfo.outputPath('no-such-folder'), 'tworek.json');
  desktop.bridge.main.dialogs.willSave(target);
  await desktop.page.getByRole('button', { name: 'Export…' }).click();
  await desktop.page.getByRole('dialog', { name: 'Export annotations' }).getByRole('button', { name: 'Save export' }).click();
  await expect(desktop.page.getByRole('alert')).toContainText('tworek.json was not saved: the folder no longer exists');
  expect(existsSync(dirname(target))).toBe(false);
});

test('an annotation set comes in through the import dialog, read by main', async ({ app }, testInfo) => {
  const desktop = bridged(app);
  await desktop.open(fixturePath('tworek-ru.txt'));
  await expect(heading(desktop)).toBeVisible();
  await selectWithMouse(desktop.page, 'Лондоне');
  await desktop.page.keyboard.press('3');
  const exported = await desktop.exportAnnotations('This article');
  const annotations = desktop.page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
  await annotations.first().click();
  await desktop.page.keyboard.press('Delete');
  await expect(annotations).toHaveCount(0);

  const file = testInfo.outputPath('set.json');
  await writeFile(file, exported);
  await desktop.importFile(file);
  expect(desktop.bridge.main.dialogs.shown.at(-1)).toEqual({ kind: 'open', title: 'Import annotations' });
  const confirm = desktop.page.getByRole('dialog', { name: 'Import set.json' });
  await confirm.getByRole('button', { name: 'Import' }).click();
  await expect(annotations).toHaveCount(1);
  await expect(annotations.first()).toContainText('Лондоне');
});

test('a folder, a pipe, a link to an endless device and a 30 MB file are refused by name; the good file opens', async ({
  app,
}, testInfo) => {
  const desktop = bridged(app);
  test.skip(process.platform === 'win32', 'Skipped because Windows has no FIFOs or /dev/zero');
  const folder = testInfo.outputPath('refused');
  await mkdir(join(folder, 'chapters.txt'), { recursive: true });
  execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
  await symlink('/dev/zero', join(folder, 'zero.txt'));
  await writeFile(join(folder, 'archive.txt'), '');
  await truncate(join(folder, 'archive.txt'), 30 * 1024 * 1024);

  await desktop.open(
    join(folder, 'chapters.txt'),
    join(folder, 'pipe.txt'),
    join(folder, 'zero.txt'),
    join(folder, 'archive.txt'),
    fixturePath('tworek-ru.txt'),
  );
  const alert = desktop.page.getByRole('alert');
  await expect(alert).toContainText('chapters.txt: it is a folder, not a file');
  await expect(alert).toContainText('pipe.txt: it is not a regular file (a device, a pipe or a socket)');
  await expect(alert).toContainText('zero.txt: it is not a regular file (a device, a pipe or a socket)');
  await expect(alert).toContainText('archive.txt: the file is 30 MB, over the 20 MB limit');
  await expect(heading(desktop)).toBeVisible();
  await expect(desktop.page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
});

test('the File menu opens through the dialog and asks the window to export', async ({ app }) => {
  const desktop = bridged(app);
  desktop.bridge.main.dialogs.willOpen(fixturePath('tworek-ru.txt'));
  desktop.bridge.main.clickMenu('File', 'Open…');
  await expect(heading(desktop)).toBeVisible();
  desktop.bridge.main.clickMenu('File', 'Export annotations…');
  await expect(desktop.page.getByRole('dialog', { name: 'Export annotations' })).toBeVisible();
});

test('main answers only the app’s page, and refuses malformed arguments with a message', async ({ app }) => {
  const desktop = bridged(app);
  const malformed = await desktop.page.evaluate(() =>
    window.newsroom?.saveFile({ suggestedName: '../../outside.json', bytes: new TextEncoder().encode('{}') }),
  );
  expect(malformed).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid arguments: /) as unknown as string });

  // The article's frame is the app's origin too, but not its page: a call from it gets no answer.
  await desktop.open(fixturePath('tworek-ru.txt'));
  await expect(heading(desktop)).toBeVisible();
  const frame = await articleDocument(desktop.page);
  const fromFrame = await frame.evaluate(() =>
    (window as unknown as { __newsroomInvoke(channel: string, args: unknown[]): Promise<unknown> }).__newsroomInvoke(
      'files:open-dialog',
      [],
    ),
  );
  expect(fromFrame).toEqual({ ok: false, error: 'Refused: the request did not come from the app' });
  expect(await frame.evaluate(() => 'newsroom' in window)).toBe(false);
  expect(desktop.bridge.main.dialogs.shown).toHaveLength(1);
});

test('the open article’s file edited on disk: the window offers its new version, and the annotations follow', async ({
  app,
}, testInfo) => {
  const desktop = bridged(app);
  const port = loadVersionGold().find((gold) => gold.name === 'port');
  if (!port) throw new Error('The gold set has no port story');
  const path = testInfo.outputPath('port.txt');
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, port.before.text);
  await desktop.open(path);
  const title = 'Порт Усть-Луги в 2025 году принял рекордные 120 миллионов тонн грузов';
  await expect(articleFrame(desktop.page).getByRole('heading', { level: 1, name: title })).toBeVisible();
  await selectWithMouse(desktop.page, 'Андрей Соколов');
  await desktop.page.keyboard.press('1');
  const annotations = desktop.page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
  await expect(annotations).toHaveCount(1);

  // Saved by another program the way word processors save: a new file renamed over the old one.
  await writeFile(`${path}.tmp`, port.after.text);
  await rename(`${path}.tmp`, path);
  const offer = desktop.page.getByRole('region', { name: 'port.txt changed on disk' });
  await offer.getByRole('button', { name: 'Open the new version' }).click();
  await desktop.page.getByRole('dialog').getByRole('button', { name: 'Open as version 2' }).click();
  await expect(articleFrame(desktop.page).getByText('генеральный директор порта')).toBeVisible();
  await expect(annotations).toHaveCount(1);
  await expect(annotations.first()).toHaveAccessibleName('Person Андрей Соколов');
  await expect(offer).toHaveCount(0);
});
