// Where the end-to-end tests can run on this machine: Debian's Chromium, the Electron binary, or neither.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Chromium on a machine with no network and no GPU, as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumUnavailableReason(): string | null {
  return existsSync(CHROMIUM_PATH) ? null : `Chromium not found at ${CHROMIUM_PATH} (install it: apt-get install chromium)`;
}

/**
 * The Electron executable, found the way the electron package finds it but without its fallback of
 * downloading the binary, which cannot work offline.
 */
export function electronBinary(): { path: string } | { unavailable: string } {
  const packageDirectory = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDirectory, 'path.txt');
  if (!existsSync(pathFile)) {
    return { unavailable: 'the Electron binary is not installed (npm ci ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline)' };
  }
  const relative = readFileSync(pathFile, 'utf8');
  const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : join(packageDirectory, 'dist', relative);
  return existsSync(binary) ? { path: binary } : { unavailable: `the Electron binary is missing at ${binary}` };
}
