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
    build: {
      rollupOptions: { input: 'src/renderer/index.html' },
    },
  },
});
