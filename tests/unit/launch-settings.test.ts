// What a launch trusts: a packaged app ignores every override from the environment; development honours them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_URL } from '../../src/main/app-protocol';
import { launchSettings } from '../../src/main/launch-settings';
import { isAllowedNavigation } from '../../src/main/security';

const mainFolder = join('/', 'opt', 'newsroom', 'out', 'main');
const overrides = {
  ELECTRON_RENDERER_URL: 'http://localhost:5173/',
  NEWSROOM_ANNOTATOR_USER_DATA: '/tmp/other-profile',
  INIT_CWD: '/home/editor/articles',
};

describe('launch settings', () => {
  it('a packaged app loads app:// and honours no override from the environment', () => {
    const settings = launchSettings({
      isPackaged: true,
      env: overrides,
      argv: ['newsroom', 'a.txt'],
      cwd: '/home/editor',
      mainFolder,
    });
    expect(settings).toMatchObject({
      appUrl: APP_URL,
      isDevelopment: false,
      userDataFolder: null,
      launchDirectory: '/home/editor',
      leadingArgs: 1,
    });
  });

  it('an unpackaged app without a dev server loads app:// too, with the test profile and the typing folder', () => {
    const { ELECTRON_RENDERER_URL: _devServer, ...env } = overrides;
    const settings = launchSettings({ isPackaged: false, env, argv: [], cwd: '/src/newsroom', mainFolder });
    expect(settings).toMatchObject({
      appUrl: APP_URL,
      isDevelopment: false,
      userDataFolder: '/tmp/other-profile',
      launchDirectory: '/home/editor/articles',
      leadingArgs: 2,
      preloadPath: join(mainFolder, '..', 'preload', 'index.cjs'),
      rendererFolder: join(mainFolder, '..', 'renderer'),
    });
  });

  it('`npm run dev` loads the Vite server on this machine, and nothing else from the environment', () => {
    const dev = launchSettings({ isPackaged: false, env: overrides, argv: [], cwd: '/src', mainFolder });
    expect(dev).toMatchObject({ appUrl: 'http://localhost:5173/', isDevelopment: true });
    for (const elsewhere of ['https://example.org/', 'file:///tmp/evil.html', 'javascript:alert(1)', 'not a url']) {
      const settings = launchSettings({
        isPackaged: false,
        env: { ELECTRON_RENDERER_URL: elsewhere },
        argv: [],
        cwd: '/',
        mainFolder,
      });
      expect(settings.appUrl, elsewhere).toBe(APP_URL);
    }
  });
});

describe('navigation', () => {
  it('lets the page go only to the app’s page, and a subframe only to an empty document of its own', () => {
    expect(isAllowedNavigation(`${APP_URL}#article`, true, APP_URL)).toBe(true);
    expect(isAllowedNavigation('app://newsroom/assets/index.js', true, APP_URL)).toBe(false);
    expect(isAllowedNavigation('https://example.org/', true, APP_URL)).toBe(false);
    expect(isAllowedNavigation('about:blank', false, APP_URL)).toBe(true);
    expect(isAllowedNavigation('about:srcdoc', false, APP_URL)).toBe(true);
    for (const url of [APP_URL, 'https://example.org/', 'file:///etc/passwd', 'data:text/html,<p>x</p>']) {
      expect(isAllowedNavigation(url, false, APP_URL), url).toBe(false);
    }
  });
});
