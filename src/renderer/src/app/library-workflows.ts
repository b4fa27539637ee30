// The library's jobs as an editor starts them: open files, read one again in another encoding, export, back up,
// restore, import. Each asks the editor what it needs through the window's dialogs and ends in a notice.
import type { ArticleFile, OpenedFiles } from '../../../shared/ipc';
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';
import type { NewsroomDB, StoredTag } from '../db/database';
import type { ImportPreview } from '../db/import';
import type { LibraryEntry } from '../db/library';
import { addOrReopenArticle } from '../db/library';
import type { ExportDetail } from '../exporting/export-file';
import type { Host } from '../host/host';
import { articleFromFile } from '../opening/article-from-file';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../../shared/i18n/formatting';
import { annotationCountLabel, articlesLabel } from '../count-labels';
import { describeStorageError } from '../storage-errors';
import type { AnnotationCommands } from './annotation-commands';
import type { AnnotationStore } from './annotation-store';
import type { BackgroundJobs } from './background-jobs';
import type { SaveTagsDetail } from './intents';
import type { LibraryState } from './library-state';
import type { VersionAnswer, VersionQuestion } from './new-versions';
import { describeAddedVersion, NewVersions } from './new-versions';
import type { Notices } from './notices';
import type { Preferences } from './preferences';
import type { Session } from './session';

/** What the workflows ask the editor; the window answers with its dialogs, null or false when cancelled. */
import type { DeskAnswer, DeskQuestion } from './desk-sync-state';

export interface AppDialogs {
  chooseEncoding(bytes: Uint8Array): Promise<string | null>;
  chooseExport(library: readonly LibraryEntry[], currentId: string | null): Promise<ExportDetail | null>;
  confirm(heading: string, message: string, confirmLabel: string): Promise<boolean>;
  confirmImport(fileName: string, preview: ImportPreview, notPlaced: readonly string[]): Promise<boolean>;
  editTags(tags: readonly StoredTag[], usage: ReadonlyMap<string, number>): Promise<SaveTagsDetail | null>;
  /** Whether a file that is an edited copy of a story opens as its new version; null when the editor cancels. */
  chooseVersion(question: VersionQuestion): Promise<VersionAnswer | null>;
  /** The desk's sync settings: sync with the desk given, stop syncing, or null when the editor cancels. */
  deskSettings(question: DeskQuestion): Promise<DeskAnswer | null>;
}

/** An article a file was opened as. */
interface OpenedArticle {
  id: string;
  title: string;
}

export interface WorkflowParts {
  db: NewsroomDB;
  host: Host;
  jobs: BackgroundJobs;
  dialogs: AppDialogs;
  session: Session;
  store: AnnotationStore;
  library: LibraryState;
  commands: AnnotationCommands;
  notices: Notices;
  preferences: Preferences;
}

export class LibraryWorkflows {
  private readonly versions: NewVersions;

  constructor(private readonly parts: WorkflowParts) {
    const { db, jobs, preferences, dialogs } = parts;
    this.versions = new NewVersions({ db, jobs, preferences, chooseVersion: (question) => dialogs.chooseVersion(question) });
  }

  /** Lets the editor choose article files, then opens them. */
  async pickAndOpen(): Promise<void> {
    const opened = await this.parts.host.pickArticleFiles();
    if (opened) await this.openFiles(opened);
  }

  /** Opens article files: the good ones enter the library and the last of them is shown; the bad ones are listed. */
  async openFiles(opened: OpenedFiles): Promise<void> {
    const { notices, session } = this.parts;
    const problems = opened.problems.map((problem) => problem.message);
    let lastOpened: OpenedArticle | null = null;
    let openedCount = 0;
    let versionOpened = '';
    for (const file of opened.files) {
      notices.setStatus(msg(str`Opening ${file.fileName}…`));
      const result = await this.addFile(file, null, true);
      if (!result.ok) {
        problems.push(result.error);
      } else if (result.value !== null) {
        lastOpened = result.value.article;
        versionOpened = result.value.version ?? '';
        openedCount++;
      }
    }
    notices.setStatus(openedCount === 1 ? versionOpened : '');
    if (problems.length > 0) notices.report(msg('Some files could not be opened'), problems);
    else if (notices.problems) notices.dismiss();
    if (lastOpened) {
      session.showArticle(lastOpened.id);
      const { title } = lastOpened;
      const articles = articlesLabel(openedCount);
      notices.announce(openedCount === 1 ? versionOpened || msg(str`Opened ${title}`) : msg(str`Opened ${articles}`));
    }
  }

