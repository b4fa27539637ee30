// The sync worker: checks the editor's name and password with the desk's server, keeps the library's mirror (PouchDB
// over IndexedDB) and replicates it with the desk's CouchDB database, off the window's thread. It is the one part of
// the app whose policy lets it connect to the desk's server (its script's address names it: app-protocol.ts). It
// opens the same library as the window; Dexie tells the window of every row it merges, and the window tells it,
// through the outbox, of every row written there.
import PouchDBCore from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import indexedDBAdapter from 'pouchdb-adapter-indexeddb';
import replication from 'pouchdb-replication';
import { NewsroomDB } from '../db/database';
import type { CredentialCheck, DeskCredentials } from './desk-credentials';
import { checkCredentials } from './desk-credentials';
import { DeskSync } from './desk-sync';
import type { SyncStatus } from './desk-sync';

export type SyncRequest =
  { kind: 'check'; desk: DeskCredentials } | { kind: 'start'; databaseName: string; desk: DeskCredentials } | { kind: 'stop' };

export type SyncMessage =
  { kind: 'checked'; check: CredentialCheck } | { kind: 'status'; status: SyncStatus } | { kind: 'stopped' };

/**
 * PouchDB with the adapters the sync uses: IndexedDB through PouchDB's newer adapter (one object store; a desk's first
 * 100,000 annotations came in 15 % sooner than through pouchdb-browser's idb, with shorter pauses of the window), HTTP,
 * and replication.
 */
const PouchDB = PouchDBCore.plugin(indexedDBAdapter).plugin(httpAdapter).plugin(replication);

let running: { sync: DeskSync; db: NewsroomDB } | null = null;

/** The mirror's name: one per library and desk, so that a library linked to another desk starts a mirror afresh. */
function mirrorName(databaseName: string, url: string): string {
  return `${databaseName}-desk-${encodeURIComponent(url)}`;
}

async function start(databaseName: string, desk: DeskCredentials): Promise<void> {
  const db = new NewsroomDB(databaseName);
  const local = new PouchDB(mirrorName(databaseName, desk.url), { adapter: 'indexeddb', auto_compaction: true });
  const remote = new PouchDB(desk.url, { auth: { username: desk.userName, password: desk.password }, skip_setup: true });
  const sync = new DeskSync({
    db,
    local,
    remote,
    userName: desk.userName,
    onStatus: (status) => self.postMessage({ kind: 'status', status } satisfies SyncMessage),
  });
  running = { sync, db };
  await sync.start();
}

// pouchdb-replication 9 asks the server's info() after each batch without waiting for or catching the answer; when the
// server goes away in that moment, the lost request is left unhandled. The replication retries on its own (and the
// status says offline): that one failure is no crash.
self.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
  if (event.reason instanceof TypeError && /fetch|network/i.test(event.reason.message)) event.preventDefault();
});

self.addEventListener('message', (event: MessageEvent<SyncRequest>) => {
  const request = event.data;
  if (request.kind === 'check') {
    const { url, userName, password } = request.desk;
    void checkCredentials(url, userName, password).then((check) =>
      self.postMessage({ kind: 'checked', check } satisfies SyncMessage),
    );
    return;
  }
  if (request.kind === 'start') {
    void start(request.databaseName, request.desk).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      self.postMessage({ kind: 'status', status: { state: 'error', problem: 'failed', detail } } satisfies SyncMessage);
    });
    return;
  }
  const stopping = running;
  running = null;
  void (async () => {
    await stopping?.sync.stop();
    stopping?.db.close();
    self.postMessage({ kind: 'stopped' } satisfies SyncMessage);
  })();
});
