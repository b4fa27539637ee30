import { defineConfig } from '@playwright/test';
import type { AppFixtureOptions } from './e2e/app-fixture';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/runtimes';

const port = 4173;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig<AppFixtureOptions>({
  testDir: 'e2e',
  outputDir: '../test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  forbidOnly: true,
  globalSetup: './e2e/global-setup.ts',
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: { baseURL, trace: 'retain-on-failure', viewport: { width: 1360, height: 900 } },
  // The built renderer as `npm run build` leaves it, served by the app:// handler (`npm run web`'s server): the
  // browser gets the same files, MIME types and Content-Security-Policy as Electron's window.
  webServer: {
    command: `node out/main/web-server.js --port ${port}`,
    cwd: '..',
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'chromium',
      use: { runtime: 'browser', browserName: 'chromium', launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } },
      // The shell's own checks need Electron, the bridge's its main process in Node; the browser host has neither.
      testIgnore: /(electron-shell|desktop-bridge)\.spec\.ts/,
    },
    {
      // The renderer in Chromium, its window.newsroom bound to the real main-process code in Node; only Electron's
      // native parts (app, dialogs, BrowserWindow, ipcMain) are fakes. It runs the specs whose steps go through the
      // host: files opened, read, imported and written by main, its refusals, the app:// origin, the desk's password.
      // The window's own behaviour is the same page as in the chromium project, and is tested there once.
      name: 'desktop-bridge',
      use: { runtime: 'bridge', browserName: 'chromium', launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } },
      testMatch: /(desktop-bridge|open-formats|import-formats|export-formats|data-safety|app-origin|desk-sync)\.spec\.ts/,
    },
    { name: 'electron', use: { runtime: 'electron' }, testIgnore: /desktop-bridge\.spec\.ts/ },
  ],
});