  /** Opens the open article's file as it is on disk now that it changed: as the story's new version, if the editor agrees. */
  async openChangedFile(): Promise<void> {
    const file = this.parts.notices.changedFile;
    if (!file) return;
    this.parts.notices.offerChangedFile(null);
    await this.openFiles({ files: [file], problems: [] });
  }

  /** Asks for another encoding of the open article's file and reads it again with it: a new article. */
  async reopenWithEncoding(): Promise<void> {
    const { db, library, notices, session, dialogs } = this.parts;
    const article = library.article.value;
    const source = article ? await db.sourceFiles.get(article.id) : undefined;
    if (!article || !source) return;
    const encoding = await dialogs.chooseEncoding(source.bytes);
    if (encoding === null) return;
    const result = await this.addFile(
      { fileName: source.fileName, path: article.source.path ?? '', bytes: source.bytes },
      encoding,
      false,
    );
    if (!result.ok) {
      notices.report(msg('The file could not be read again'), [result.error]);
      return;
    }
    if (result.value === null) return;
    session.showArticle(result.value.article.id);
    notices.announce(msg(str`Reopened ${source.fileName} as a new article`));
  }

  /** Shows the tag editor and saves what the editor saved there. */
  async editTags(): Promise<void> {
    const { tags, usage } = await this.parts.commands.tagsWithUsage();
    const saved = await this.parts.dialogs.editTags(tags, usage);
    if (saved) await this.parts.commands.saveTags(saved, tags);
  }

  /** Asks what to export, builds it and lets the editor save it. */
  async export(): Promise<void> {
    const { db, host, jobs, library, notices, dialogs } = this.parts;
    const entries = library.entries;
    if (!entries?.length) return;
    const detail = await dialogs.chooseExport(entries, library.article.value?.id ?? null);
    if (!detail) return;
    const article = library.article.value;
    const { scope } = detail;
    try {
      const articleIds: string[] | 'all' =
        scope === 'all' ? 'all' : scope === 'selected' ? detail.articleIds : article ? [article.id] : 'all';
      notices.setStatus(msg('Preparing the export…'));
      const exported = await jobs.exportArticles(db, articleIds, detail);
      notices.setStatus('');
      if (!exported.ok) throw new Error(exported.error);
      const file = exported.value;
      const baseName =
        scope === 'article' && article
          ? `${article.source.fileName.replace(/\.[^.]+$/, '')}.annotations`
          : `newsroom-annotations-${new Date().toISOString().slice(0, 10)}`;
      const result = await host.saveFile(`${baseName}${file.extension}`, file.contents);
      if (!result.ok) {
        notices.report(msg('The export was not saved'), [result.error]);
      } else if (result.value !== null) {
        const articles = articlesLabel(file.articleCount);
        const reviews = formatNumber(file.count);
        const what = detail.format === 'claimreview' ? msg(str`${reviews} claim reviews`) : annotationCountLabel(file.count);
        const path = result.value;
        notices.setStatus(msg(str`Exported ${what} from ${articles} to ${path}`));
        notices.announce(notices.status);
      }
    } catch (error) {
      notices.report(msg('The export failed'), [describeStorageError(error)]);
    }
  }

  async backUp(): Promise<void> {
    const { db, host } = this.parts;
    await this.withProgress(msg('Backing up the library…'), msg('The backup failed'), async (onProgress) => {
      const { backUpLibrary } = await import('../db/backup');
      const backup = await backUpLibrary(db, onProgress);
      const result = await host.saveFile(`newsroom-library-${new Date().toISOString().slice(0, 10)}.json`, backup);
      if (!result.ok) throw new Error(result.error);
      const path = result.value;
      return path === null ? '' : msg(str`Library backed up to ${path}`);
    });
  }

  /** Replaces the whole library with a backup, after the editor confirms; a failure leaves the library as it was. */
  async restore(): Promise<void> {
    const { db, dialogs, session, store } = this.parts;
    const file = await this.pickJsonFile(msg('Nothing was restored'));
    if (!file) return;
    const confirmed = await dialogs.confirm(
      msg(str`Restore ${file.fileName}?`),
      msg(
        'Every article, annotation, entity and tag in the library now is replaced by the backup. This cannot be undone; back up first if you may want them.',
      ),
      msg('Replace the library'),
    );
    if (!confirmed) return;
    await this.withProgress(
      msg('Restoring the library…'),
      msg(str`${file.fileName} was not restored; the library is as it was`),
      async (onProgress) => {
        const { restoreLibrary } = await import('../db/backup');
        await restoreLibrary(db, new TextDecoder().decode(file.bytes), onProgress);
        store.clearHistories();
        session.focus(null);
        return msg(str`Library restored from ${file.fileName}`);
      },
    );
  }

