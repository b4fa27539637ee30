// What the launch decides: the page the window loads (the only sender IPC trusts), where the user's paths start, and
// the overrides that development and the tests use. A packaged app honours none of them: an environment variable
// must not make another page, or another profile, the app's.
import { join } from 'node:path';
import { APP_URL } from './app-protocol';

export interface LaunchSettings {
  /** The page the window loads and the only page whose IPC calls are answered. */
  appUrl: string;
  /** The Vite dev server's page, with its developer menu. */
  isDevelopment: boolean;
  /** A separate profile (tests, a second newsroom desk): its own database and its own single-instance lock. */
  userDataFolder: string | null;
  /** Where relative paths on the command line start: `npm start` runs in the project folder, INIT_CWD is where the editor typed it. */
  launchDirectory: string;
  /** Entries of the command line before the user's own: the executable, plus the app folder when run as `electron .`. */
  leadingArgs: number;
  argv: readonly string[];
  preloadPath: string;
  /** The built renderer that app:// serves. */
  rendererFolder: string;
}

export interface LaunchFacts {
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
  argv: readonly string[];
  cwd: string;
  /** The folder of the built main script (out/main). */
  mainFolder: string;
}

/** A development server's page: http(s) on this machine only. */
function developmentUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return (url.protocol === 'http:' || url.protocol === 'https:') && local ? url.href : null;
  } catch {
    return null;
  }
}

export function launchSettings(facts: LaunchFacts): LaunchSettings {
  const { isPackaged, env, argv, cwd, mainFolder } = facts;
  const devServer = isPackaged ? null : developmentUrl(env.ELECTRON_RENDERER_URL);
  return {
    appUrl: devServer ?? APP_URL,
    isDevelopment: devServer !== null,
    userDataFolder: isPackaged ? null : (env.NEWSROOM_ANNOTATOR_USER_DATA ?? null) || null,
    launchDirectory: isPackaged ? cwd : (env.INIT_CWD ?? cwd),
    leadingArgs: isPackaged ? 1 : 2,
    argv,
    preloadPath: join(mainFolder, '../preload/index.cjs'),
    rendererFolder: join(mainFolder, '../renderer'),
  };
}
