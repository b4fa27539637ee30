// A story's versions in the native format: each article says its version and the one before it, the file passes the
// shipped schema, and importing it into another library rebuilds the story (listed once, versions linked). A set
// written before versions imports as it did.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TAGS, describeTextRange } from '../../src/shared/annotation';
import type { Annotation } from '../../src/shared/annotation';
import { buildArticle } from '../../src/shared/article/article-builder';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import { serializeNativeAnnotationSet } from '../../src/shared/formats/native-format';
import type { NativeAnnotationSet } from '../../src/shared/formats/native-format';
import { readNativeSet } from '../../src/shared/formats/native-import';
import { NewsroomDB } from '../../src/renderer/src/db/database';
import type { NewsroomDB as Library } from '../../src/renderer/src/db/database';
import { applyImport } from '../../src/renderer/src/db/import';
import { addOrReopenArticle, listLibraryArticles, readAnnotationSet } from '../../src/renderer/src/db/library';
import { addVersion } from '../../src/renderer/src/db/story-versions';
import { annotationSetSchemaErrors } from '../support/annotation-set-schema';
import { withFreshDatabase } from '../support/fresh-database';

const source = { fileName: 'story.txt', format: 'text', encoding: 'utf-8', byteLength: 100 } as const;
const first = buildArticle(parsePlainText('Заголовок\n\nАнна Ким приехала в Казань.', 'story.txt'), source);
const second = buildArticle(parsePlainText('Заголовок\n\nВчера Анна Ким приехала в Казань.', 'story.txt'), source);

let library: Library;
withFreshDatabase((fresh) => {
  library = fresh;
});

async function storyOfTwoVersions(db: Library): Promise<void> {
  const now = new Date('2026-02-01T10:00:00Z');
  await addOrReopenArticle(db, first, now);
  const start = first.text.indexOf('Анна Ким');
  const annotation: Annotation = {
    id: 'kim-1',
    articleId: first.id,
    tag: 'person',
    start,
    end: start + 'Анна Ким'.length,
    ...describeTextRange(first.text, start, start + 'Анна Ким'.length),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await db.annotations.add(annotation);
  await addVersion(db, first.id, second, now);
}

describe('a story’s versions exported and imported', () => {
  it('exports each version with its number and the one before it, as the schema describes', async () => {
    await storyOfTwoVersions(library);
    const json = serializeNativeAnnotationSet(await readAnnotationSet(library, 'all'), new Date('2026-02-02T00:00:00Z'));
    const set = JSON.parse(json) as NativeAnnotationSet;
    expect(annotationSetSchemaErrors(set)).toEqual([]);
    expect(set.articles.map(({ id, version, previousVersionId }) => ({ id, version, previousVersionId }))).toEqual([
      { id: first.id, version: 1, previousVersionId: null },
      { id: second.id, version: 2, previousVersionId: first.id },
    ]);
  });

  it('rebuilds the story in another library: listed once by its newest version, the versions linked', async () => {
    await storyOfTwoVersions(library);
    const json = serializeNativeAnnotationSet(await readAnnotationSet(library, 'all'), new Date('2026-02-02T00:00:00Z'));
    const other = new NewsroomDB(`${library.name}-other`);
    try {
      const read = readNativeSet(JSON.parse(json), DEFAULT_TAGS);
      if (!read.ok) throw new Error(read.error);
      await applyImport(other, read.value, new Date('2026-02-03T00:00:00Z'));
      expect((await listLibraryArticles(other)).map((entry) => [entry.id, entry.version])).toEqual([[second.id, 2]]);
      const records = await other.articles.bulkGet([first.id, second.id]);
      expect(
        records.map((record) => [record?.storyId, record?.version ?? 1, record?.previousVersionId, record?.newerVersionId]),
      ).toEqual([
        [first.id, 1, undefined, second.id],
        [first.id, 2, first.id, undefined],
      ]);
      expect(await other.annotations.where('articleId').equals(second.id).count()).toBe(1);
    } finally {
      await other.delete();
    }
  });

  it('imports a set written before versions as stories of one version each', async () => {
    await storyOfTwoVersions(library);
    const set = JSON.parse(
      serializeNativeAnnotationSet(await readAnnotationSet(library, 'all'), new Date('2026-02-02T00:00:00Z')),
    ) as NativeAnnotationSet;
    const older = {
      ...set,
      articles: set.articles.map(({ version: _version, previousVersionId: _previous, ...article }) => article),
    };
    expect(annotationSetSchemaErrors(older)).toEqual([]);
    const other = new NewsroomDB(`${library.name}-older`);
    try {
      const read = readNativeSet(older, DEFAULT_TAGS);
      if (!read.ok) throw new Error(read.error);
      await applyImport(other, read.value, new Date('2026-02-03T00:00:00Z'));
      expect(await listLibraryArticles(other)).toHaveLength(2);
    } finally {
      await other.delete();
    }
  });
});
