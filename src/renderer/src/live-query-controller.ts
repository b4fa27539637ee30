// Keeps a Lit element in step with a Dexie liveQuery: the element re-renders whenever the query's result changes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subscription } from 'dexie';
import { liveQuery } from 'dexie';

export class LiveQueryController<T> implements ReactiveController {
  value: T | undefined;
  error: unknown;
  /** Whether the query has answered, with a value or an error, since it last (re)started. */
  settled = false;
  private subscription: Subscription | null = null;
  private lastDependencies: readonly unknown[] | null = null;

  /** `dependencies` names what the query reads from the element; the query restarts when one of them changes. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: () => Promise<T>,
    private readonly dependencies: () => readonly unknown[] = () => [],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.subscribe();
  }

  hostUpdate(): void {
    const next = this.dependencies();
    const changed = !this.lastDependencies || next.some((value, index) => value !== this.lastDependencies?.[index]);
    if (changed) this.subscribe();
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.lastDependencies = null;
  }

  private subscribe(): void {
    this.subscription?.unsubscribe();
    this.lastDependencies = this.dependencies();
    this.value = undefined;
    this.settled = false;
    this.subscription = liveQuery(this.query).subscribe({
      next: (value) => {
        this.value = value;
        this.error = undefined;
        this.settled = true;
        this.host.requestUpdate();
      },
      error: (error: unknown) => {
        this.error = error;
        this.settled = true;
        this.host.requestUpdate();
      },
    });
  }
}
