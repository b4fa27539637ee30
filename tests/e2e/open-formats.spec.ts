// Every form an editor is sent opens into the same article; bad files get a message and change nothing.
import { mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildArticle } from '../../src/shared/article/article-builder';
import type { NativeAnnotationSet } from '../../src/shared/formats/native-format';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import { ARTICLE_TEXT, ARTICLE_TITLE, articleDocx, writeArticleForms } from '../support/article-forms';
import { expect, fixturePath, test } from './app-fixture';
import { articleFrame } from './article-text';

const libraryEntries = (app: { page: import('@playwright/test').Page }) =>
  app.page.getByRole('list', { name: 'Articles' }).getByRole('button');

test('the same article as UTF-8, Windows-1251 with CRLF, Markdown, HTML and Word opens as one article', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const forms = await writeArticleForms(testInfo.outputPath('forms'));
  for (const path of [forms.windows1251Crlf, forms.utf8, forms.markdown, forms.html, forms.docx]) {
    await app.open(path);
    await expect(page.getByRole('alert')).toBeHidden();
    await expect(articleFrame(page).getByRole('heading', { level: 1, name: ARTICLE_TITLE })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Reader' }).getByText('Mar 2, 2026')).toBeVisible();
    await expect(articleFrame(page).getByRole('heading', { level: 2, name: 'Что изменится для школ' })).toBeVisible();
    // The same canonical text is the same article: a form that read differently would add a second one.
    await expect(libraryEntries(app)).toHaveCount(1);
  }
  const exported = JSON.parse(await app.exportAnnotations('All articles')) as NativeAnnotationSet;
  const expected = buildArticle(parsePlainText(ARTICLE_TEXT, 'article'), {
    fileName: 'article.txt',
    format: 'text',
    encoding: 'utf-8',
    byteLength: 0,
  });
  expect(exported.articles.map((article) => [article.text, article.date])).toEqual([[expected.text, '2026-03-02']]);
});

test('each form shows its structure and where it came from', async ({ app }, testInfo) => {
  const { page } = app;
  const forms = await writeArticleForms(testInfo.outputPath('forms'));
  await app.open(forms.docx);
  await expect(page.getByText('Word document')).toBeVisible();
  await expect(articleFrame(page).getByRole('blockquote')).toHaveText(
    '«Мы впервые закладываем ремонт на три года вперёд», — заявил председатель комиссии по бюджету Дмитрий Асанцев.',
  );
  await expect(articleFrame(page).getByText('Фото: пресс-служба мэрии Новосибирска')).toHaveClass(/caption/);
  await expect(page.getByRole('button', { name: 'Reopen with encoding…' })).toBeHidden();
});

test('an old encoding is detected and shown, and the editor can read the file again with another', async ({ app }, testInfo) => {
  const { page } = app;
  const forms = await writeArticleForms(testInfo.outputPath('forms'));
  await app.open(forms.koi8r);
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: ARTICLE_TITLE })).toBeVisible();
  await expect(page.getByText('Encoding: KOI8-R')).toBeVisible();

  await page.getByRole('button', { name: 'Reopen with encoding…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reopen with encoding' });
  await expect(dialog.getByText('a separate article in the library')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Reopen as new article' })).toBeDisabled();
  await dialog.getByRole('radio', { name: 'Windows-1251 (Cyrillic)' }).check();
  // KOI8-R bytes read as Windows-1251 are garbage, and the preview shows it before anything changes.
  await expect(dialog.getByLabel('Preview')).not.toContainText('Городской');
  await dialog.getByRole('button', { name: 'Reopen as new article' }).click();
  await expect(page.getByText('Encoding: Windows-1251 (Cyrillic)')).toBeVisible();
  await expect(libraryEntries(app)).toHaveCount(2);
  await libraryEntries(app).filter({ hasText: ARTICLE_TITLE }).click();
  await expect(page.getByText('Encoding: KOI8-R')).toBeVisible();
});

test('an HTML page opens as its article only: nothing in it runs or loads', async ({ app }, testInfo) => {
  const { page } = app;
  const forms = await writeArticleForms(testInfo.outputPath('forms'));
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1:4173/') && !request.url().startsWith('file:')) requests.push(request.url());
  });
  await app.open(forms.html);
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: ARTICLE_TITLE })).toBeVisible();
  const article = articleFrame(page).getByRole('article', { name: 'Article text' });
  await expect(article).toContainText('(Novosibirsk City Council)');
  for (const pageFurniture of ['Политика', 'Читайте также', 'Подпишитесь', '© Новости Сибири', 'Новости Сибири', 'OK']) {
    await expect(article).not.toContainText(pageFurniture);
  }
  // Neither in the window nor in the article's own frame.
  for (const frame of page.frames()) {
    expect(await frame.evaluate(() => 'htmlRan' in window || 'markdownRan' in window)).toBe(false);
  }
  expect(await article.locator('a, img, script, iframe, form').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(requests).toEqual([]);
});

test('bad files each get a message naming the file, the good one opens, and nothing else changes', async ({ app }, testInfo) => {
  const { page } = app;
  const folder = testInfo.outputPath('bad');
  await mkdir(folder, { recursive: true });
  const path = (name: string) => join(folder, name);
  await writeFile(path('empty.txt'), '');
  await writeFile(path('scan.txt'), await readFile(fixturePath('binary.txt')));
  await writeFile(path('report.txt'), '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1');
  await writeFile(path('huge.txt'), '');
  await truncate(path('huge.txt'), 21 * 1024 * 1024);
  const docx = await articleDocx();
  await writeFile(path('broken.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  await writeFile(path('deep.html'), `<html><body>${'<div>'.repeat(100_000)}Текст${'</div>'.repeat(100_000)}</body></html>`);
  await writeFile(path('slides.pptx'), 'PK');

  await app.open(fixturePath('bridge-ru.txt'));
  await expect(libraryEntries(app)).toHaveCount(1);
  await app.open(
    path('empty.txt'),
    path('scan.txt'),
    path('report.txt'),
    path('huge.txt'),
    path('broken.docx'),
    path('deep.html'),
    path('slides.pptx'),
    fixturePath('tworek-ru.txt'),
  );

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Some files could not be opened');
  const messages = [
    'empty.txt: the file is empty',
    'scan.txt: this is not a text file (it contains binary data)',
    'report.txt: this is not a text file (it contains binary data)',
    'huge.txt: the file is 21 MB, over the 20 MB limit',
    'broken.docx: this Word document is damaged or incomplete and cannot be read',
    'deep.html: the page is nested more than 500 levels deep',
    'slides.pptx: this type of file is not supported; open one of .txt, .text, .md, .markdown, .html, .htm, .docx',
  ];
  for (const message of messages) await expect(alert).toContainText(message);
  await expect(alert.getByRole('listitem')).toHaveCount(messages.length);
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: /Исследователь Джерри Творек/ })).toBeVisible();
  await expect(libraryEntries(app)).toHaveCount(2);

  // The app keeps working: tagging in the article that did open is saved.
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await articleFrame(page).getByRole('article', { name: 'Article text' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('1');
  await expect(page.getByRole('listbox', { name: 'Annotations' }).getByRole('option')).toHaveCount(1);
});
