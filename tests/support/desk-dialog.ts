// The steps of "Sync with the desk…" as an editor takes them, for the end-to-end tests and the benchmarks.
import type { Page } from '@playwright/test';

/** Fills the desk's settings and answers Sync; the dialog is left as the answer leaves it. */
export async function syncWithDesk(page: Page, url: string, userName: string, password: string): Promise<void> {
  await page.getByRole('button', { name: 'Sync with the desk…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sync with the desk' });
  await dialog.getByLabel("The desk's database").fill(url);
  await dialog.getByLabel('Your name on its server').fill(userName);
  await dialog.getByLabel('Password').fill(password);
  await dialog.getByRole('button', { name: 'Sync', exact: true }).click();
}
