// One Dexie live query the core follows: its latest answer, and whether it has answered since it last started.
import type { Subscription } from 'dexie';
import { liveQuery } from 'dexie';

export class LiveValue<T> {
  value: T | undefined;
  error: unknown;
  /** Whether the query has answered, with a value or an error, since it last (re)started. */
  settled = false;
  private subscription: Subscription | null = null;

  /** `onChange` is told each time the query answers. */
  constructor(private readonly onChange: () => void) {}

  /** Follows `query` from now on, forgetting the last answer. */
  follow(query: () => Promise<T>): void {
    this.stop();
    this.value = undefined;
    this.settled = false;
    this.subscription = liveQuery(query).subscribe({
      next: (value) => {
        this.value = value;
        this.error = undefined;
        this.settled = true;
        this.onChange();
      },
      error: (error: unknown) => {
        this.error = error;
        this.settled = true;
        this.onChange();
      },
    });
  }

  /** Whether a query is followed (since `follow`, until `stop`). */
  get following(): boolean {
    return this.subscription !== null;
  }

  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
  }
}
