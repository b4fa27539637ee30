// The app's own origin, app://newsroom: the built renderer served from its folder, as a plain function from a request
// to a response. Electron's protocol handler calls it, and so does the web server of `npm run web` and of the tests,
// so that the browser tests run under the same origin rules, MIME types and Content-Security-Policy as the app.
import { lstat, readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'newsroom';
/** The page the window loads. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * What app:// may do, registered before Electron is ready. Standard and secure: a real origin with IndexedDB, module
 * workers and a secure context; fetch for the app's own files; V8's code cache, so the window's script is not compiled
 * afresh at every start. Not CORS-enabled: that would let other origins read app:// responses, and the app only ever
 * fetches from itself.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} as const satisfies Electron.Privileges;

/**
 * The hash of the one script written into the page (src/renderer/first-screen.js, which the build puts there): the
 * policy allows that script and no other inline one. tests/unit/build-output.test.ts checks it against the script.
 */
export const FIRST_SCREEN_SCRIPT_HASH = 'sha256-IYej2w8nq7qhG+xjvaQyAtDg4SXoSwdPt+JrY4c1vJs=';

/**
 * Sent with every file: scripts, styles, fonts and workers only from the app itself (and the page's first script, by
 * its hash); connections to the app itself only; no frames but the article's about:blank document (which inherits
 * this policy), no forms, no plugins, and the app framed by nothing. The one exception is the sync worker's own
 * policy, which lets it connect to the desk's server too (`deskOriginOf`).
 */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy(null);

/** The policy, with `deskOrigin` among the places it may connect to (null: none but the app). */
export function contentSecurityPolicy(deskOrigin: string | null): string {
  return [
    "default-src 'none'",
    `script-src 'self' '${FIRST_SCREEN_SCRIPT_HASH}'`,
    "style-src 'self'",
    "font-src 'self'",
    "img-src 'self' data:",
    deskOrigin ? `connect-src 'self' ${deskOrigin}` : "connect-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Plain HTTP is allowed to a desk's server on this machine only: a password never crosses a network in the clear. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The desk's server the sync worker may connect to, from its script's address (`sync.worker-….js?desk=<origin>`): an
 * HTTPS origin, or an HTTP one on this machine; null for any other file or value. The window and every other worker
 * keep connecting to the app alone, so a page that shows untrusted article markup has nowhere to send it.
 */
export function deskOriginOf(url: URL, relativePath: string): string | null {
  if (!/^assets[\\/]sync\.worker-[\w-]{8}\.js$/.test(relativePath)) return null;
  const given = url.searchParams.get('desk');
  if (!given) return null;
  let desk: URL;
  try {
    desk = new URL(given);
  } catch {
    return null;
  }
  // A host name or an address, never a wildcard (`https://*` parses as a URL too).
  if (desk.origin !== given || !/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/i.test(desk.hostname)) return null;
  const allowed = desk.protocol === 'https:' || (desk.protocol === 'http:' && LOOPBACK_HOSTS.has(desk.hostname));
  return allowed ? desk.origin : null;
}

/** The types of what the build writes, and nothing else: a file of any other kind is not served. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  // The morphological dictionary of the suggestions (Az.js's DAWGs and paradigm table).
  '.dawg': 'application/octet-stream',
  '.intdawg': 'application/octet-stream',
  '.array': 'application/octet-stream',
};

/** The MIME type of a served file by its extension; undefined for a kind the app does not serve. */
export function mimeTypeOf(path: string): string | undefined {
  return MIME_TYPES[extname(path).toLowerCase()];
}

function refusal(status: 400 | 404 | 405, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * The relative path inside the served folder that `pathname` names, or null when it names none: each segment is
 * decoded once, and a segment that decodes to a separator, a NUL, `.` or `..` is refused rather than interpreted, so
 * neither `..%2F` nor `%5C..` nor an absolute path can leave the folder.
 */
export function servedPath(pathname: string): string | null {
  const segments = pathname.split('/').slice(1);
  if (segments.length === 0) return null;
  const decoded: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (name === '' || name === '.' || name === '..' || /[/\\\0:]/.test(name)) return null;
    decoded.push(name);
  }
  return decoded.join(sep);
}

/**
 * How long a served file may be kept. The build names every file under assets/ by a hash of its content, so a file of
 * that name never changes: kept for good, which lets the browser keep the script's compiled code between starts
 * instead of compiling 800 kB afresh at every reload. The page names the current build's files, so it is asked for
 * each time.
 */
export function cachePolicyOf(relativePath: string): string {
  const [folder, name = ''] = relativePath.split(sep);
  return folder === 'assets' && /-[\w-]{8}\.\w+$/.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** `path` is `folder` itself or inside it, both already resolved. */
function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '' && !fromFolder.startsWith('..') && !isAbsolute(fromFolder);
}

/**
 * Answers a request for the app's origin from `rendererFolder` (the build's out/renderer, an absolute path). Only
 * GET and HEAD; `/` is the page; a file outside the folder, behind a link that leaves it, of an unknown kind, or
 * missing is a 404 that names no path on disk.
 */
export async function serveAppRequest(request: Request, rendererFolder: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Only GET and HEAD are served');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return refusal(400, 'Not a valid address');
  }
  // app://anything-else would be an origin of its own with the same files, and its own IndexedDB.
  if (url.protocol === `${APP_SCHEME}:` && url.host !== APP_HOST) return refusal(404, 'Not found');
  const { pathname } = url;
  const relativePath = servedPath(pathname === '/' ? '/index.html' : pathname);
  const type = relativePath === null ? undefined : mimeTypeOf(relativePath);
  if (relativePath === null || type === undefined) return refusal(404, 'Not found');
  let body: Buffer<ArrayBuffer>;
  try {
    const folder = await realpath(rendererFolder);
    const requested = join(folder, relativePath);
    // A link inside the folder may point anywhere: where it leads must still be inside, and be a plain file.
    const resolved = await realpath(requested);
    const stats = await lstat(resolved);
    if (!isInside(folder, resolved) || !stats.isFile()) return refusal(404, 'Not found');
    body = await readFile(resolved);
  } catch {
    return refusal(404, 'Not found');
  }
  // The policy goes with every file, not only the page: a worker takes its policy from its own script's response.
  const headers = new Headers({
    'Content-Type': type,
    'Content-Length': String(body.byteLength),
    'Cache-Control': cachePolicyOf(relativePath),
    'Content-Security-Policy': contentSecurityPolicy(deskOriginOf(url, relativePath)),
    'X-Content-Type-Options': 'nosniff',
  });
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}
