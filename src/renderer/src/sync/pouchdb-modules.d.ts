// PouchDB's packages as the app and its tests load them, typed by pouchdb-api.ts (see there why not DefinitelyTyped's).
type PouchDBPlugin = { readonly __pouchdbPlugin: unique symbol };

interface PouchDBConstructor {
  new (name: string, options?: Record<string, unknown>): import('./pouchdb-api').DeskDatabase;
  plugin(plugin: PouchDBPlugin): PouchDBConstructor;
  defaults(options: Record<string, unknown>): PouchDBConstructor;
}

declare module 'pouchdb-core' {
  const PouchDB: PouchDBConstructor;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: PouchDBPlugin;
  export default plugin;
}

declare module 'pouchdb-adapter-indexeddb' {
  const plugin: PouchDBPlugin;
  export default plugin;
}

declare module 'pouchdb-adapter-http' {
  const plugin: PouchDBPlugin;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: PouchDBPlugin;
  export default plugin;
}

declare module 'pouchdb-mapreduce' {
  const plugin: PouchDBPlugin;
  export default plugin;
}

declare module 'express-pouchdb' {
  /** An Express application serving CouchDB's HTTP API over databases made with `PouchDB`. */
  function expressPouchDB(
    PouchDB: PouchDBConstructor,
    options: { inMemoryConfig: boolean; mode: 'fullCouchDB' | 'minimumForPouchDB'; logPath?: string },
  ): import('express').Express;
  export default expressPouchDB;
}
