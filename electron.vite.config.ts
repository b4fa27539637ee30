import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: 'src/main/index.ts' },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot be an ES module, and it may require nothing but electron: bundle it as CJS.
      externalizeDeps: false,
      rollupOptions: {
        input: 'src/preload/index.ts',
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    resolve: {
      alias: [
        {
          // The Markdown parser's entity decoder has a "browser" build that needs `document`, which the parser
          // worker does not have; its plain build works everywhere.
          find: /^decode-named-character-reference$/,
          replacement: fileURLToPath(new URL('node_modules/decode-named-character-reference/index.js', import.meta.url)),
        },
      ],
    },
    build: {
      // Minified: the window's script is parsed on every start, and a year's library waits for it (about half the
      // 1.5 MB unminified bundle is names, comments and spaces).
      minify: true,
      rollupOptions: { input: 'src/renderer/index.html' },
    },
  },
});
