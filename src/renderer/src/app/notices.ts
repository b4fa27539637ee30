// What the window tells the editor besides the article: problems to read, why the library is not open, the status
// line, a long job's progress, the open article's file changed on disk, and announcements for screen readers.
import type { ArticleFile } from '../../../shared/ipc';

export interface Notice {
  heading: string;
  messages: string[];
}

export class Notices {
  /** The last problem, shown until dismissed or replaced. */
  problems: Notice | null = null;
  /** Why the library is not open, while it is not: waiting for another window, or a failed upgrade. */
  library: Notice | null = null;
  status = '';
  /** Share done of a long job, shown as a progress bar; null when none runs. */
  progress: number | null = null;
  /** The open article's file as it is on disk now that it changed, offered to open as the story's new version. */
  changedFile: ArticleFile | null = null;
  private readonly listeners = new Set<(message: string) => void>();

  constructor(private readonly changed: () => void) {}

  report(heading: string, messages: string[]): void {
    this.problems = { heading, messages };
    this.changed();
  }

  dismiss(): void {
    this.problems = null;
    this.changed();
  }

  setLibraryNotice(notice: Notice | null): void {
    this.library = notice;
    this.changed();
  }

  setStatus(status: string): void {
    this.status = status;
    this.changed();
  }

  offerChangedFile(file: ArticleFile | null): void {
    this.changedFile = file;
    this.changed();
  }

  setProgress(progress: number | null): void {
    this.progress = progress;
    this.changed();
  }

  /** Says `message` to whoever listens (the window's live region), once. */
  announce(message: string): void {
    for (const listener of this.listeners) listener(message);
  }

  onAnnouncement(listener: (message: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
