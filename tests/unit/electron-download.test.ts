// `npm start` where the Electron binary cannot be downloaded: one paragraph that says why and what to do, not a stack.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  downloadFailureMessage,
  ELECTRON_TOOLING_NODE,
  failureReason,
  installedElectron,
  isAtLeast,
} from '../../src/main/electron-download';
import { electronBinary } from '../support/runtimes';

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

const INSTALLER_OUTPUT = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at async FetchDownloader.download (file:///app/node_modules/@electron/get/dist/FetchDownloader.js:46:30)`;

describe('the Electron download check', () => {
  it('says what failed, how to get the binary, and how to open the app in a browser instead', () => {
    const message = downloadFailureMessage({
      electronVersion: '45.5.0',
      platform: 'linux',
      arch: 'x64',
      nodeVersion: '24.1.0',
      reason: failureReason(INSTALLER_OUTPUT),
    });
    expect(message).toContain('The Electron binary (45.5.0) could not be downloaded');
    expect(message).toContain('(TypeError: fetch failed)');
    expect(message).toContain('ELECTRON_MIRROR');
    expect(message).toContain('electron-v45.5.0-linux-x64.zip');
    expect(message).toContain('npm run web');
    expect(message).not.toContain('Node 24');
    expect(message).not.toContain('FetchDownloader');
  });

  it('names an old Node as the first thing to fix', () => {
    const failure = { electronVersion: '45.5.0', platform: 'win32', arch: 'arm64', reason: 'x' };
    expect(downloadFailureMessage({ ...failure, nodeVersion: '20.20.2' })).toContain(
      `This is Node 20.20.2; Electron's tools need Node ${ELECTRON_TOOLING_NODE} or later`,
    );
    expect(isAtLeast('22.12.0', '22.12.0')).toBe(true);
    expect(isAtLeast('22.11.9', '22.12.0')).toBe(false);
    expect(isAtLeast('23.0.0', '22.12.0')).toBe(true);
    expect(isAtLeast('20.19.0', '22.12.0')).toBe(false);
  });

  it('finds the reason among the installer’s lines, whatever they are', () => {
    expect(failureReason('HTTPError: Response code 404 (Not Found) for https://mirror/electron.zip\n    at x')).toMatch(
      /^HTTPError/,
    );
    expect(failureReason('Error: getaddrinfo ENOTFOUND github.com')).toBe('Error: getaddrinfo ENOTFOUND github.com');
    expect(failureReason('')).toBe('no reason given');
  });

  it('counts the binary as there only when the electron package’s path leads to a file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'electron-package-'));
    folders.push(folder);
    expect(installedElectron(folder)).toBeNull();
    await writeFile(join(folder, 'path.txt'), 'electron');
    expect(installedElectron(folder)).toBeNull();
    await mkdir(join(folder, 'dist'));
    await writeFile(join(folder, 'dist', 'electron'), '');
    expect(installedElectron(folder)).toBe(join(folder, 'dist', 'electron'));
  });

  it('where the download fails, npm start stops with that paragraph and a failing exit code', async (context) => {
    const binary = electronBinary();
    if ('path' in binary) {
      console.log('[unit] skipped the failing-download run: the Electron binary is installed here, so nothing is downloaded');
      context.skip();
    }
    const cache = await mkdtemp(join(tmpdir(), 'electron-cache-'));
    folders.push(cache);
    const run = promisify(execFile)(process.execPath, ['out/main/electron-download.js'], {
      // A mirror that answers nothing, and an empty cache: the download fails here and on any machine.
      env: {
        ...process.env,
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: cache,
        ELECTRON_SKIP_BINARY_DOWNLOAD: '',
      },
    });
    const failure = (await run.then(
      () => null,
      (error: unknown) => error,
    )) as { code: number; stderr: string } | null;
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/^The Electron binary \(\d+\.\d+\.\d+\) could not be downloaded/);
    expect(failure?.stderr).toContain('npm run web');
    expect(failure?.stderr).not.toMatch(/\n\s+at /);
  });
});
