// Files built to break things, and undo across two windows, as an editor meets them: nothing a file brings can hang
// the window or move another article's work, and Ctrl+Z never takes back a colleague's edit.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { NativeAnnotationSet } from '../../src/shared/formats/native-format';
import { expect, fixturePath, test } from './app-fixture';
import { articleFrame, selectWithMouse } from './article-text';

const TWOREK_TITLE = /Исследователь Джерри Творек/;
const BRIDGE_TITLE = /Мэрия Казани обещает открыть новый мост/;

function annotationList(page: Page) {
  return page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
}

async function writeJson(folder: string, name: string, data: unknown): Promise<string> {
  await mkdir(folder, { recursive: true });
  const path = `${folder}/${name}`;
  await writeFile(path, JSON.stringify(data));
  return path;
}

test('a 1 KB annotation set whose block reaches past its text is refused, and the window never hangs', async ({
  app,
}, testInfo) => {
  const { page } = app;
  // A native set of one article whose text is "a" and whose only block reaches to 1002: it once hung the window.
  const text = 'a';
  const id = `sha256:${createHash('sha256').update(text).digest('hex')}`;
  const source = { fileName: 'a.txt', format: 'text', encoding: 'utf-8', byteLength: 1 };
  const article = { id, title: 'a', date: null, source, text, blocks: [{ type: 'paragraph', start: 0, end: 1002 }] };
  const folder = testInfo.outputPath('hostile');
  const set = await writeJson(folder, 'frozen.json', {
    format: 'newsroom-annotation-set',
    version: 1,
    offsetUnit: 'codepoint',
    exportedAt: '2026-02-01T00:00:00.000Z',
    tags: [],
    entities: [],
    articles: [{ ...article, annotations: [] }],
  });

  await app.importFile(set);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('frozen.json was not imported');
  await expect(alert).toContainText('$.articles[0].blocks[0]: the span [0, 1002) is outside the text');
  await expect(page.getByText('No articles yet.')).toBeVisible();

  // A backup holding the same article is refused before anything is replaced.
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TWOREK_TITLE })).toBeVisible();
  const backup = await writeJson(folder, 'backup.json', {
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'newsroom-annotator',
      databaseVersion: 4,
      tables: [],
      data: [
        {
          tableName: 'articles',
          inbound: true,
          rows: [{ ...article, addedAt: '2026-01-01T00:00:00.000Z', openedAt: '2026-01-01T00:00:00.000Z' }],
        },
      ],
    },
  });
  await app.chooseFile('Restore library…', backup);
  await page.getByRole('dialog', { name: 'Restore backup.json?' }).getByRole('button', { name: 'Replace the library' }).click();
  await expect(alert).toContainText('backup.json was not restored; the library is as it was');
  await expect(alert).toContainText('$.data.data[0].rows[0].blocks[0]: is outside the text or empty');

  await app.restart();
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TWOREK_TITLE })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).toHaveCount(1);
});

