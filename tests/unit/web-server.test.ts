// The web server of `npm run web` and the browser tests: a real HTTP round trip through the app:// handler.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/app-protocol';
import { DEFAULT_WEB_PORT, portFromArgs, startWebServer } from '../../src/main/web-server';

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'web-server-'));
  await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>Newsroom Annotator</title>');
  await writeFile(join(root, 'renderer', 'assets', 'index.js'), 'export {};');
  await writeFile(join(root, 'secret.txt'), 'outside');
  server = await startWebServer(join(root, 'renderer'), 0);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
});

describe('the web server', () => {
  it('serves the page and its scripts over HTTP with the app’s types and policy', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('Newsroom Annotator');
    const script = await fetch(`${base}/assets/index.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses what the handler refuses, over the wire too', async () => {
    expect((await fetch(`${base}/..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/index.html`, { method: 'POST' })).status).toBe(405);
  });

  it('listens only on this machine', () => {
    const address = server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('takes its port from --port, or listens on the same one each time so the library stays', () => {
    expect(portFromArgs(['--port', '4173'])).toBe(4173);
    expect(portFromArgs([])).toBe(DEFAULT_WEB_PORT);
    expect(() => portFromArgs(['--port', 'eighty'])).toThrow('Not a port: eighty');
  });
});
