// The window's side of the sync worker: starts it with the desk's address and the editor's name and password, passes
// on what it says of the sync, and stops it.
import { msg } from '@lit/localize';
import type { NewsroomDB } from '../db/database';
import type { SyncStatus } from './desk-sync';
import type { CredentialCheck, DeskCredentials } from './desk-credentials';
import type { SyncMessage, SyncRequest } from './sync.worker';
import syncWorkerScript from './sync.worker.ts?worker&url';

/** A sync that runs until it is stopped. */
export interface DeskSyncHandle {
  /** Stops replicating; resolves once the worker has finished what it was writing. */
  stop(): Promise<void>;
}

/** However the worker fares, stopping does not wait for it longer than this. */
const STOP_WAIT_MS = 5000;

/**
 * A sync worker for the desk at `url`. Its script's address names the desk's origin, which its policy then lets it
 * connect to (app-protocol.ts); a different address is also a different script in the browser's cache, whose
 * policy is the one served with it.
 */
function deskWorker(url: string): Worker {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    origin = '';
  }
  return new Worker(`${syncWorkerScript}?desk=${encodeURIComponent(origin)}`, { type: 'module' });
}

/** Asks the desk's server whether it knows the name and password, from a worker allowed to reach it. */
export function checkDeskInWorker(desk: DeskCredentials): Promise<CredentialCheck> {
  const worker = deskWorker(desk.url);
  return new Promise<CredentialCheck>((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<SyncMessage>) => {
      if (event.data.kind === 'checked') resolve(event.data.check);
    });
    worker.addEventListener('error', () => resolve({ outcome: 'unreachable', detail: msg('the sync stopped unexpectedly') }));
    worker.postMessage({ kind: 'check', desk } satisfies SyncRequest);
  }).finally(() => worker.terminate());
}

export function syncInWorker(db: NewsroomDB, desk: DeskCredentials, onStatus: (status: SyncStatus) => void): DeskSyncHandle {
  const worker = deskWorker(desk.url);
  let stopped: (() => void) | null = null;
  worker.addEventListener('message', (event: MessageEvent<SyncMessage>) => {
    if (event.data.kind === 'status') onStatus(event.data.status);
    else if (event.data.kind === 'stopped') stopped?.();
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
