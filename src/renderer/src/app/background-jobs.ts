// The work the core hands off the window's thread: reading article files, the library's bulk jobs and search, and
// the suggestions. The window runs them in workers (workers/worker-jobs.ts); the core's tests run the same code in
// Node.
import type { Result } from '../../../shared/result';
import type { NewsroomDB } from '../db/database';
import type { ImportCounts } from '../db/import';
import type { ExportedFile, PreparedImport, TextSearchResult } from '../db/library-jobs';
import type { ExportDetail } from '../exporting/export-file';
import type { ParseArticle } from '../opening/article-from-file';
import type { Suggestion, SuggestionInput } from '../../../shared/suggestions/suggest';
import type { Article } from '../../../shared/article/article';
import type { AddedVersion } from '../db/story-versions';
import type { CredentialCheck, DeskCredentials } from '../sync/desk-credentials';
import type { SyncStatus } from '../sync/desk-sync';
import type { DeskSyncHandle } from '../sync/sync-in-worker';

export interface BackgroundJobs {
  parseArticle: ParseArticle;
  /** Gets the library's jobs ready while the editor has nothing else going on; its answer does not matter. */
  warmUp(db: NewsroomDB): Promise<void>;
  /** Reads and checks an annotation file; its `bytes` are handed over (the window's worker empties them). */
  prepareImport(db: NewsroomDB, fileName: string, bytes: Uint8Array): Promise<Result<PreparedImport>>;
  applyPreparedImport(db: NewsroomDB, token: number): Promise<Result<ImportCounts>>;
  discardPreparedImport(db: NewsroomDB, token: number): Promise<Result<null>>;
  exportArticles(db: NewsroomDB, articleIds: string[] | 'all', detail: ExportDetail): Promise<Result<ExportedFile>>;
  searchTexts(db: NewsroomDB, query: string): Promise<Result<TextSearchResult>>;
  /** What to propose tagging in an article (names, quotes, claims), with the morphological analyser. */
  suggest(input: SuggestionInput): Promise<Result<Suggestion[]>>;
  /** Stores an article as the next version of a story, the previous version's annotations carried over. */
  addVersion(db: NewsroomDB, previousId: string, article: Article, sourceBytes?: Uint8Array): Promise<Result<AddedVersion>>;
  /** Asks the desk's server whether it knows the editor's name and password. */
  checkDesk(desk: DeskCredentials): Promise<CredentialCheck>;
  /** Syncs the library with the desk until stopped, telling `onStatus` how it goes. */
  syncWithDesk(db: NewsroomDB, desk: DeskCredentials, onStatus: (status: SyncStatus) => void): DeskSyncHandle;
}
