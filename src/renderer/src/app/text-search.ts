// The search of every article's text, as the window shows it: what the editor asked, and what the library worker
// answered. Only the answer to the latest question is kept: a slow answer to an older one is dropped.
import type { NewsroomDB } from '../db/database';
import type { TextSearchResult } from '../db/library-jobs';
import type { BackgroundJobs } from './background-jobs';

export class TextSearch {
  query = '';
  /** The answer to `query`; undefined while there is none (nothing asked, or still searching). */
  result: TextSearchResult | undefined;
  searching = false;
  /** Why the search failed, in words for the editor. */
  error: string | null = null;
  private asked = 0;

  constructor(
    private readonly db: NewsroomDB,
    private readonly jobs: BackgroundJobs,
    private readonly changed: () => void,
  ) {}

  async search(query: string): Promise<void> {
    const ask = ++this.asked;
    this.query = query;
    this.result = undefined;
    this.error = null;
    this.searching = query.trim() !== '';
    this.changed();
    if (!this.searching) return;
    const answer = await this.jobs.searchTexts(this.db, query);
    if (ask !== this.asked) return;
    this.searching = false;
    if (answer.ok) this.result = answer.value;
    else this.error = answer.error;
    this.changed();
  }
}
