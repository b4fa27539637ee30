// A story edited after it was tagged: the editor opens the edited file from the same place, the app asks, and the
// annotations follow into the new version; what could not be placed is placed by hand; the old version stays.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVersionGold } from '../support/version-gold';
import { expect, test } from './app-fixture';
import { articleFrame, selectWithMouse } from './article-text';

const port = loadVersionGold().find((gold) => gold.name === 'port');
const TITLE = 'Порт Усть-Луги в 2025 году принял рекордные 120 миллионов тонн грузов';

test('an edited copy opens as version 2 with its annotations; an orphan is placed by hand; version 1 stays', async ({
  app,
}, testInfo) => {
  if (!port) throw new Error('The gold set has no port story');
  const { page } = app;
  const path = join(await mkdtemp(join(tmpdir(), 'versions-')), 'port.txt');
  await writeFile(path, port.before.text);
  await app.open(path);
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const annotations = page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
  await selectWithMouse(page, 'Андрей Соколов');
  await page.keyboard.press('1');
  await selectWithMouse(page, '«Спрос на перевозки растёт быстрее, чем мы успеваем строить»');
  await page.keyboard.press('4');
  await selectWithMouse(page, 'ожидают рост на десять процентов');
  await page.keyboard.press('5');
  await expect(annotations).toHaveCount(3);

  // The file is edited where it lies, and opened again.
  await writeFile(path, port.after.text);
  await app.open(path);
  const dialog = page.getByRole('dialog', { name: `A new version of “${TITLE}”?` });
  await dialog.getByRole('button', { name: 'Open as version 2' }).click();
  await expect(articleFrame(page).getByText('генеральный директор порта')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText(
    '2 annotations carried over, 1 changed, to confirm, 1 not placed (see Orphans)',
  );
  await expect(annotations).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: 'Version' })).toHaveValue(/sha256:/);
  await expect(page.getByRole('combobox', { name: 'Version' }).locator('option:checked')).toHaveText('2 of 2 (newest)');
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await expect(library.getByRole('listitem')).toContainText('version 2');

  // The reworded quote asks to be confirmed.
  await annotations.filter({ hasText: 'верфи успевают строить' }).click();
  const details = page.getByRole('region', { name: 'Annotation details' });
  await expect(details.getByRole('note')).toContainText('It read: «Спрос на перевозки растёт быстрее, чем мы успеваем строить»');
  await details.getByRole('button', { name: 'Confirm as it now reads' }).click();
  await expect(details.getByRole('note')).toHaveCount(0);

  // The claim whose sentence was cut is an orphan: the editor places it on the sentence that replaced it.
  const orphans = page.getByRole('region', { name: /Orphans/ });
  await expect(orphans).toContainText('ожидают рост на десять процентов');
  await orphans.getByRole('button', { name: 'Place “ожидают рост на десять процентов”' }).click();
  await selectWithMouse(page, 'обработал 400 тысяч контейнеров');
  await page.keyboard.press('Enter');
  await expect(orphans).toHaveCount(0);
  await expect(annotations).toHaveCount(3);
  await expect(annotations.filter({ hasText: 'обработал 400 тысяч контейнеров' })).toHaveAccessibleName(
    'Claim обработал 400 тысяч контейнеров',
  );
  await page.screenshot({ path: testInfo.outputPath('version-2.png') });

  // Undo puts it back among the orphans; version 1 is still as it was tagged.
  await page.keyboard.press('Control+z');
  await expect(orphans).toContainText('ожидают рост на десять процентов');
  await page.getByRole('combobox', { name: 'Version' }).selectOption({ label: '1 of 2' });
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(annotations).toHaveCount(3);
  await expect(orphans).toHaveCount(0);
});
