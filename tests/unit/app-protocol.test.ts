// The app:// handler, as Electron and the web server call it: what it serves from the renderer folder, with which
// headers, and everything it refuses.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, CONTENT_SECURITY_POLICY, mimeTypeOf, serveAppRequest, servedPath } from '../../src/main/app-protocol';

let root: string;
let renderer: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'app-protocol-'));
  renderer = join(root, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Newsroom Annotator</title>');
  await writeFile(join(renderer, 'assets', 'index-abc.js'), 'export const ready = true;');
  await writeFile(join(renderer, 'assets', 'index-abc.css'), 'body { margin: 0 }');
  await writeFile(join(renderer, 'assets', 'nr-app-BhA09S6m.js'), 'export const window = true;');
  await writeFile(join(renderer, 'assets', 'sync.worker-BGTdvoYs.js'), 'self.onmessage = () => {};');
  await writeFile(join(renderer, 'assets', 'pt-serif.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(renderer, 'assets', 'notes.exe'), 'MZ');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  await symlink(join(root, 'secret.txt'), join(renderer, 'assets', 'leak.txt'));
  await symlink(join(renderer, 'assets', 'index-abc.js'), join(renderer, 'assets', 'alias.js'));
  await mkdir(join(renderer, 'assets', 'folder.js'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const get = (url: string, method = 'GET'): Promise<Response> => serveAppRequest(new Request(url, { method }), renderer);

describe('what app:// serves', () => {
  it('serves the page at its address and at the root, with the policy as a header', async () => {
    for (const url of [APP_URL, 'app://newsroom/', 'app://newsroom/index.html?article=1#top']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).toContain('<title>Newsroom Annotator</title>');
    }
  });

  it('serves scripts, styles and fonts with their types, and the policy with each (workers take their own)', async () => {
    const expected: [string, string][] = [
      ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['assets/index-abc.css', 'text/css; charset=utf-8'],
      ['assets/pt-serif.woff2', 'font/woff2'],
    ];
    for (const [path, type] of expected) {
      const response = await get(`app://newsroom/${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    const font = await get('app://newsroom/assets/pt-serif.woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  });

  it('lets a file named by its content be kept for good, and asks for the page each time', async () => {
    const hashed = await get('app://newsroom/assets/nr-app-BhA09S6m.js');
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // The page names the current build's files; a file without a hash in its name may change with a build.
    for (const url of [APP_URL, 'app://newsroom/assets/index-abc.js'])
      expect((await get(url)).headers.get('cache-control'), url).toBe('no-cache');
  });

  it('serves the same files to the web server of `npm run web` and the tests, whatever its address', async () => {
    const response = await get('http://127.0.0.1:4173/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export const ready = true;');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('app://newsroom/assets/index-abc.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String('export const ready = true;'.length));
    expect(await response.text()).toBe('');
  });

  it('follows a link that stays inside the folder', async () => {
    const response = await get('app://newsroom/assets/alias.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export const ready = true;');
  });

  it('lets the sync worker, and it alone, connect to the desk its address names: over HTTPS, or HTTP on this machine', async () => {
    const connectTo = async (url: string): Promise<string | undefined> =>
      (await get(url)).headers
        .get('content-security-policy')
        ?.split(';')
        .find((directive) => directive.trim().startsWith('connect-src'))
        ?.trim();
    const worker = 'app://newsroom/assets/sync.worker-BGTdvoYs.js';
    const desk = (origin: string) => `${worker}?desk=${encodeURIComponent(origin)}`;
    expect(await connectTo(desk('https://couch.example.org'))).toBe("connect-src 'self' https://couch.example.org");
    expect(await connectTo(desk('http://127.0.0.1:5984'))).toBe("connect-src 'self' http://127.0.0.1:5984");
    // A password never crosses a network in the clear; a path, a wildcard or a list is not an origin.
    for (const refused of [
      'http://couch.example.org',
      'https://couch.example.org/db',
      'https://*',
      "https://a.org 'unsafe-eval'",
      '',
    ])
      expect(await connectTo(desk(refused)), refused).toBe("connect-src 'self'");
    expect(await connectTo(worker)).toBe("connect-src 'self'");
    // The window and every other file keep connecting to the app alone.
    expect(await connectTo(`${APP_URL}?desk=${encodeURIComponent('https://couch.example.org')}`)).toBe("connect-src 'self'");
    expect(await connectTo(`app://newsroom/assets/nr-app-BhA09S6m.js?desk=https%3A%2F%2Fcouch.example.org`)).toBe(
      "connect-src 'self'",
    );
  });

  it('a policy that lets nothing in from elsewhere', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});

describe('what app:// refuses', () => {
  const refused = async (url: string, status = 404): Promise<void> => {
    const response = await get(url);
    expect(response.status, url).toBe(status);
    const text = await response.text();
    expect(text, url).not.toContain('outside the renderer');
    expect(text, url).not.toContain(root);
  };

  it('refuses climbing out of the folder, plainly or encoded', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2Fsecret.txt',
      '/assets/..%2F..%2Fsecret.txt',
      '/assets%2F..%2F..%2Fsecret.txt',
      '/..%5Csecret.txt',
      '/assets/%2E%2E%5C%2E%2E%5Csecret.txt',
      '/%252e%252e/secret.txt',
    ]) {
      await refused(`app://newsroom${path}`);
    }
  });

  it('refuses absolute paths, drive letters and NULs smuggled into a segment', async () => {
    for (const path of [`/${encodeURIComponent(join(root, 'secret.txt'))}`, '/C%3A%5Cwindows%5Cwin.ini', '/index.html%00.js']) {
      await refused(`app://newsroom${path}`);
    }
    expect(servedPath('/%2Fetc%2Fpasswd')).toBeNull();
    expect(servedPath('/a%00b')).toBeNull();
    expect(servedPath('/%E0%A4%A')).toBeNull();
  });

  it('refuses a link that leads out of the folder', async () => {
    await refused('app://newsroom/assets/leak.txt');
  });

  it('refuses unknown files, folders and kinds the build never writes', async () => {
    await refused('app://newsroom/assets/missing.js');
    await refused('app://newsroom/assets/folder.js');
    await refused('app://newsroom/assets/notes.exe');
    await refused('app://newsroom/assets');
    await refused('app://newsroom//index.html');
  });

  it('refuses another host of the scheme: it would be an origin, and a library, of its own', async () => {
    await refused('app://elsewhere/index.html');
  });

  it('refuses anything but GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await get(APP_URL, method);
      expect(response.status).toBe(405);
    }
  });
});

describe('MIME types', () => {
  it('names the type of each kind the build writes, whatever the case of its extension', () => {
    expect(mimeTypeOf('index.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('font.woff')).toBe('font/woff');
    expect(mimeTypeOf('archive.zip')).toBeUndefined();
    expect(mimeTypeOf('Makefile')).toBeUndefined();
  });
});
