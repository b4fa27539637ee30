// `npm start`'s check before the desktop window: the Electron binary is there, or is downloaded by the electron
// package's own installer; when that cannot happen (no network, a proxy, an old Node), one paragraph says why, how to
// get it, and how to open the same app in a browser meanwhile. Not part of the packaged app.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Node version Electron 45's download and build tools ask for (their `engines`). */
export const ELECTRON_TOOLING_NODE = '22.12.0';

/** Where the electron package says its binary is, or null when it has not been downloaded (or not completely). */
export function installedElectron(electronFolder: string): string | null {
  const pathFile = join(electronFolder, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronFolder, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

/** Whether `version` (as process.versions.node gives it) is at least `minimum`. */
export function isAtLeast(version: string, minimum: string): boolean {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  const [wantMajor = 0, wantMinor = 0, wantPatch = 0] = minimum.split('.').map(Number);
  return major !== wantMajor ? major > wantMajor : minor !== wantMinor ? minor > wantMinor : patch >= wantPatch;
}

export interface DownloadFailure {
  electronVersion: string;
  platform: string;
  arch: string;
  nodeVersion: string;
  /** The installer's own first line of error, for the curious and for bug reports. */
  reason: string;
}

/** The paragraph `npm start` prints when the binary could not be had. */
export function downloadFailureMessage(failure: DownloadFailure): string {
  const zip = `electron-v${failure.electronVersion}-${failure.platform}-${failure.arch}.zip`;
  const oldNode = isAtLeast(failure.nodeVersion, ELECTRON_TOOLING_NODE)
    ? ''
    : ` This is Node ${failure.nodeVersion}; Electron's tools need Node ${ELECTRON_TOOLING_NODE} or later, so update Node first.`;
  return [
    `The Electron binary (${failure.electronVersion}) could not be downloaded, so the desktop window cannot open (${failure.reason}).${oldNode}`,
    `To get it: connect to the network and run npm start again; or set ELECTRON_MIRROR to a mirror your network reaches;`,
    `or put ${zip} into Electron's cache (electron_config_cache, by default ~/.cache/electron) and run npm start again.`,
    `Meanwhile the same app runs in a browser: npm run web, then open the address it prints.`,
  ].join(' ');
}

/** The first line of the installer's error output that says what failed. */
export function failureReason(installerOutput: string): string {
  const lines = installerOutput
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('at '));
  return lines.find((line) => /error|failed|ENOTFOUND|ECONN|ETIMEDOUT/i.test(line)) ?? lines[0] ?? 'no reason given';
}

function main(): void {
  const require = createRequire(import.meta.url);
  const electronFolder = dirname(require.resolve('electron/package.json'));
  if (installedElectron(electronFolder)) return;
  const installer = spawnSync(process.execPath, [join(electronFolder, 'install.js')], { encoding: 'utf8' });
  if (installedElectron(electronFolder)) return;
  const { version } = JSON.parse(readFileSync(join(electronFolder, 'package.json'), 'utf8')) as { version: string };
  const reason = failureReason(`${installer.stderr}\n${installer.stdout}`);
  console.error(
    downloadFailureMessage({
      electronVersion: version,
      platform: process.env.ELECTRON_INSTALL_PLATFORM ?? process.platform,
      arch: process.env.ELECTRON_INSTALL_ARCH ?? process.arch,
      nodeVersion: process.versions.node,
      reason,
    }),
  );
  process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
