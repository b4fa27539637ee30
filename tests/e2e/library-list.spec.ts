// The library list with hundreds of articles, as an editor finds one: by a word of its title, in the order they
// opened them or by the stories' dates, scrolled to the oldest.
import { expect, fillAppLibrary, test } from './app-fixture';
import { articleFrame } from './article-text';

const ARTICLES = 400;
const title = (index: number) => `Статья ${index}: министерство сообщило о выручке`;

test('in a library of 400 articles the editor finds one by its title, reopens it and sorts by the stories’ dates', async ({
  app,
}, testInfo) => {
  const { page } = app;
  // Article n was opened n minutes after the first, and its story is dated day n / 14 of the year: the newest last.
  await fillAppLibrary(app, testInfo, { articles: ARTICLES, annotationsPerArticle: 2, entities: 3 });
  // Two stories out of that order: the first file opened is the newest story, and one file carried no date.
  await page.evaluate(async () => {
    const db = (
      document.querySelector('nr-app') as unknown as {
        core: { db: { articles: { update(id: string, change: object): Promise<number> } } };
      }
    ).core.db;
    await db.articles.update('bench-article-0', { date: '2026-12-01' });
    await db.articles.update('bench-article-5', { date: null });
  });
  await page.reload();

  const library = page.getByRole('navigation', { name: 'Library' });
  const rows = library.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(library.getByRole('status')).toHaveText('400 articles');
  await expect(rows.first()).toContainText(title(399));
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(ARTICLES));

  const search = library.getByRole('searchbox', { name: 'Find an article by title' });
  await search.fill('СТАТЬЯ 3:');
  await expect(library.getByRole('status')).toHaveText('1 of 400 articles');
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('button').click();
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: title(3) })).toBeVisible();

  await search.fill('');
  await expect(library.getByRole('status')).toHaveText('400 articles');
  // Reading an article does not move it: the list stays as the editor left it, the article marked as the one open.
  await expect(rows.first()).toContainText(title(399));

  await library.getByRole('combobox', { name: 'Order of the articles' }).selectOption({ label: 'Stories, newest first' });
  await expect(rows.first()).toContainText(title(0));
  await expect(rows.first()).toContainText('Dec 1, 2026');
  await expect(rows.nth(1)).toContainText(title(399));
  // The undated story comes last, after the oldest day's, which are latest opened first.
  await rows.first().evaluate((row) => row.closest('.scroller')?.scrollTo({ top: 1e9 }));
  await expect(library.getByRole('button', { name: new RegExp(title(5)) })).toBeInViewport();
  await expect(rows.last()).toHaveAttribute('aria-posinset', String(ARTICLES));
  await expect(rows.last()).toContainText(title(5));
  await expect(rows.nth(-2)).toContainText(title(1));
  await expect(library.getByRole('button', { name: new RegExp(title(3)) })).toHaveAttribute('aria-current', 'true');

  await search.fill('интервью');
  await expect(library.getByRole('status')).toHaveText('No article title contains “интервью”.');
  await expect(rows).toHaveCount(0);
});
