// Full-text search of the library: every word in any of its forms, all words in one article, the last word also as
// a beginning, the hit where the word is written, and articles added after the index was built found too.
import '../support/browser-globals';
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { buildArticle } from '../../src/shared/article/article-builder';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import type { NewsroomDB } from '../../src/renderer/src/db/database';
import { addOrReopenArticle } from '../../src/renderer/src/db/library';
import { backUpLibrary } from '../../src/renderer/src/db/backup';
import { TEXT_INDEX_FORMAT, TextIndex } from '../../src/renderer/src/db/text-index';
import { withFreshDatabase } from '../support/fresh-database';

let db: NewsroomDB;
withFreshDatabase((fresh) => {
  db = fresh;
});

async function addArticle(text: string, fileName: string) {
  const article = buildArticle(parsePlainText(text, fileName), {
    fileName,
    format: 'text',
    encoding: 'utf-8',
    byteLength: text.length,
  });
  await addOrReopenArticle(db, article, new Date('2026-03-01T10:00:00Z'));
  return article;
}

describe('full-text search', () => {
  it('finds every form of a word, the hit where it is written, and only articles holding all the words', async () => {
    const bridge = await addArticle('Мост к осени\n\n👍 Мэрия Казани обещает открыть новый мост к осени.', 'bridge.txt');
    const budget = await addArticle('Бюджет города\n\nВ Казань приехали аудиторы; бюджет урезан.', 'budget.txt');
    await addArticle('Погода\n\nВ Москве дожди.', 'weather.txt');
    const index = new TextIndex();

    const kazan = await index.search(db, 'Казань');
    expect(kazan.total).toBe(2);
    expect(kazan.hits.map((hit) => hit.articleId).sort()).toEqual([bridge.id, budget.id].sort());
    const inBridge = kazan.hits.find((hit) => hit.articleId === bridge.id);
    expect(inBridge && bridge.text.slice(inBridge.start, inBridge.end)).toBe('Казани');
    expect(inBridge).toMatchObject({ title: 'Мост к осени', match: 'Казани', after: ' обещает открыть новый мост к осени.' });
    expect(inBridge?.before.endsWith('👍 Мэрия ')).toBe(true);

    expect((await index.search(db, 'казань бюджет')).hits.map((hit) => hit.articleId)).toEqual([budget.id]);
    // The last word as the start of one, while the editor is still typing it.
    expect((await index.search(db, 'аудит')).hits.map((hit) => hit.articleId)).toEqual([budget.id]);
    expect((await index.search(db, 'Новосибирск')).total).toBe(0);
  });

  it('finds articles added after the first search', async () => {
    const index = new TextIndex();
    await addArticle('Первая\n\nНичего о мосте.', 'first.txt');
    expect((await index.search(db, 'аудиторы')).total).toBe(0);
    const later = await addArticle(
      `Вторая\n\n${'долгое начало '.repeat(10)}Аудиторы нашли ошибку${' и конец'.repeat(20)}.`,
      'second.txt',
    );
    const [hit] = (await index.search(db, 'аудиторы')).hits;
    expect(hit).toMatchObject({ articleId: later.id, match: 'Аудиторы' });
    // Long text around the word is cut between words, where an ellipsis says it goes on.
    expect(hit?.before).toMatch(/^…(долгое начало )+$/u);
    expect(hit?.after).toMatch(/^ нашли ошибку( и конец)+( и)?…$/u);
  });

  it('lists the library’s texts again only when one was written since the last search', async () => {
    await addArticle('Первая\n\nБюджет города.', 'first.txt');
    const index = new TextIndex();
    expect((await index.search(db, 'бюджет')).total).toBe(1);
    const listed = vi.spyOn(db.articleTexts, 'toCollection');
    expect((await index.search(db, 'город')).total).toBe(1);
    expect(listed).not.toHaveBeenCalled();
    await addArticle('Вторая\n\nБюджет области.', 'second.txt');
    expect((await index.search(db, 'бюджет')).total).toBe(2);
    expect(listed).toHaveBeenCalledTimes(1);
    listed.mockRestore();
  });

  it('a new start answers from the stored index, reading only its hits’ texts, and catches up with what changed', async () => {
    const articles = [];
    for (let number = 0; number < 30; number++) {
      articles.push(await addArticle(`Статья ${number}\n\nЗаметка номер ${number} о городском бюджете.`, `${number}.txt`));
    }
    const unusual = await addArticle('Редкость\n\nВ Казани нашли метеорит.', 'rare.txt');
    const first = new TextIndex();
    expect((await first.search(db, 'метеорит')).hits.map((hit) => hit.articleId)).toEqual([unusual.id]);
    await first.flush(db);
    expect((await db.textIndexes.get('texts'))?.format).toBe(TEXT_INDEX_FORMAT);

    // A later start: an article added and one removed since the index was stored.
    const added = await addArticle('Новости\n\nЕщё один метеорит упал под Казанью.', 'new.txt');
    await db.transaction('rw', db.articles, db.articleTexts, async () => {
      await db.articles.delete(unusual.id);
      await db.articleTexts.delete(unusual.id);
    });
    const textsRead = vi.spyOn(db.articleTexts, 'bulkGet');
    const next = new TextIndex();
    const found = await next.search(db, 'метеорит');
    expect(found.hits.map((hit) => hit.articleId)).toEqual([added.id]);
    // The new article's text, to index it, and the hit's, to show where it is: not the other 30.
    expect(textsRead.mock.calls.flatMap(([keys]) => keys)).toEqual([added.id, added.id]);
    expect((await next.search(db, 'бюджет')).total).toBe(articles.length);
    textsRead.mockRestore();
  });

  it('a first build cut short keeps what it had indexed: the next start indexes only the rest', async () => {
    const texts = Array.from({ length: 450 }, (_, number) => ({
      articleId: `article-${number}`,
      text: `Заметка ${number}\n\nГородской бюджет, часть ${number}.`,
      blocks: [],
    }));
    await db.transaction('rw', db.articles, db.articleTexts, async () => {
      await db.articles.bulkPut(
        texts.map(({ articleId }) => ({
          id: articleId,
          title: `Заметка ${articleId}`,
          date: null,
          source: { fileName: `${articleId}.txt`, format: 'text' as const, encoding: 'utf-8', byteLength: 40 },
          addedAt: '2026-03-01T10:00:00.000Z',
          openedAt: '2026-03-01T10:00:00.000Z',
        })),
      );
      await db.articleTexts.bulkPut(texts);
    });
    // The window is closed while the third batch of texts is being read.
    const realBulkGet = db.articleTexts.bulkGet.bind(db.articleTexts);
    const reads = vi.spyOn(db.articleTexts, 'bulkGet');
    let batches = 0;
    reads.mockImplementation((keys) =>
      ++batches === 3
        ? realBulkGet([]).then(() => {
            throw new Error('closed');
          })
        : realBulkGet(keys),
    );
    const first = new TextIndex();
    await expect(first.catchUp(db)).rejects.toThrow('closed');
    await vi.waitFor(async () => expect((await db.textIndexes.get('texts'))?.articleIds).toHaveLength(400));
    const stored = new Set((await db.textIndexes.get('texts'))?.articleIds);

    reads.mockReset();
    reads.mockImplementation(realBulkGet);
    const next = new TextIndex();
    expect((await next.search(db, 'бюджет')).total).toBe(450);
    const [indexed] = reads.mock.calls[0] ?? [];
    expect(indexed).toHaveLength(50);
    expect(indexed?.filter((id) => stored.has(id))).toEqual([]);
    // And the index whose build failed catches up at its next search.
    expect((await first.search(db, 'бюджет')).total).toBe(450);
    await Promise.all([first.flush(db), next.flush(db)]);
    reads.mockRestore();
  });

  it('builds the index again from the texts when the stored one is of another format or damaged', async () => {
    const article = await addArticle('Погода\n\nВ Москве дожди.', 'weather.txt');
    for (const stored of [
      { name: 'texts' as const, format: TEXT_INDEX_FORMAT + 1, articleIds: [article.id], json: '{}' },
      { name: 'texts' as const, format: TEXT_INDEX_FORMAT, articleIds: [article.id], json: '{"not": "an index"' },
    ]) {
      await db.textIndexes.put(stored);
      expect((await new TextIndex().search(db, 'дождь')).hits.map((hit) => hit.articleId)).toEqual([article.id]);
    }
  });

  it('is not backed up: it is worked out from the texts', async () => {
    await addArticle('Погода\n\nВ Москве дожди.', 'weather.txt');
    const index = new TextIndex();
    await index.search(db, 'дождь');
    await index.flush(db);
    expect(await (await backUpLibrary(db, () => undefined)).text()).not.toContain('textIndexes');
  });
});