  /** Lets the editor choose an annotation file, then imports it. */
  async pickAndImport(): Promise<void> {
    const file = await this.pickJsonFile(msg('Nothing was imported'));
    if (file) await this.importFile(file);
  }

  /**
   * Reads and checks an annotation file, shows what importing it would change, and writes it once the editor
   * confirms; nothing is written before.
   */
  async importFile(file: ArticleFile): Promise<void> {
    const { db, jobs, notices, session, dialogs } = this.parts;
    notices.setStatus(msg(str`Reading ${file.fileName}…`));
    const prepared = await jobs.prepareImport(db, file.fileName, file.bytes);
    notices.setStatus('');
    if (!prepared.ok) {
      notices.report(msg(str`${file.fileName} was not imported`), prepared.error.split('\n'));
      return;
    }
    if (notices.problems) notices.dismiss();
    const { token, preview, notPlaced, firstArticleId } = prepared.value;
    if (!(await dialogs.confirmImport(file.fileName, preview, notPlaced))) {
      await jobs.discardPreparedImport(db, token);
      return;
    }
    notices.setStatus(msg(str`Importing ${file.fileName}…`));
    const applied = await jobs.applyPreparedImport(db, token);
    if (!applied.ok) {
      notices.setStatus('');
      notices.report(msg(str`${file.fileName} was not imported; the library is as it was`), [applied.error]);
      return;
    }
    const [added, updated, unchanged, skipped] = [
      applied.value.added,
      applied.value.updated,
      applied.value.unchanged,
      applied.value.skipped,
    ].map(formatNumber);
    notices.setStatus(
      msg(
        str`Imported ${file.fileName}: ${added} added, ${updated} updated, ${unchanged} unchanged, ${skipped} kept as they were`,
      ),
    );
    notices.announce(notices.status);
    if (!session.articleId && firstArticleId) session.showArticle(firstArticleId);
  }

  /** Reads one file (with the given encoding, or a detected one) and adds it to the library with its bytes. */
  /**
   * Reads a file into the library: the same text reopens its article; with `versions`, an edited copy of a story
   * becomes its next version, as the editor chooses. Null when the editor cancelled; `version` says what was carried.
   */
  private async addFile(
    file: ArticleFile,
    encoding: string | null,
    versions: boolean,
  ): Promise<Result<{ article: OpenedArticle; version?: string } | null>> {
    const result = await articleFromFile(file, encoding, this.parts.jobs.parseArticle);
    if (!result.ok) return result;
    const article = result.value;
    // Word documents have no text encoding to choose again, so their bytes are not kept.
    const bytes = article.source.format !== 'docx' ? file.bytes : undefined;
    try {
      const previous = versions ? await this.versions.previousVersionOf(article) : null;
      const asVersion = previous ? await this.versions.asVersion(file.fileName, previous) : false;
      if (asVersion === null) return ok(null);
      if (previous && asVersion) {
        const added = await this.versions.add(previous, article, bytes);
        if (!added.ok) return added;
        const { articleId: id, title } = added.value;
        return ok({ article: { id, title }, version: describeAddedVersion(added.value) });
      }
      const stored = await addOrReopenArticle(this.parts.db, article, new Date(), bytes);
      return ok({ article: { id: stored.id, title: stored.title } });
    } catch (error) {
      const reason = describeStorageError(error);
      return err(msg(str`${file.fileName}: it could not be saved in the library (${reason})`));
    }
  }

  /** Lets the editor choose an annotation set or backup; a file that cannot be read is reported under `failureHeading`. */
  private async pickJsonFile(failureHeading: string): Promise<ArticleFile | null> {
    const picked = await this.parts.host.pickImportFile();
    if (picked === null) return null;
    if (!picked.ok) {
      this.parts.notices.report(failureHeading, [picked.error]);
      return null;
    }
    return picked.value;
  }

  /**
   * Runs a long library job with a progress bar and a status line; `task` returns the status to show when it is
   * done, and a failure is reported under `failureHeading`.
   */
  private async withProgress(
    status: string,
    failureHeading: string,
    task: (onProgress: (done: number) => void) => Promise<string>,
  ): Promise<void> {
    const { notices } = this.parts;
    notices.setProgress(0);
    notices.setStatus(status);
    try {
      notices.setStatus(await task((done) => notices.setProgress(done)));
      if (notices.status) notices.announce(notices.status);
    } catch (error) {
      notices.report(failureHeading, describeStorageError(error).split('\n'));
      notices.setStatus('');
    } finally {
      notices.setProgress(null);
    }
  }
}
