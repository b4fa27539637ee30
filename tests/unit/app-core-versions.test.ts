// A story edited after it was tagged, as the editor meets it: the edited copy opens as the story's new version (asked,
// or by their setting), its annotations follow, the library lists the story once, and what could not be placed is
// listed to place by hand or drop, each step undoable. Runs the core on a real library, the gold set's story.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleFile } from '../../src/shared/ipc';
import type { NewsroomDB } from '../../src/renderer/src/db/database';
import type { Harness } from '../support/app-core-harness';
import { openAndShow, tagFirst, withCoreOnFreshLibrary } from '../support/app-core-harness';
import { loadVersionGold } from '../support/version-gold';

const port = loadVersionGold().find((gold) => gold.name === 'port');
if (!port) throw new Error('The gold set has no port story');
const file = (text: string, fileName = 'port.txt'): ArticleFile => ({
  fileName,
  path: `/news/${fileName}`,
  bytes: new TextEncoder().encode(text),
});
const first = file(port.before.text);
const edited = file(port.after.text);

let db: NewsroomDB;
let app: Harness;
withCoreOnFreshLibrary((started, fresh) => {
  app = started;
  db = fresh;
});

const open = (...files: ArticleFile[]): Promise<void> => openAndShow(app, ...files);
const tag = (fragment: string, tagId: string): Promise<void> => tagFirst(app, fragment, tagId);

const quotes = async (): Promise<string[]> => (await app.stored()).map((annotation) => annotation.quote).sort();

