import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/main/app-protocol';

/**
 * The page's first script (src/renderer/first-screen.js), put into the page itself: fetched as a file it waited a
 * request after every reload before it could start. The policy allows it by its hash (FIRST_SCREEN_SCRIPT_HASH).
 */
function inlineFirstScreen(): Plugin {
  const source = readFileSync(new URL('src/renderer/first-screen.js', import.meta.url), 'utf8');
  return {
    name: 'newsroom:inline-first-screen',
    // In the place index.html marks for it: after the page's charset, before the styles it would wait for.
    transformIndexHtml: (html) => html.replace('<!-- first-screen -->', () => `<script>${source}</script>`),
  };
}

export default defineConfig({
  main: {
    build: {
      // Built beside the app's main script, and left out of the packages: the web server of `npm run web` and the
      // browser tests (the same app:// handler), and `npm start`'s check that the Electron binary is there.
      rollupOptions: {
        input: {
          index: 'src/main/index.ts',
          'web-server': 'src/main/web-server.ts',
          'electron-download': 'src/main/electron-download.ts',
        },
      },
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
    plugins: [inlineFirstScreen()],
    // `npm run dev` serves the renderer from Vite, under the app's policy; Vite puts the CSS it hot-reloads in <style>
    // elements, which only the development server's policy allows.
    server: {
      headers: {
        'Content-Security-Policy': CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
      },
    },
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
      // The morphological dictionary is fetched by the suggestions' worker, which the policy lets fetch only the
      // app's own files: a small one inlined as a data: address would be refused.
      assetsInlineLimit: (file) => (file.includes('/az/dicts/') ? false : undefined),
      rollupOptions: { input: 'src/renderer/index.html' },
    },
  },
});
