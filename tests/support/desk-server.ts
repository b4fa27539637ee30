// A CouchDB-compatible server for the desk's sync, in memory, in the test's own process: express-pouchdb, which is
// what `pouchdb-server --in-memory` runs behind its command line, with a server admin, the desk's database limited to
// the `desk` role by its security object, and CouchDB's own users. It can be stopped and started again on the same
// port with its data, as a desk's server going away and coming back.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import cors from 'cors';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';
import type { DeskDatabase } from '../../src/renderer/src/sync/pouchdb-api';

/** PouchDB with what a test's own replicas need: in memory, and replicating over HTTP. */
export const MemoryPouchDB = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication).plugin(mapreduce);

const ADMIN = { name: 'admin', password: 'admin-secret' };
export const DESK_ROLE = 'desk';

export interface DeskServer {
  /** The desk's database, e.g. `http://127.0.0.1:40123/politics-desk`. */
  url: string;
  /** The database in this process, to seed or read it without HTTP. */
  database: DeskDatabase;
  /** Adds a CouchDB user with the desk's role. */
  addEditor(name: string, password: string): Promise<void>;
  /** Closes the port and every open connection: the server is unreachable until `start`. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good. */
  close(): Promise<void>;
}

let servers = 0;

export async function startDeskServer(databaseName = 'politics-desk'): Promise<DeskServer> {
  // Each server its own prefix: memory databases of one name are shared by the whole process.
  const ServerPouchDB = MemoryPouchDB.defaults({ adapter: 'memory', prefix: `desk-server-${++servers}-` });
  const app = express();
  // CORS as a CouchDB is configured for the app's origin ([cors] in its local.ini): the window is of another origin.
  app.use(cors({ origin: true, credentials: true, allowedHeaders: ['accept', 'authorization', 'content-type', 'origin'] }));
  app.use('/', expressPouchDB(ServerPouchDB, { inMemoryConfig: true, mode: 'fullCouchDB', logPath: '/dev/null' }));
  let server: Server | null = null;
  const sockets = new Set<Socket>();
  let port = 0;
  const listen = (): Promise<void> =>
    new Promise((resolve) => {
      server = app.listen(port, '127.0.0.1', () => {
        const address = server?.address();
        if (address && typeof address === 'object') port = address.port;
        resolve();
      });
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
    });
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (!server) {
        resolve();
        return;
      }
      server.close(() => {
        resolve();
      });
      for (const socket of sockets) socket.destroy();
      server = null;
    });
  await listen();
  const base = `http://127.0.0.1:${port}`;
  const admin = { Authorization: `Basic ${btoa(`${ADMIN.name}:${ADMIN.password}`)}`, 'Content-Type': 'application/json' };
  const ask = async (path: string, method: string, body?: unknown, headers: Record<string, string> = admin): Promise<void> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  };
  await ask('/_config/admins/admin', 'PUT', ADMIN.password, {});
  await ask(`/${databaseName}`, 'PUT');
  await ask(`/${databaseName}/_security`, 'PUT', {
    admins: { names: [], roles: [] },
    members: { names: [], roles: [DESK_ROLE] },
  });
  return {
    url: `${base}/${databaseName}`,
    database: new ServerPouchDB(databaseName),
    addEditor: (name, password) =>
      ask(`/_users/org.couchdb.user:${name}`, 'PUT', { name, password, roles: [DESK_ROLE], type: 'user' }),
    stop,
    start: listen,
    close: stop,
  };
}
