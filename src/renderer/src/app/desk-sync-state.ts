// The desk's sync as the editor sees it: whether the library is linked to a desk and syncing, how the sync is going,
// and the settings (the desk's address, the editor's name and password). The sync itself runs in a worker
// (BackgroundJobs.syncWithDesk); the password is kept by the host, never in the library.
import { msg, str } from '@lit/localize';
import type { NewsroomDB } from '../db/database';
import type { DeskLink } from '../db/sync-outbox';
import type { Host } from '../host/host';
import type { DeskCredentials } from '../sync/desk-credentials';
import { deskLink, linkLibrary } from '../sync/desk-link';
import type { SyncStatus } from '../sync/desk-sync';
import type { DeskSyncHandle } from '../sync/sync-in-worker';
import type { BackgroundJobs } from './background-jobs';
import { liveQuery } from 'dexie';
import type { Subscription } from 'dexie';

/** What the settings dialog is asked with: the link as it is, and what went wrong with the last answer. */
export interface DeskQuestion {
  url: string;
  userName: string;
  /** Whether the library syncs now: the dialog then offers to stop. */
  syncing: boolean;
  /** Why the last answer was not taken, in words for the editor; null the first time. */
  problem: string | null;
}

export type DeskAnswer = { action: 'sync'; desk: DeskCredentials } | { action: 'stop' };

/** The status bar's word for the sync: its state, or 'password' when the editor must give the password again. */
export type DeskSyncShown = SyncStatus | { state: 'password' };

export interface DeskSyncParts {
  db: NewsroomDB;
  host: Host;
  jobs: BackgroundJobs;
  askSettings: (question: DeskQuestion) => Promise<DeskAnswer | null>;
  announce: (message: string) => void;
}

export class DeskSyncState {
  /** The library's link to a desk; null for a library of one editor. */
  link: DeskLink | null = null;
  status: DeskSyncShown = { state: 'off' };
  /** Who of the desk last changed each of the open article's annotations, by annotation id (a linked library only). */
  authors: ReadonlyMap<string, string> = new Map();
  private handle: DeskSyncHandle | null = null;
  private articleId: string | null = null;
  private authorsFollowed: Subscription | null = null;

  constructor(
    private readonly parts: DeskSyncParts,
    private readonly changed: () => void,
  ) {}

  /** Resumes the sync of a linked library, with the password the host kept. */
  async start(): Promise<void> {
    this.link = await deskLink(this.parts.db);
    this.followAuthors();
    this.changed();
    if (!this.link?.enabled) return;
    const password = await this.parts.host.deskPassword(this.link.url, this.link.userName);
    if (password === null) {
      this.setStatus({ state: 'password' });
      return;
    }
    this.run({ url: this.link.url, userName: this.link.userName, password });
  }

  /** Shows the settings until the editor's answer is taken or they cancel. */
  async openSettings(): Promise<void> {
    let problem: string | null = null;
    // Asked again after a refusal, the dialog shows what the editor gave, not what the library had.
    let given = { url: this.link?.url ?? '', userName: this.link?.userName ?? '' };
    for (;;) {
      const answer = await this.parts.askSettings({ ...given, syncing: this.handle !== null, problem });
      if (!answer) return;
      if (answer.action === 'stop') {
        await this.stopSyncing();
        return;
      }
      given = { url: answer.desk.url, userName: answer.desk.userName };
      problem = await this.connect(answer.desk);
      if (problem === null) return;
    }
  }

  /**
   * Checks the name and password with the desk's server, then links the library and syncs. Returns why not, or null.
   * A refused password sends nothing; an unreachable server links all the same, and the sync starts once it answers.
   */
  async connect(desk: DeskCredentials): Promise<string | null> {
    const check = await this.parts.jobs.checkDesk(desk);
    if (check.outcome === 'refused') {
      return msg("The desk's server did not accept this name and password. Nothing was sent.");
    }
    if (check.outcome === 'unexpected') {
      return msg(str`This address did not answer as a CouchDB database does (${check.detail}). Nothing was sent.`);
    }
    await this.stopHandle();
    await linkLibrary(this.parts.db, { url: desk.url, userName: desk.userName, enabled: true });
    this.link = await deskLink(this.parts.db);
    this.followAuthors();
    const kept = await this.parts.host.saveDeskPassword(desk.url, desk.userName, desk.password);
    if (!kept.ok) this.parts.announce(msg(str`The password is kept until the app closes only: ${kept.error}`));
    this.run(desk);
    return null;
  }

  /** Stops syncing; changes wait in the outbox until the editor syncs again. */
  async stopSyncing(): Promise<void> {
    await this.stopHandle();
    if (this.link) {
      await linkLibrary(this.parts.db, { ...this.link, enabled: false });
      this.link = await deskLink(this.parts.db);
    }
    this.setStatus({ state: 'off' });
    this.parts.announce(msg('Sync with the desk stopped'));
  }

  /** The article shown now: whose annotations' authors the window may ask for. */
  followArticle(articleId: string | null): void {
    this.articleId = articleId;
    this.followAuthors();
  }

  /** Stops the worker, as the window closes. */
  stop(): void {
    this.authorsFollowed?.unsubscribe();
    void this.stopHandle();
  }

  /** Follows the open article's authors, once the library is linked: a library of one editor has none to read. */
  private followAuthors(): void {
    this.authorsFollowed?.unsubscribe();
    this.authorsFollowed = null;
    this.authors = new Map();
    const { articleId } = this;
    if (!this.link || articleId === null) return;
    this.authorsFollowed = liveQuery(() => this.parts.db.deskAuthors.where('articleId').equals(articleId).toArray()).subscribe({
      next: (rows) => {
        this.authors = new Map(rows.map((row) => [row.id, row.by]));
        this.changed();
      },
      // Who changed what is a courtesy: the window goes on without it.
      error: () => undefined,
    });
  }

  private run(desk: DeskCredentials): void {
    this.setStatus({ state: 'syncing' });
    this.handle = this.parts.jobs.syncWithDesk(this.parts.db, desk, (status) => {
      this.setStatus(status);
    });
  }

  private async stopHandle(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.stop();
  }

  private setStatus(status: DeskSyncShown): void {
    this.status = status;
    this.changed();
  }
}
