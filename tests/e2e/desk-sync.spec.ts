// A desk of two editors, each in a browser profile of their own, syncing through a CouchDB-compatible server
// (express-pouchdb in memory, started by the test): what one tags the other sees, a wrong password sends nothing,
// both keep working while the server is away and agree once it is back.
import type { Page } from '@playwright/test';
import { expect, fixturePath, test } from './app-fixture';
import { articleFrame, selectWithMouse } from './article-text';
import type { DeskServer } from '../support/desk-server';
import { startDeskServer } from '../support/desk-server';
import { syncWithDesk } from '../support/desk-dialog';

const TITLE = 'Исследователь Джерри Творек покидает лабораторию в Сан-Франциско';

function annotationList(page: Page) {
  return page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
}

const deskStatus = (page: Page) => page.getByRole('status', { name: 'Desk sync' });

let server: DeskServer;

test.beforeEach(async () => {
  server = await startDeskServer();
  await server.addEditor('anna', 'anna-password');
  await server.addEditor('boris', 'boris-password');
});

test.afterEach(async () => {
  await server.close();
});

test('two editors of a desk: a tag and a note travel both ways, and offline work converges when the server is back', async ({
  app,
}, testInfo) => {
  testInfo.skip(app.runtime === 'electron', 'Skipped: the second editor is a browser profile, and Electron’s window is not one');
  testInfo.setTimeout(120_000);
  const anna = app.page;
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(anna).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await selectWithMouse(anna, 'Анна Ким');
  await anna.keyboard.press('1');
  await expect(annotationList(anna)).toHaveCount(1);

  // A wrong password: the dialog says so, and the desk's database stays empty.
  await syncWithDesk(anna, server.url, 'anna', 'not-her-password');
  const dialog = anna.getByRole('dialog', { name: 'Sync with the desk' });
  await expect(dialog.getByRole('alert')).toHaveText(
    "The desk's server did not accept this name and password. Nothing was sent.",
  );
  expect((await server.database.allDocs()).rows).toEqual([]);
  await dialog.getByLabel('Password').fill('anna-password');
  await dialog.getByRole('button', { name: 'Sync', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(deskStatus(anna)).toHaveText('Desk: synced');

  // Boris, in a profile of his own, joins the desk and gets the article with Anna's tag.
  const borisContext = await anna
    .context()
    .browser()
    ?.newContext({ baseURL: testInfo.project.use.baseURL ?? '' });
  if (!borisContext) throw new Error('no browser for the second editor');
  const boris = await borisContext.newPage();
  await boris.goto('/');
  await syncWithDesk(boris, server.url, 'boris', 'boris-password');
  const library = boris.getByRole('navigation', { name: 'Library' });
  await library.getByRole('button', { name: new RegExp(TITLE) }).click();
  await expect(articleFrame(boris).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(annotationList(boris)).toHaveCount(1);
  await expect(annotationList(boris).first()).toHaveAccessibleName('Person Анна Ким');

  // Anna tags again: Boris sees it. Boris adds a note: Anna sees it.
  await selectWithMouse(anna, 'Северный ветер');
  await anna.keyboard.press('2');
  await expect(annotationList(boris)).toHaveCount(2);
  await annotationList(boris).filter({ hasText: 'Анна Ким' }).click();
  const borisDetails = boris.getByRole('region', { name: 'Annotation details' });
  await borisDetails.getByLabel('Note', { exact: true }).fill('Уточнить должность');
  await borisDetails.getByLabel('Note', { exact: true }).blur();
  await annotationList(anna).filter({ hasText: 'Анна Ким' }).click();
  const annaDetails = anna.getByRole('region', { name: 'Annotation details' });
  await expect(annaDetails.getByLabel('Note', { exact: true })).toHaveValue('Уточнить должность');
  await expect(anna.getByText('Last changed by boris')).toBeVisible();

  // The server goes away: both say so and keep working; once it is back, both hold both changes.
  await server.stop();
  await expect(deskStatus(anna)).toContainText('Desk: offline');
  await selectWithMouse(anna, 'Сан-Франциско');
  await anna.keyboard.press('3');
  await expect(annotationList(anna)).toHaveCount(3);
  await borisDetails.getByLabel('Note', { exact: true }).fill('Уточнить должность и дату');
  await borisDetails.getByLabel('Note', { exact: true }).blur();
  await expect(deskStatus(boris)).toContainText('Desk: offline');
  await server.start();
  await expect(annotationList(boris)).toHaveCount(3, { timeout: 40_000 });
  await annotationList(anna).filter({ hasText: 'Анна Ким' }).click();
  await expect(annaDetails.getByLabel('Note', { exact: true })).toHaveValue('Уточнить должность и дату', { timeout: 40_000 });
  await expect(deskStatus(anna)).toHaveText('Desk: synced', { timeout: 40_000 });
  await expect(deskStatus(boris)).toHaveText('Desk: synced', { timeout: 40_000 });
  await borisContext.close();
});
