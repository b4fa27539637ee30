import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // CI reads the totals from a JSON report; a person reads the default one.
    reporters: process.env.VITEST_JSON_OUTPUT_NAME ? ['default', 'json'] : ['default'],
    ...(process.env.VITEST_JSON_OUTPUT_NAME ? { outputFile: { json: process.env.VITEST_JSON_OUTPUT_NAME } } : {}),
    // pouchdb-replication 9 asks the source's info() after each batch without catching a failure; when a sync test
    // stops the desk's server (tests/support/desk-server.ts) in that moment, the lost request is left unhandled. The
    // replication itself retries, which is what the tests check; only that one request is ignored here.
    onUnhandledError: (error) =>
      error.name === 'FetchError' && /^request to http:\/\/127\.0\.0\.1:\d+\/politics-desk\/ failed/.test(error.message)
        ? false
        : undefined,
  },
});
