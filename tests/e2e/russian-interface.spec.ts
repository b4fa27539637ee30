// The interface in Russian, as an editor whose system speaks Russian meets it: every word of the window in Russian,
// counts and dates in Russian forms, the article in its own language, and a switch to English that loses nothing
// (issue 21). The screenshots are kept with the test's results, to be looked at.
import type { Page, TestInfo } from '@playwright/test';
import { expect, fixturePath, test } from './app-fixture';
import { articleDocument, articleFrame, selectWithMouse } from './article-text';

test.use({ locale: 'ru-RU' });

const TITLE = 'Исследователь Джерри Творек покидает лабораторию в Сан-Франциско';

/** Latin words a Russian interface still shows: names of products, formats, keys and units, which stay as they are. */
const KEPT_IN_LATIN = new Set([
  'Newsroom',
  'Annotator',
  'Ctrl',
  'Shift',
  'Enter',
  'Esc',
  'Escape',
  'English',
  'JSON',
  'JSONL',
  'LD',
  'CSV',
  'W3C',
  'Web',
  'Annotation',
  'Annotations',
  'AnnotationCollection',
  'ClaimReview',
  'schema',
  'org',
  'spaCy',
  'doccano',
  'Excel',
  'Unicode',
  'URL',
  'Word',
  'Markdown',
  'HTML',
  'UTF',
  'newsroom',
  'annotation',
  'set',
  'v1',
  'Windows',
  'KOI8',
  'CP866',
  'DOS',
  'ISO',
  'Mac',
  'LE',
  'BE',
  // The desk's address begins so in any language.
  'https',
]);

/** Elements whose text is not shown: scripts, styles, and the article's own frame. */
const UNSHOWN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME']);

/**
 * The words the window shows and says outside the article and the editor's own data: text, labels, titles and
 * placeholders in every shadow root. The article's frame and anything marked with a language of its own (titles,
 * quotes, names) are the editor's data, and file names are the files'.
 */
async function interfaceWords(page: Page): Promise<string[]> {
  return page.evaluate(
    (unshown) => {
      const words: string[] = [];
      const visit = (root: Document | ShadowRoot): void => {
        for (const element of root.querySelectorAll('*')) {
          if (element.closest('[lang]:not(html)') || unshown.includes(element.tagName)) continue;
          if (element.shadowRoot) visit(element.shadowRoot);
          for (const name of ['aria-label', 'title', 'placeholder']) {
            const value = element.getAttribute(name);
            if (value) words.push(value);
          }
          for (const node of element.childNodes)
            if (node.nodeType === Node.TEXT_NODE && node.textContent) words.push(node.textContent);
        }
      };
      visit(document);
      return words;
    },
    [...UNSHOWN],
  );
}

/** The Latin words among `texts` that a Russian interface should not show. */
function englishWords(texts: readonly string[], fileNames: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    const withoutFiles = fileNames.reduce((rest, name) => rest.replaceAll(name, ' '), text);
    for (const [word] of withoutFiles.matchAll(/[A-Za-z][A-Za-z0-9]*/g))
      if (!KEPT_IN_LATIN.has(word) && word.length > 1) found.add(word);
  }
  return [...found];
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
  if (process.env.RUSSIAN_SCREENSHOTS) await page.screenshot({ path: `${process.env.RUSSIAN_SCREENSHOTS}/${name}.png` });
}

test('a Russian system gets the whole window in Russian, with Russian counts and dates', async ({ app }, testInfo) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Откройте статью, чтобы начать разметку' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await screenshot(page, testInfo, 'ru-1-empty');
  expect(englishWords(await interfaceWords(page), [])).toEqual([]);

  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const frame = await articleDocument(page);
  expect(await frame.evaluate(() => document.querySelector('article')?.lang)).toBe('ru');

  await selectWithMouse(page, 'Джерри Творек');
  await page.keyboard.press('1');
  await expect(page.getByRole('status', { name: 'Сообщения' }).or(page.locator('[aria-live="polite"]')).last()).toHaveText(
    '«Джерри Творек» — персона',
  );
  const annotations = page.getByRole('listbox', { name: 'Аннотации' }).getByRole('option');
  await expect(annotations.first()).toHaveAccessibleName('Персона Джерри Творек');
  const library = page.getByRole('navigation', { name: 'Библиотека' });
  await expect(library.getByRole('button', { name: new RegExp(TITLE) })).toContainText('9 янв. 2026 г. · 1 аннотация');
  await expect(page.getByRole('region', { name: 'Чтение' }).locator('time')).toHaveText('9 янв. 2026 г.');
  await screenshot(page, testInfo, 'ru-2-tagged');
  expect(englishWords(await interfaceWords(page), ['tworek-ru.txt'])).toEqual([]);
});

