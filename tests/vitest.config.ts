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
  },
});