test('an imported annotation whose id belongs to another article comes in with a new id; that article keeps its own', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TWOREK_TITLE })).toBeVisible();
  await selectWithMouse(page, 'Анна Ким');
  await page.keyboard.press('1');
  await expect(annotationList(page)).toHaveCount(1);
  const tworek = JSON.parse(await app.exportAnnotations('This article')) as NativeAnnotationSet;
  const takenId = tworek.articles[0]?.annotations[0]?.id ?? '';

  await app.open(fixturePath('bridge-ru.txt'));
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: BRIDGE_TITLE })).toBeVisible();
  const bridge = JSON.parse(await app.exportAnnotations('This article')) as NativeAnnotationSet;
  const bridgeArticle = bridge.articles[0];
  if (!bridgeArticle) throw new Error('the export has no article');
  const codePoints = [...bridgeArticle.text];
  const name: string = 'Ильсур Метшин';
  const start = [...bridgeArticle.text.slice(0, bridgeArticle.text.indexOf(name))].length;
  const end = start + [...name].length;
  bridgeArticle.annotations.push({
    id: takenId,
    tag: 'person',
    start,
    end,
    quote: codePoints.slice(start, end).join(''),
    prefix: codePoints.slice(Math.max(0, start - 32), start).join(''),
    suffix: codePoints.slice(end, end + 32).join(''),
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
  });
  const file = await writeJson(testInfo.outputPath('ids'), 'taken-id.json', bridge);

  await app.importFile(file);
  const dialog = page.getByRole('dialog', { name: 'Import taken-id.json' });
  await expect(dialog.getByRole('definition')).toHaveText(['1', '0', '0', '0']);
  await expect(dialog).not.toContainText('New tags');
  await expect(dialog.getByRole('list', { name: /Added with a new id/ })).toHaveText(
    '“Ильсур Метшин”: its id belongs to “Анна Ким” in another article',
  );
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(annotationList(page)).toHaveCount(1);
  await expect(annotationList(page).first()).toContainText('Ильсур Метшин');

  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: TWOREK_TITLE }).click();
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TWOREK_TITLE })).toBeVisible();
  await expect(annotationList(page)).toHaveCount(1);
  await expect(annotationList(page).first()).toContainText('Анна Ким');
});

test('two windows on one library: Ctrl+Z in one takes back its own change and keeps the other’s', async ({ app }) => {
  test.skip(app.runtime === 'electron', 'Skipped: a second window of the Electron app is not driven by this test yet');
  const windowA = app.page;
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(windowA).getByRole('heading', { level: 1, name: TWOREK_TITLE })).toBeVisible();
  await selectWithMouse(windowA, 'Анна Ким');
  await windowA.keyboard.press('1');
  await expect(annotationList(windowA)).toHaveCount(1);
  await windowA.keyboard.press('3');
  await expect(annotationList(windowA).first()).toHaveAccessibleName('Place Анна Ким');

  const windowB = await windowA.context().newPage();
  await windowB.goto('/');
  await expect(articleFrame(windowB).getByRole('heading', { level: 1, name: TWOREK_TITLE })).toBeVisible();
  await annotationList(windowB).first().click();
  const detailsB = windowB.getByRole('region', { name: 'Annotation details' });
  await detailsB.getByLabel('Note', { exact: true }).fill('Проверить: в пресс-релизе она названа директором');
  await detailsB.getByLabel('Note', { exact: true }).blur();
  await expect(windowB.getByRole('status', { name: 'Messages' })).toBeAttached();

  // Window A sees the note arrive, then undoes its own retag: the tag goes back, the note stays.
  await annotationList(windowA).first().click();
  const detailsA = windowA.getByRole('region', { name: 'Annotation details' });
  await expect(detailsA.getByLabel('Note', { exact: true })).toHaveValue('Проверить: в пресс-релизе она названа директором');
  await windowA.keyboard.press('Control+z');
  await expect(annotationList(windowA).first()).toHaveAccessibleName('Person Анна Ким');
  await expect(detailsA.getByLabel('Note', { exact: true })).toHaveValue('Проверить: в пресс-релизе она названа директором');
  await expect(annotationList(windowB).first()).toHaveAccessibleName('Person Анна Ким');

  // B retags it; A's next undo (of the tag itself) would delete B's work, so it is refused and says why.
  await windowB.keyboard.press('2');
  await expect(annotationList(windowA).first()).toHaveAccessibleName('Organization Анна Ким');
  await windowA.getByRole('button', { name: 'Undo' }).click();
  await expect(windowA.getByRole('alert')).toContainText('Nothing was undone');
  await expect(windowA.getByRole('alert')).toContainText('“Анна Ким” was changed since, in another window or by an import');
  await expect(annotationList(windowA)).toHaveCount(1);
  await expect(annotationList(windowB).first()).toHaveAccessibleName('Organization Анна Ким');
  await windowB.close();
});