test('the dialogs and the library-wide views speak Russian, with nothing cut off', async ({ app }, testInfo) => {
  const { page } = app;
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await selectWithMouse(page, 'Анна Ким');
  await page.keyboard.press('1');
  const fileNames = ['tworek-ru.txt'];

  await page.getByRole('button', { name: 'Метки…' }).click();
  const tags = page.getByRole('dialog', { name: 'Метки' });
  await expect(tags.getByRole('textbox', { name: 'Название метки Персона' })).toHaveValue('Персона');
  await screenshot(page, testInfo, 'ru-3-tags');
  expect(englishWords(await interfaceWords(page), fileNames)).toEqual([]);
  await tags.getByRole('button', { name: 'Отмена' }).click();

  await page.getByRole('button', { name: 'Экспорт…' }).click();
  const exporting = page.getByRole('dialog', { name: 'Экспорт аннотаций' });
  await exporting.getByRole('radio', { name: /^ClaimReview/ }).check();
  await expect(exporting.getByLabel('Название редакции')).toBeVisible();
  await screenshot(page, testInfo, 'ru-4-export');
  expect(englishWords(await interfaceWords(page), fileNames)).toEqual([]);
  await exporting.getByRole('button', { name: 'Отмена' }).click();

  await page.getByRole('button', { name: 'Сущности' }).click();
  await expect(page.getByRole('region', { name: 'Чтение' }).getByRole('status')).toHaveText('1 сущность');
  await screenshot(page, testInfo, 'ru-5-entities');
  expect(englishWords(await interfaceWords(page), fileNames)).toEqual([]);

  await page.getByRole('button', { name: 'Поиск по текстам' }).click();
  await page.getByRole('searchbox', { name: 'Поиск по текстам всех статей' }).fill('Творека');
  await expect(page.getByRole('region', { name: 'Чтение' }).getByRole('status')).toHaveText('1 статья');
  await screenshot(page, testInfo, 'ru-6-search');
  expect(englishWords(await interfaceWords(page), fileNames)).toEqual([]);
});

test('the language is switched in the window without losing the article or the annotation in hand, and is kept', async ({
  app,
}) => {
  const { page } = app;
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await selectWithMouse(page, 'Джерри Творек');
  await page.keyboard.press('1');
  await expect(page.getByRole('heading', { name: 'Выбранная аннотация' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Язык' }).selectOption('English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Selected annotation' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Annotation details' }).getByRole('combobox', { name: 'Tag' })).toHaveValue(
    'person',
  );
  await expect(page.getByRole('listbox', { name: 'Annotations' }).getByRole('option').first()).toHaveAccessibleName(
    'Person Джерри Творек',
  );
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Jan 9, 2026 · 1 annotation');
  await expect(articleFrame(page).getByRole('article', { name: 'Article text' })).toHaveAttribute('lang', 'ru');

  await app.restart();
  await expect(page.getByRole('button', { name: 'Open…' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('System (Русский)');
  await expect(page.getByRole('button', { name: 'Открыть…' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('a set exported from the Russian window keeps the tags’ and statuses’ ids and English names', async ({ app }) => {
  const { page } = app;
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await selectWithMouse(page, 'Джерри Творек');
  await page.keyboard.press('1');
  await selectWithMouse(page, 'после семи лет работы');
  await page.keyboard.press('5');
  const details = page.getByRole('region', { name: 'Свойства аннотации' });
  await details.getByRole('combobox', { name: 'Статус' }).selectOption({ label: 'Вводит в заблуждение' });
  const exported = JSON.parse(
    await app.captureSave(async () => {
      await page.getByRole('button', { name: 'Экспорт…' }).click();
      await page.getByRole('dialog', { name: 'Экспорт аннотаций' }).getByRole('button', { name: 'Сохранить экспорт' }).click();
    }),
  ) as {
    tags: { id: string; label: string }[];
    articles: { annotations: { tag: string; claim?: { status: string } }[] }[];
  };
  expect(exported.tags.map(({ id, label }) => [id, label])).toEqual([
    ['person', 'Person'],
    ['organization', 'Organization'],
    ['place', 'Place'],
    ['quote', 'Quote'],
    ['claim', 'Claim'],
  ]);
  expect(exported.articles[0]?.annotations.map(({ tag, claim }) => [tag, claim?.status])).toEqual([
    ['person', undefined],
    ['claim', 'misleading'],
  ]);
});
