// Every screen and dialog of the window, checked by axe-core in both of the interface's languages: no violation of
// the WCAG rules axe knows (labels, names, roles, contrast, landmarks, lang attributes) (issue 21).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVersionGold } from '../support/version-gold';
import { expect, fixturePath, test } from './app-fixture';
import { articleFrame, selectWithMouse } from './article-text';

/** What axe found, one line per rule and element, so that a failure says where to look. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact ?? ''}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
    ),
  );
}

const port = loadVersionGold().find((gold) => gold.name === 'port');
const TITLE = 'Исследователь Джерри Творек покидает лабораторию в Сан-Франциско';

/** The interface's words for each screen, by language. */
const WORDS = {
  'en-US': {
    tags: 'Tags…',
    tagsDialog: 'Tags',
    cancel: 'Cancel',
    export: 'Export…',
    exportDialog: 'Export annotations',
    reopen: 'Reopen with encoding…',
    reopenDialog: 'Reopen with encoding',
    desk: 'Sync with the desk…',
    deskDialog: 'Sync with the desk',
    entities: 'Entities',
    mergeInto: /^Merge .* into another entity$/,
    search: 'Search texts',
    searchBox: 'Search the texts of all articles',
    newVersion: /^A new version of/,
    openAsVersion: 'Open as version 2',
    annotations: 'Annotations',
  },
  'ru-RU': {
    tags: 'Метки…',
    tagsDialog: 'Метки',
    cancel: 'Отмена',
    export: 'Экспорт…',
    exportDialog: 'Экспорт аннотаций',
    reopen: 'Открыть в другой кодировке…',
    reopenDialog: 'Открыть в другой кодировке',
    desk: 'Синхронизация с редакцией…',
    deskDialog: 'Синхронизация с редакцией',
    entities: 'Сущности',
    mergeInto: /^Объединить .* с другой сущностью$/,
    search: 'Поиск по текстам',
    searchBox: 'Поиск по текстам всех статей',
    newVersion: /^Новая версия/,
    openAsVersion: 'Открыть как версию 2',
    annotations: 'Аннотации',
  },
} as const;

for (const locale of ['en-US', 'ru-RU'] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    const words = WORDS[locale];

    test('every screen and dialog has no accessibility violation', async ({ app }, testInfo) => {
      // Every screen and dialog, each checked by axe: over a minute in the desktop bridge on a busy two-core machine.
      testInfo.setTimeout(120_000);
      const { page } = app;
      expect(await violations(page), 'the empty window').toEqual([]);

      await app.open(fixturePath('tworek-ru.txt'), fixturePath('bridge-ru.txt'));
      await page.getByRole('button', { name: new RegExp(TITLE) }).click();
      await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
      await selectWithMouse(page, 'Анна Ким');
      await page.keyboard.press('1');
      await selectWithMouse(page, '«Северный ветер»');
      expect(await violations(page), 'an article, a selection and its palette, the inspector').toEqual([]);
      await page.keyboard.press('5');
      await page.keyboard.press('n');
      expect(await violations(page), 'a suggestion in hand').toEqual([]);
      await page.keyboard.press('Escape');

      const dialogs = [
        [words.tags, words.tagsDialog],
        [words.export, words.exportDialog],
        [words.reopen, words.reopenDialog],
        [words.desk, words.deskDialog],
      ] as const;
      for (const [button, name] of dialogs) {
        await page.getByRole('button', { name: button }).click();
        const dialog = page.getByRole('dialog', { name });
        await expect(dialog).toBeVisible();
        expect(await violations(page), name).toEqual([]);
        await dialog.getByRole('button', { name: words.cancel }).click();
        await expect(dialog).toBeHidden();
      }

      await page.getByRole('button', { name: words.entities, exact: true }).click();
      await page.getByRole('button', { name: words.mergeInto }).first().click();
      expect(await violations(page), 'the entity index, merging').toEqual([]);

      await page.getByRole('button', { name: words.search }).click();
      await page.getByRole('searchbox', { name: words.searchBox }).fill('Казани');
      await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
      expect(await violations(page), 'the search of all texts').toEqual([]);
    });

    test('a new version: its question, the changed annotation and the orphans have no violation', async ({ app }) => {
      if (!port) throw new Error('The gold set has no port story');
      const { page } = app;
      const path = join(await mkdtemp(join(tmpdir(), 'versions-')), 'port.txt');
      await writeFile(path, port.before.text);
      await app.open(path);
      await expect(articleFrame(page).getByRole('heading', { level: 1 })).toBeVisible();
      await selectWithMouse(page, '«Спрос на перевозки растёт быстрее, чем мы успеваем строить»');
      await page.keyboard.press('4');
      await selectWithMouse(page, 'ожидают рост на десять процентов');
      await page.keyboard.press('5');
      const annotations = page.getByRole('listbox', { name: words.annotations }).getByRole('option');
      await expect(annotations).toHaveCount(2);

      await writeFile(path, port.after.text);
      await app.open(path);
      const dialog = page.getByRole('dialog', { name: words.newVersion });
      await expect(dialog).toBeVisible();
      expect(await violations(page), 'the question of a new version').toEqual([]);
      await dialog.getByRole('button', { name: words.openAsVersion }).click();
      // Version 2 shows the quote, reworded; the claim whose sentence was cut is an orphan.
      await expect(annotations).toHaveCount(1);
      await annotations.first().click();
      await expect(page.getByRole('note')).toBeVisible();
      expect(await violations(page), 'version 2, its changed annotation and its orphan').toEqual([]);
    });
  });
}
