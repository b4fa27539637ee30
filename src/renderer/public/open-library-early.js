// The page's first script, a few hundred bytes run before the window's modules are even compiled: it begins opening
// the library. After a reload IndexedDB reads the library's files from disk again to open it, about 35 ms for a
// year's library; begun here, that overlaps compiling and evaluating the app, and Dexie's own open later is quick.
// Only a library already in the newest layout is opened: a new or older one is left to Dexie, which creates or
// upgrades it with its progress shown (an open asking for an upgrade would queue Dexie's behind it, and hide that
// another window blocks the upgrade). The connection reads nothing, and gives way at once to any upgrade.
// A plain script, not a module of the build, so that nothing has to be compiled before it; the name and the layout
// are the library's own (database.ts), and tests/unit/library-db.test.ts checks that they still are.
(() => {
  const DATABASE_NAME = 'newsroom-annotator';
  /** Ten times the newest `version()` of NewsroomDB, as Dexie opens IndexedDB. */
  const INDEXEDDB_VERSION = 90;
  /** Long enough for the window to have opened its own connection; after that this one is only in the way. */
  const HOLD_MS = 10000;

  const open = () => {
    const request = indexedDB.open(DATABASE_NAME, INDEXEDDB_VERSION);
    request.onupgradeneeded = () => {
      // The library was deleted or upgraded in the meantime: aborting leaves it as it is, and the open fails.
      request.transaction.abort();
    };
    request.onerror = (event) => {
      event.preventDefault();
    };
    request.onsuccess = () => {
      const connection = request.result;
      connection.onversionchange = () => connection.close();
      setTimeout(() => connection.close(), HOLD_MS);
    };
  };

  indexedDB.databases().then(
    (databases) => {
      if (databases.some((database) => database.name === DATABASE_NAME && database.version === INDEXEDDB_VERSION)) open();
    },
    () => {},
  );
})();
