// Suggestions as an editor meets them: proposed after an article opens, walked and decided by keyboard, rejected for
// good, accepted a kind at a time and undone in one step, and a speaker proposed for a quote.
import type { Page } from '@playwright/test';
import type { AnnotatorApp } from './app-fixture';
import { expect, fixturePath, test } from './app-fixture';
import { articleFrame, fragmentEnds, paintedHighlights, selectWithMouse } from './article-text';

const TITLE = 'Тренер «Спартака» недоволен судейством';

async function openArticle(app: AnnotatorApp) {
  await app.open(fixturePath('suggestions-ru.txt'));
  await expect(articleFrame(app.page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const kinds = app.page.getByRole('list', { name: 'Suggestions by kind' });
  await expect(kinds).toBeVisible({ timeout: 20_000 });
  return {
    page: app.page,
    kinds,
    current: app.page.getByRole('group', { name: 'Suggestion' }),
    annotations: app.page.getByRole('listbox', { name: 'Annotations' }).getByRole('option'),
  };
}

/** Clicks the article's margin, where nothing is tagged or suggested, so that the keys go to the article. */
async function keysToArticle(page: Page): Promise<void> {
  await articleFrame(page)
    .locator('body')
    .click({ position: { x: 5, y: 5 } });
}

/** Presses N until the suggestion the keys are on is `words` as a `kind` (as the panel names it). */
async function walkTo(page: Page, words: string, kind: string): Promise<void> {
  const current = page.getByRole('group', { name: 'Suggestion' });
  let before = (await current.count()) > 0 ? await current.textContent() : null;
  for (let step = 0; step < 20; step++) {
    await page.keyboard.press('n');
    // The panel shows the next one in the render after the key.
    if (before !== null) await expect(current).not.toHaveText(before);
    before = await current.textContent();
    if (before?.includes(`${words} — ${kind}`)) return;
  }
  throw new Error(`No suggestion of ${words} as ${kind}`);
}

test('suggestions are drawn in the article and counted by kind, and one is accepted with Enter', async ({ app }) => {
  const { page, kinds, current, annotations } = await openArticle(app);
  await expect(kinds.getByRole('listitem')).toHaveText([/Person: 3/, /Organization: 2/, /Place: 1/, /Quote: 1/, /Claim: \d/]);
  // Drawn apart from the tags: a dotted underline per kind, nothing tagged yet.
  await expect
    .poll(async () => (await paintedHighlights(page))['nr-suggested-person'])
    .toEqual(['Деян Станкович', 'Илья Шульман', 'Станковича']);
  await expect(annotations).toHaveCount(0);

  await keysToArticle(page);
  await walkTo(page, 'Деян Станкович', 'Person');
  await expect(current).toContainText('Person, new entity Деян Станкович');
  await page.keyboard.press('Enter');
  await expect(annotations).toHaveText([/Person\s*Деян Станкович/]);
  await expect(kinds.getByRole('listitem').first()).toHaveText(/Person: 2/);
  // The next mention of him is linked to the entity just made, in the nominative.
  await walkTo(page, 'Станковича', 'Person');
  await expect(current).toContainText('Person, Деян Станкович');
});

test('a rejected suggestion stays rejected after a restart; tagging over one consumes it', async ({ app }) => {
  const { page, kinds, current } = await openArticle(app);
  await keysToArticle(page);
  await walkTo(page, 'Москве', 'Place');
  await page.keyboard.press('x');
  await expect(kinds.getByRole('listitem').filter({ hasText: 'Place' })).toHaveCount(0);
  await expect(current).not.toContainText('Москве');
  // Tagging the words of a suggestion by hand is its acceptance too.
  await selectWithMouse(page, 'Илья Шульман');
  await page.keyboard.press('1');
  await expect(kinds.getByRole('listitem').first()).toHaveText(/Person: 2/);
  await expect.poll(async () => (await paintedHighlights(page))['nr-suggested-person']).toEqual(['Деян Станкович', 'Станковича']);

  await app.restart();
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(kinds.getByRole('listitem').first()).toHaveText(/Person: 2/, { timeout: 20_000 });
  await expect(kinds.getByRole('listitem').filter({ hasText: 'Place' })).toHaveCount(0);
});

test('"Accept all" takes every person in one step, and one Undo takes them all back', async ({ app }) => {
  const { page, kinds, annotations } = await openArticle(app);
  await kinds.getByRole('button', { name: 'Accept all Person' }).click();
  await expect(annotations).toHaveCount(3);
  const entities = page.getByRole('list', { name: 'Entities' }).getByRole('button');
  // Станкович and Станковича are one person; Шульман another.
  await expect(entities).toHaveText([/Деян Станкович\s*2 mentions/, /Илья Шульман\s*1 mention/]);
  await expect(kinds.getByRole('listitem').filter({ hasText: 'Person' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(annotations).toHaveCount(0);
  await expect(entities).toHaveCount(0);
  await expect(kinds.getByRole('listitem').first()).toHaveText(/Person: 3/);
});

test('a quote opening a paragraph gets the speaker named at the end of the one before, tagged with it', async ({ app }) => {
  const { page, current, annotations } = await openArticle(app);
  await keysToArticle(page);
  await walkTo(page, 'Мы не заслужили поражения', 'Quote');
  await expect(current).toContainText('said by Деян Станкович');
  await page.keyboard.press('4');
  await expect(annotations).toHaveText([/Person\s*Деян Станкович/, /Quote\s*Деян Станкович: Мы не заслужили поражения/]);
  await annotations.nth(1).click();
  const speaker = page.getByRole('region', { name: 'Annotation details' }).getByRole('combobox', { name: 'Speaker' });
  await expect(speaker.locator('option:checked')).toHaveText('Деян Станкович');
});

test('the setting turns suggestions off and on', async ({ app }) => {
  const { page, kinds } = await openArticle(app);
  const setting = page.getByRole('checkbox', { name: 'Suggest tags in the article' });
  await setting.uncheck();
  await expect(kinds).toHaveCount(0);
  await expect.poll(async () => (await paintedHighlights(page))['nr-suggested-person']).toBeUndefined();
  await app.restart();
  await expect(page.getByRole('checkbox', { name: 'Suggest tags in the article' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Suggest tags in the article' }).check();
  await expect(kinds).toBeVisible({ timeout: 20_000 });
});

test('a name tagged by hand in another case form starts its entity in the nominative', async ({ app }) => {
  const { page } = await openArticle(app);
  await selectWithMouse(page, 'Станковича');
  await page.keyboard.press('1');
  await expect(page.getByRole('list', { name: 'Entities' }).getByRole('button')).toHaveText([/^\s*Станкович\s*1 mention/]);
  const details = page.getByRole('region', { name: 'Annotation details' });
  await expect(details.getByRole('combobox', { name: 'Entity' })).toHaveValue('Станкович');
});

test('a click on a suggested name inside a suggested claim chooses the name, and its Accept button tags it', async ({ app }) => {
  const { page } = app;
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(page.getByRole('list', { name: 'Suggestions by kind' })).toBeVisible({ timeout: 20_000 });
  const claim = 'Компания «Северный ветер» основана в 2015 году в Сан-Франциско.';
  await expect.poll(async () => (await paintedHighlights(page))['nr-suggested-claim']).toContain(claim);
  const { start, end } = await fragmentEnds(page, 'Сан-Франциско', 1);
  await page.mouse.click((start.x + end.x) / 2, start.y);
  const current = page.getByRole('group', { name: 'Suggestion' });
  await expect(current).toContainText('Сан-Франциско — Place');
  await current.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('listbox', { name: 'Annotations' }).getByRole('option')).toHaveText([/Place\s*Сан-Франциско/]);
});

test('the palette on a clicked suggestion accepts it as another tag, or rejects it', async ({ app }) => {
  const { page, kinds, annotations } = await openArticle(app);
  const palette = page.getByRole('toolbar', { name: 'Accept suggestion as' });
  const clickOn = async (words: string) => {
    const { start, end } = await fragmentEnds(page, words);
    await page.mouse.click((start.x + end.x) / 2, start.y);
  };
  await clickOn('Москве');
  await expect(palette.getByRole('button', { name: 'Place', pressed: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('suggestion-palette.png') });
  await palette.getByRole('button', { name: 'Organization' }).click();
  await expect(annotations).toHaveText([/Organization\s*Москве/]);
  await expect(palette).toBeHidden();

  await clickOn('Илья Шульман');
  await expect(palette.getByRole('button', { name: 'Person', pressed: true })).toBeVisible();
  await palette.getByRole('button', { name: 'Reject' }).click();
  await expect(kinds.getByRole('listitem').first()).toHaveText(/Person: 2/);
  await expect(annotations).toHaveCount(1);
});

test('the article keeps its place while its suggestions are read: the bar under it does not grow', async ({ app }) => {
  const { page } = app;
  // The height of the article's pane in every frame from the opening on: text that moves while the editor aims at it
  // makes a drag select other words.
  await page.evaluate(() => {
    const heights: number[] = [];
    Object.assign(window, { articlePaneHeights: heights });
    const findFrame = (root: Document | ShadowRoot): HTMLIFrameElement | null => {
      const frame = root.querySelector<HTMLIFrameElement>('iframe');
      if (frame) return frame;
      for (const element of root.querySelectorAll('*')) {
        const found = element.shadowRoot ? findFrame(element.shadowRoot) : null;
        if (found) return found;
      }
      return null;
    };
    const record = () => {
      // Before the article is shown its frame is there, hidden, with no height.
      const height = findFrame(document)?.getBoundingClientRect().height ?? 0;
      if (height > 0) heights.push(height);
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(page.getByRole('list', { name: 'Suggestions by kind' })).toBeVisible({ timeout: 20_000 });
  const heights = await page.evaluate(() => (window as unknown as { articlePaneHeights: number[] }).articlePaneHeights);
  expect(heights.length).toBeGreaterThan(0);
  expect(new Set(heights), "the article pane's heights from opening to the suggestions shown").toEqual(new Set([heights[0]]));
});
