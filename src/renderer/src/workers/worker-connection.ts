// One worker and the requests waiting on it: each request gets its answer, or a failure when the worker dies or
// takes too long, in which case the worker is replaced for the next request.
import type { InterfaceLanguage } from '../../../shared/i18n/localization';
import { interfaceLanguage } from '../../../shared/i18n/localization';
import { msg, str } from '@lit/localize';

/** What every request and answer carries, so that answers find their requests. */
export interface Numbered {
  id: number;
}

/** What every request carries besides: the interface's language, for any message the worker writes. */
export interface InLanguage {
  language: InterfaceLanguage;
}

interface Pending<Response> {
  settle: (response: Response) => void;
  fail: (problem: string) => void;
}

export class WorkerConnection<Request extends Numbered, Response extends Numbered> {
  private _worker: Worker | null = null;
  private _nextId = 1;
  private readonly _pending = new Map<number, Pending<Response>>();

  /**
   * `create` starts the worker; `failure` is the answer given to a request the worker could not finish, with a
   * sentence saying why.
   */
  constructor(
    private readonly _create: () => Worker,
    private readonly _failure: (id: number, problem: string) => Response,
  ) {}

  /**
   * Sends the request `build` makes with its id, moving `transfer` to the worker, and waits for the answer. With
   * a time limit, a worker still busy after it is stopped: a hostile file cannot be interrupted otherwise.
   */
  send(build: (id: number) => Request, transfer: Transferable[], timeLimitMs: number | null): Promise<Response> {
    const worker = this._ensureWorker();
    const message: Request & InLanguage = { ...build(this._nextId++), language: interfaceLanguage() };
    return new Promise((resolve) => {
      const timer =
        timeLimitMs === null
          ? undefined
          : setTimeout(() => {
              this._stop(worker, msg(str`reading it took longer than ${timeLimitMs / 1000} seconds; the file may be damaged`));
            }, timeLimitMs);
      this._pending.set(message.id, {
        settle: (response) => {
          clearTimeout(timer);
          resolve(response);
        },
        fail: (problem) => {
          clearTimeout(timer);
          resolve(this._failure(message.id, problem));
        },
      });
      worker.postMessage(message, transfer);
    });
  }

  private _ensureWorker(): Worker {
    if (this._worker) return this._worker;
    const created = this._create();
    created.addEventListener('message', (event: MessageEvent<Response>) => {
      this._pending.get(event.data.id)?.settle(event.data);
      this._pending.delete(event.data.id);
    });
    created.addEventListener('error', () => this._stop(created, msg('the reader stopped unexpectedly while reading it')));
    this._worker = created;
    return created;
  }

  private _stop(worker: Worker, problem: string): void {
    worker.terminate();
    if (this._worker === worker) this._worker = null;
    for (const { fail } of this._pending.values()) fail(problem);
    this._pending.clear();
  }
}
