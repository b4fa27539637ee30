// Checks of the built app itself: run after `npm run build` (npm test does it first).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, FIRST_SCREEN_SCRIPT_HASH } from '../../src/main/app-protocol';

const out = (path: string) => new URL(`../../out/${path}`, import.meta.url);

describe('the build', () => {
  it('exists: run `npm run build` first', () => {
    expect(existsSync(out('main/index.js')), 'out/main/index.js is missing').toBe(true);
  });

  it('builds the preload as a CommonJS script, since a sandboxed preload cannot be an ES module', () => {
    const preload = readFileSync(out('preload/index.cjs'), 'utf8');
    // Compiling as a classic script fails on any import or export statement.
    expect(() => new Script(preload, { filename: 'index.cjs' })).not.toThrow();
    expect(preload).toMatch(/require\("electron"\)/);
    expect(preload).not.toMatch(/require\("(?!electron")/);
  });

  it("allows no inline script in the page but its first, by that script's hash, under a policy of the app's own files", () => {
    const html = readFileSync(out('renderer/index.html'), 'utf8');
    // The policy travels as a header of every app:// response (app-protocol.ts), in one place only.
    expect(html).not.toMatch(/http-equiv="Content-Security-Policy"/i);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    const firstScreen = readFileSync(new URL('../../src/renderer/first-screen.js', import.meta.url), 'utf8');
    expect(inline).toEqual([firstScreen]);
    const hash = `sha256-${createHash('sha256').update(firstScreen).digest('base64')}`;
    expect(FIRST_SCREEN_SCRIPT_HASH, 'first-screen.js changed: put its new hash in app-protocol.ts').toBe(hash);
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'", `'${hash}'`]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it("begins reading the library in the page's first script, before any module, and loads the window apart", () => {
    const html = readFileSync(out('renderer/index.html'), 'utf8');
    const early = html.indexOf('indexedDB.open(');
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(html.indexOf('<script type="module"'));
    const entry = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1] ?? '';
    // The window (Lit and the components) is a script of its own, loaded once the core has started.
    expect(readFileSync(out(`renderer/${entry}`), 'utf8')).not.toContain('customElements.define');
  });

  it('builds the web server beside the main script, serving the renderer through the app:// handler', () => {
    expect(existsSync(out('main/web-server.js')), 'out/main/web-server.js is missing').toBe(true);
  });
});
