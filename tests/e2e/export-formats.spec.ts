// Every export format, written through the dialog as an editor does, then read in Python as consumers do.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AnnotatorApp, ExportChoice } from './app-fixture';
import { expect, fixturePath, test } from './app-fixture';
import { articleFrame, selectWithMouse } from './article-text';

const checker = new URL('../support/check_spans.py', import.meta.url).pathname;

/** Opens the fixture article and tags each fragment with its key, as an editor does with mouse and keyboard. */
async function openAndTag(app: AnnotatorApp, spans: readonly [fragment: string, key: string][]) {
  const { page } = app;
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: /Исследователь Джерри Творек/ })).toBeVisible();
  for (const [fragment, key] of spans) {
    await selectWithMouse(page, fragment);
    await page.keyboard.press(key);
  }
  const annotations = page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
  await expect(annotations).toHaveCount(spans.length);
  return { page, annotations };
}

test('native, W3C, JSONL, ClaimReview and CSV exports keep every span exact after emoji', async ({ app }, testInfo) => {
  // The fixture has emoji before these spans, so UTF-16 and code point offsets differ for all of them.
  const { page } = await openAndTag(app, [
    ['Анна Ким', '1'],
    ['Лондоне', '3'],
    ['«Команда остаётся, и работа над моделями не остановится»', '4'],
    ['Источники в отрасли утверждают, что он ведёт переговоры с двумя стартапами в Лондоне', '5'],
  ]);
  await page.getByRole('region', { name: 'Annotation details' }).getByLabel('Status').selectOption({ label: 'Unverifiable' });
  await expect(page.getByText('Claims: 1 unverifiable')).toBeVisible();

  const folder = testInfo.outputPath('exports');
  await mkdir(folder, { recursive: true });
  const nativePath = `${folder}/native.json`;
  await writeFile(nativePath, await app.exportAnnotations('This article'));
  const choices: [string, ExportChoice, string][] = [
    ['native', { format: 'Native JSON' }, 'ok 4'],
    ['w3c', { format: 'W3C Web Annotation' }, 'ok 4'],
    ['jsonl', { format: 'Training JSONL' }, 'ok 4'],
    ['csv', { format: 'CSV' }, 'ok 4'],
    ['claimreview', { format: 'ClaimReview', publisher: { name: 'Новости', url: 'https://example.org/tworek' } }, 'ok 1'],
  ];
  for (const [format, choice, expected] of choices) {
    const path = `${folder}/export.${format}`;
    await writeFile(path, await app.exportAnnotations('This article', choice));
    expect(execFileSync('python3', [checker, nativePath, format, path], { encoding: 'utf8' }).trim(), format).toBe(expected);
  }
});

test('an exported set imports back: the editor sees the counts first, and a bad file changes nothing', async ({
  app,
}, testInfo) => {
  const { page, annotations } = await openAndTag(app, [
    ['Анна Ким', '1'],
    ['Лондоне', '3'],
  ]);

  const folder = testInfo.outputPath('import');
  await mkdir(folder, { recursive: true });
  const exported = await app.exportAnnotations('This article');
  await writeFile(`${folder}/set.json`, exported);
  const broken = JSON.parse(exported) as { articles: { annotations: { start: number }[] }[] };
  const [first] = broken.articles[0]?.annotations ?? [];
  if (first) first.start = -1;
  await writeFile(`${folder}/broken.json`, JSON.stringify(broken));

  await annotations.first().click();
  await page.keyboard.press('Delete');
  await expect(annotations).toHaveCount(1);

  await app.importFile(`${folder}/broken.json`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.json was not imported');
  await expect(alert).toContainText('$.articles[0].annotations[0].start');
  await expect(annotations).toHaveCount(1);
  await alert.getByRole('button', { name: 'Dismiss' }).click();

  await app.importFile(`${folder}/set.json`);
  const confirm = page.getByRole('dialog', { name: 'Import set.json' });
  await expect(confirm.getByRole('definition')).toHaveText(['1', '0', '1', '0']);
  await confirm.getByRole('button', { name: 'Import' }).click();
  await expect(annotations).toHaveCount(2);
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText(
    'Imported set.json: 1 added, 0 updated, 1 unchanged, 0 kept as they were',
  );
});

test('the whole library backs up to one file and restores from it, after the editor confirms', async ({ app }, testInfo) => {
  const { page, annotations } = await openAndTag(app, [['Анна Ким', '1']]);

  const folder = testInfo.outputPath('backup');
  await mkdir(folder, { recursive: true });
  const backup = await app.captureSave(() => page.getByRole('button', { name: 'Back up library…' }).click());
  await writeFile(`${folder}/library.json`, backup);
  await writeFile(`${folder}/not-a-backup.json`, await app.exportAnnotations('All articles'));

  await annotations.first().click();
  await page.keyboard.press('Delete');
  await expect(annotations).toHaveCount(0);

  await app.chooseFile('Restore library…', `${folder}/not-a-backup.json`);
  const confirm = page.getByRole('dialog', { name: 'Restore not-a-backup.json?' });
  await confirm.getByRole('button', { name: 'Replace the library' }).click();
  await expect(page.getByRole('alert')).toContainText('This file is not a backup of a Newsroom Annotator library');
  await expect(annotations).toHaveCount(0);

  await app.chooseFile('Restore library…', `${folder}/library.json`);
  await page.getByRole('dialog', { name: 'Restore library.json?' }).getByRole('button', { name: 'Replace the library' }).click();
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText('Library restored from library.json');
  await expect(annotations).toHaveCount(1);
  await expect(annotations.first()).toHaveAccessibleName('Person Анна Ким');
});

test('a backup from before version 4 restores its articles without the copies of annotations stored in them', async ({
  app,
}, testInfo) => {
  const { page, annotations } = await openAndTag(app, [['Анна Ким', '1']]);
  const backup = JSON.parse(await app.captureSave(() => page.getByRole('button', { name: 'Back up library…' }).click())) as {
    data: { databaseVersion: number; data: { tableName: string; rows: Record<string, unknown>[] }[] };
  };
  // Until version 4, importing a native file stored each article with a copy of its annotations in it.
  const tables = backup.data.data;
  const storedAnnotations = tables.find((table) => table.tableName === 'annotations')?.rows ?? [];
  for (const row of tables.find((table) => table.tableName === 'articles')?.rows ?? []) row['annotations'] = storedAnnotations;
  backup.data.databaseVersion = 3;
  const file = testInfo.outputPath('old-backup.json');
  await mkdir(testInfo.outputPath(), { recursive: true });
  await writeFile(file, JSON.stringify(backup));

  await app.chooseFile('Restore library…', file);
  await page
    .getByRole('dialog', { name: 'Restore old-backup.json?' })
    .getByRole('button', { name: 'Replace the library' })
    .click();
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText('Library restored from old-backup.json');
  await expect(annotations).toHaveCount(1);
  const storedFields = await page.evaluate(async () => {
    const app = document.querySelector('nr-app') as unknown as { core: { db: { articles: { toArray(): Promise<object[]> } } } };
    return (await app.core.db.articles.toArray()).map((article) => Object.keys(article).sort());
  });
  expect(storedFields).toEqual([['addedAt', 'date', 'id', 'openedAt', 'source', 'title']]);
});