describe('a new version of a story', () => {
  beforeEach(async () => {
    await open(first);
    await tag('Андрей Соколов', 'person');
    await tag('«Мы работали без выходных, и результат это показывает»', 'quote');
    await tag('«Спрос на перевозки растёт быстрее, чем мы успеваем строить»', 'quote');
    await tag('ожидают рост на десять процентов', 'claim');
    expect(await app.stored()).toHaveLength(4);
  });

  it('opens as the story’s version 2, asked first, with every annotation whose text survives in its new place', async () => {
    const firstId = app.core.article?.id;
    const title = app.core.article?.title ?? '';
    await open(edited);
    expect(app.dialogs.asked).toContain(`version of ${title}`);
    const article = app.core.article;
    expect(article?.id).not.toBe(firstId);
    expect(article?.version).toBe(2);
    expect(article?.previousVersionId).toBe(firstId);
    await app.until(() => app.core.library.versions.value?.length === 2, 'both versions listed');
    await app.until(() => app.core.libraryEntries?.[0]?.annotationCount === 3, 'the new version listed with its count');
    expect(app.core.libraryEntries).toHaveLength(1);
    expect(app.core.libraryEntries?.[0]).toMatchObject({ id: article?.id, version: 2 });
    const stored = await app.stored();
    expect(stored.map((annotation) => [annotation.quote, article?.text.slice(annotation.start, annotation.end)])).toEqual(
      stored.map((annotation) => [annotation.quote, annotation.quote]),
    );
    expect(await quotes()).toEqual(
      [
        'Андрей Соколов',
        '«Мы работали без выходных, и результат это показывает»',
        '«Спрос на перевозки растёт быстрее, чем верфи успевают строить»',
      ].sort(),
    );
    // The reworded quote is placed, and asks the editor; the claim whose sentence was cut is an orphan.
    const reworded = stored.find((annotation) => annotation.previousQuote !== undefined);
    expect(reworded?.previousQuote).toBe('«Спрос на перевозки растёт быстрее, чем мы успеваем строить»');
    await app.until(() => app.core.library.orphans.value?.length === 1, 'the orphan listed');
    expect(app.core.library.orphans.value?.[0]?.annotation.quote).toBe('ожидают рост на десять процентов');
    expect(app.core.notices.status).toBe(
      `Opened version 2 of ${article?.title ?? ''}: 3 annotations carried over, 1 changed, to confirm, 1 not placed (see Orphans)`,
    );
    // The first version keeps its own text and annotations.
    expect(
      await db.annotations
        .where('articleId')
        .equals(firstId ?? '')
        .count(),
    ).toBe(4);
  });

  it('opens as an article of its own when the editor says so, and not at all when they cancel', async () => {
    app.dialogs.versionAnswer = null;
    await app.core.workflows.openFiles({ files: [edited], problems: [] });
    expect(await db.articles.count()).toBe(1);
    app.dialogs.versionAnswer = { asVersion: false, always: false };
    await open(edited);
    await app.until(() => app.core.library.entries?.length === 2, 'two stories');
    expect(app.core.article?.version).toBeUndefined();
    expect(await app.stored()).toEqual([]);
  });

  it('asks no more once the editor said always', async () => {
    app.dialogs.versionAnswer = { asVersion: true, always: true };
    await open(edited);
    expect(app.core.article?.version).toBe(2);
    const asked = app.dialogs.asked.length;
    await open(file(`${port.after.text}\n\nДополнено: порт ответил на запрос редакции.`));
    expect(app.core.article?.version).toBe(3);
    expect(app.dialogs.asked).toHaveLength(asked);
    expect(await quotes()).toHaveLength(3);
  });

  it('places an orphan on the text the editor selects, drops another, confirms a change, and undoes each', async () => {
    await open(edited);
    await app.until(() => app.core.library.orphans.value?.length === 1, 'the orphan');
    const orphan = app.core.library.orphans.value?.[0];
    const text = app.core.article?.text ?? '';
    const at = text.indexOf('обработал 400 тысяч контейнеров');
    app.core.session.placeOrphan(orphan?.id ?? null);
    await app.core.versionCommands.placeOrphan({ start: at, end: at + 'обработал 400 тысяч контейнеров'.length });
    await app.until(() => app.core.library.orphans.value?.length === 0, 'the orphan placed');
    const placed = (await app.stored()).find((annotation) => annotation.quote === 'обработал 400 тысяч контейнеров');
    expect(placed?.tag).toBe('claim');
    expect(app.core.session.focusedId).toBe(placed?.id);

    await app.core.commands.step('undo');
    await app.until(() => app.core.library.orphans.value?.length === 1, 'the orphan back');
    expect(await quotes()).not.toContain('обработал 400 тысяч контейнеров');

    await app.core.versionCommands.dropOrphan(orphan?.id ?? '');
    await app.until(() => app.core.library.orphans.value?.length === 0, 'the orphan dropped');
    await app.core.commands.step('undo');
    await app.until(() => app.core.library.orphans.value?.length === 1, 'the dropped orphan back');

    const changed = (await app.stored()).find((annotation) => annotation.previousQuote !== undefined);
    await app.core.versionCommands.confirmChange(changed?.id ?? '');
    expect((await app.stored()).filter((annotation) => annotation.previousQuote !== undefined)).toEqual([]);
    await app.core.commands.step('undo');
    expect((await app.stored()).filter((annotation) => annotation.previousQuote !== undefined)).toHaveLength(1);
  });

  it('offers the new version when the shown article’s file changes on disk, and opens it when the editor asks', async () => {
    await app.until(() => app.host.watched === '/news/port.txt', 'the file watched');
    app.host.changeFile(edited);
    expect(app.core.notices.changedFile?.fileName).toBe('port.txt');
    expect(app.announcements.at(-1)).toBe('port.txt changed on disk');
    await app.core.workflows.openChangedFile();
    await app.until(() => app.core.article?.version === 2, 'version 2 shown');
    expect(app.core.notices.changedFile).toBeNull();
  });

  it('reopening the first version’s file opens that version, and the list still shows the story once', async () => {
    await open(edited);
    await open(first);
    expect(app.core.article?.version).toBeUndefined();
    await app.until(() => app.core.library.versions.value?.length === 2, 'the story’s versions');
    expect(app.core.library.versions.value?.map((version) => version.version ?? 1)).toEqual([1, 2]);
    await app.until(() => app.core.library.entries?.length === 1, 'one story');
  });
});
