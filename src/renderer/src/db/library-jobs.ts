// The library's bulk work: reading, checking and writing imports of any size, and building exports. The library
// worker runs it off the window's thread, on the same IndexedDB database as the window; the tests run it in Node.
import { msg } from '@lit/localize';
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';
import { parseImportFile } from '../../../shared/formats/import-file';
import type { ImportedSet } from '../../../shared/formats/native-import';
import { placeWebAnnotations } from '../../../shared/formats/web-annotation-import';
import type { ExportDetail } from '../exporting/export-file';
import type { ExportFile } from '../exporting/export-file';
import { exportFile } from '../exporting/export-file';
import { describeStorageError } from '../storage-errors';
import type { NewsroomDB } from './database';
import type { ImportCounts, ImportPreview, PlannedAnnotations } from './import';
import { applyImport, articlesForWebAnnotations, KnownAnnotationIds, planImport } from './import';
import { listTags, readAnnotationSet } from './library';
import type { AddedVersion } from './story-versions';
import { addVersion } from './story-versions';
import type { Article } from '../../../shared/article/article';
import type { TextHit } from './text-index';
import { TextIndex } from './text-index';

/** An import read and checked, kept until the editor confirms or cancels it. */
export interface PreparedImport {
  token: number;
  preview: ImportPreview;
  notPlaced: string[];
  /** The first article the import brings, to show when no article is open. */
  firstArticleId: string | null;
}

/** An export ready to save: its text as a Blob, which reaches the window from the worker without being copied. */
export interface ExportedFile extends Omit<ExportFile, 'contents'> {
  contents: Blob;
  articleCount: number;
}

export type LibraryJob =
  /** Opens the database ahead of the first real job, so that job does not wait for the worker to start. */
  | { kind: 'open-database' }
  | { kind: 'prepare-import'; fileName: string; bytes: Uint8Array }
  | { kind: 'apply-import'; token: number }
  | { kind: 'discard-import'; token: number }
  | { kind: 'export'; articleIds: string[] | 'all'; detail: ExportDetail }
  /** Builds the full-text index of the articles (or catches it up), ahead of the first search. */
  | { kind: 'index-texts' }
  | { kind: 'search-texts'; query: string }
  /** Stores an article as the next version of a story, its annotations carried over. */
  | { kind: 'add-version'; previousId: string; article: Article; sourceBytes?: Uint8Array };

/** What a full-text search answers: the first hits, and how many articles matched in all. */
export interface TextSearchResult {
  hits: TextHit[];
  total: number;
}

/** The job's result: PreparedImport, ImportCounts, null, ExportedFile, TextSearchResult or AddedVersion, by kind. */
export type LibraryJobResult = Result<PreparedImport | ImportCounts | ExportedFile | TextSearchResult | AddedVersion | null>;

/**
 * Runs library jobs, holding each prepared import until it is applied or discarded, and each library's full-text
 * index. Failures come back as messages.
 */
export class LibraryJobs {
  /** Each prepared import: the set, and what it does to the annotations as checked for its preview. */
  private readonly prepared = new Map<number, { set: ImportedSet; planned: PlannedAnnotations }>();
  private readonly textIndexes = new Map<string, TextIndex>();
  /** Each library's annotation ids as the last import read or wrote them, so the next need not read them again. */
  private readonly knownIds = new Map<string, KnownAnnotationIds>();
  private nextToken = 1;

  run(db: NewsroomDB, job: LibraryJob): Promise<LibraryJobResult> {
    switch (job.kind) {
      case 'open-database':
        return guarded(() => db.open().then(() => ok(null)));
      case 'prepare-import':
        return this.prepareImport(db, job.fileName, job.bytes);
      case 'apply-import':
        return this.applyPrepared(db, job.token);
      case 'discard-import':
        return this.discard(job.token);
      case 'export':
        return exportArticles(db, job.articleIds, job.detail);
      case 'index-texts':
        return guarded(() =>
          this.textIndex(db)
            .warmUp(db)
            .then(() => ok(null)),
        );
      case 'search-texts':
        return this.searchTexts(db, job.query);
      case 'add-version':
        return addVersionJob(db, job.previousId, job.article, job.sourceBytes);
    }
  }

