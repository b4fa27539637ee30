// Runs the benchmark's own measuring code once at a small size, so `npm run bench` cannot rot unnoticed.
import { openByDrop, rawOpen } from '../bench/bench-page';
import { asDocx, asHtml, asMarkdown, asText, generateArticle } from '../bench/generate-articles';
import { expect, test } from './app-fixture';

test('the open benchmark measures every format on a small article', async ({ app }) => {
  const article = generateArticle(20_000, 'Маленькая статья');
  expect(await rawOpen(app.page, new TextEncoder().encode(asText(article)))).toBeGreaterThan(0);
  const forms: [string, Uint8Array][] = [
    ['small.txt', new TextEncoder().encode(asText(article))],
    ['small.md', new TextEncoder().encode(asMarkdown({ ...article, title: 'Маленькая статья md' }))],
    ['small.html', new TextEncoder().encode(asHtml({ ...article, title: 'Маленькая статья html' }))],
    ['small.docx', new Uint8Array(await asDocx({ ...article, title: 'Маленькая статья docx' }))],
  ];
  for (const [fileName, bytes] of forms) {
    const title = fileName.endsWith('.txt') ? 'Маленькая статья' : `Маленькая статья ${fileName.split('.')[1] ?? ''}`;
    const measured = await openByDrop(app.page, fileName, bytes, title);
    expect(measured.openMs).toBeGreaterThan(0);
    expect(measured.longestFrameGapMs).toBeGreaterThanOrEqual(0);
  }
  await expect(app.page.getByRole('list', { name: 'Articles' }).getByRole('button')).toHaveCount(4);
});
