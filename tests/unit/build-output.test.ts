// Checks of the built app itself: run after `npm run build` (npm test does it first).
import { existsSync, readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';

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

  it("carries a Content-Security-Policy in the renderer's index.html that allows only the app's own scripts", () => {
    const html = readFileSync(out('renderer/index.html'), 'utf8');
    const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).not.toBe('');
    const directives = new Map(
      csp.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