  /** The articles whose title or text has every word of `query`, up to inflection. */
  searchTexts(db: NewsroomDB, query: string): Promise<Result<TextSearchResult>> {
    return guarded(async () => ok(await this.textIndex(db).search(db, query)));
  }

  private textIndex(db: NewsroomDB): TextIndex {
    let index = this.textIndexes.get(db.name);
    if (!index) this.textIndexes.set(db.name, (index = new TextIndex()));
    return index;
  }

  private knownIdsOf(db: NewsroomDB): KnownAnnotationIds {
    let known = this.knownIds.get(db.name);
    if (!known) this.knownIds.set(db.name, (known = new KnownAnnotationIds()));
    return known;
  }

  /** Reads and checks an import file and works out what importing it would change; nothing is written. */
  prepareImport(db: NewsroomDB, fileName: string, bytes: Uint8Array): Promise<Result<PreparedImport>> {
    return guarded(async () => {
      const now = new Date();
      const tags = await listTags(db);
      const parsed = parseImportFile(fileName, new TextDecoder('utf-8').decode(bytes), tags, now);
      if (!parsed.ok) return parsed;
      const set =
        parsed.value.kind === 'set'
          ? parsed.value.set
          : placeWebAnnotations(
              parsed.value.annotations,
              await articlesForWebAnnotations(db, parsed.value.annotations),
              tags,
              now,
            );
      if (set.annotations.length === 0 && set.articles.length === 0) {
        return err([msg('Nothing in it could be placed in the library:'), ...set.notPlaced.slice(0, 5)].join('\n'));
      }
      const token = this.nextToken++;
      const { preview, planned } = await planImport(db, set, this.knownIdsOf(db));
      this.prepared.set(token, { set, planned });
      return ok({
        token,
        preview,
        notPlaced: set.notPlaced,
        firstArticleId: set.articles[0]?.id ?? set.annotations[0]?.articleId ?? null,
      });
    });
  }

  /** Writes a prepared import in one transaction. */
  applyPrepared(db: NewsroomDB, token: number): Promise<Result<ImportCounts>> {
    const prepared = this.prepared.get(token);
    this.prepared.delete(token);
    if (!prepared) return Promise.resolve(err(msg('This import was already finished or cancelled')));
    return guarded(async () => ok(await applyImport(db, prepared.set, new Date(), prepared.planned, this.knownIdsOf(db))));
  }

  /** Forgets a prepared import the editor cancelled. */
  discard(token: number): Promise<Result<null>> {
    this.prepared.delete(token);
    return Promise.resolve(ok(null));
  }
}

/** Builds the text of an export of the given articles, or of all. */
export function exportArticles(
  db: NewsroomDB,
  articleIds: string[] | 'all',
  detail: ExportDetail,
): Promise<Result<ExportedFile>> {
  return guarded(async () => {
    const set = await readAnnotationSet(db, articleIds);
    const file = exportFile(set, detail, new Date());
    const type = file.extension.endsWith('.csv') ? 'text/csv' : 'application/json';
    return ok({ ...file, contents: new Blob([file.contents], { type }), articleCount: set.articles.length });
  });
}

/** Stores `article` as the version after `previousId`, its annotations carried over. */
export function addVersionJob(
  db: NewsroomDB,
  previousId: string,
  article: Article,
  sourceBytes?: Uint8Array,
): Promise<Result<AddedVersion>> {
  return guarded(async () => ok(await addVersion(db, previousId, article, new Date(), sourceBytes)));
}

/** `job`'s result, or the message of the database failure that stopped it. */
async function guarded<T>(job: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await job();
  } catch (error) {
    return err(describeStorageError(error));
  }
}
