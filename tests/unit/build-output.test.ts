// Checks of the built app itself: run after `npm run build` (npm test does it first).
import { existsSync, readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/app-protocol';

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

  it("keeps the renderer's page free of inline scripts, under a policy that allows only the app's own", () => {
    const html = readFileSync(out('renderer/index.html'), 'utf8');
    // The policy travels as a header of every app:// response (app-protocol.ts), in one place only.
    expect(html).not.toMatch(/http-equiv="Content-Security-Policy"/i);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('begins opening the library in a plain script before any module, and loads the window apart', () => {
    const html = readFileSync(out('renderer/index.html'), 'utf8');
    const early = html.search(/<script src="\.?\/open-library-early\.js"><\/script>/);
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(html.indexOf('<script type="module"'));
    expect(readFileSync(out('renderer/open-library-early.js'), 'utf8')).toContain('indexedDB.open(');
    const entry = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1] ?? '';
    // The window (Lit and the components) is a script of its own, loaded once the core has started.
    expect(readFileSync(out(`renderer/${entry}`), 'utf8')).not.toContain('customElements.define');
  });

  it('builds the web server beside the main script, serving the renderer through the app:// handler', () => {
    expect(existsSync(out('main/web-server.js')), 'out/main/web-server.js is missing').toBe(true);
  });
});
