// The window's side of the sync worker: starts it with the desk's address and the editor's name and password, passes
// on what it says of the sync, and stops it.
import { msg } from '@lit/localize';
import type { NewsroomDB } from '../db/database';
import type { SyncStatus } from './desk-sync';
import type { DeskCredentials } from './desk-credentials';
import type { SyncMessage, SyncRequest } from './sync.worker';

/** A sync that runs until it is stopped. */
export interface DeskSyncHandle {
  /** Stops replicating; resolves once the worker has finished what it was writing. */
  stop(): Promise<void>;
}

/** However the worker fares, stopping does not wait for it longer than this. */
const STOP_WAIT_MS = 5000;

export function syncInWorker(db: NewsroomDB, desk: DeskCredentials, onStatus: (status: SyncStatus) => void): DeskSyncHandle {
  const worker = new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module' });
  let stopped: (() => void) | null = null;
  worker.addEventListener('message', (event: MessageEvent<SyncMessage>) => {
    if (event.data.kind === 'status') onStatus(event.data.status);
    else stopped?.();
  });
  worker.addEventListener('error', () =>
    onStatus({ state: 'error', problem: 'failed', detail: msg('the sync stopped unexpectedly') }),
  );
  const send = (request: SyncRequest): void => worker.postMessage(request);
  send({ kind: 'start', databaseName: db.name, desk });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          worker.terminate();
          resolve();
        };
        const timer = setTimeout(done, STOP_WAIT_MS);
        stopped = done;
        send({ kind: 'stop' });
      }),
  };
}
