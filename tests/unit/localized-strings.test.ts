// Every word the interface shows goes through msg(): a string left in English would read English in the Russian
// interface, and in a Russian voice.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unlocalizedStrings } from '../support/unlocalized-strings';

/** Code that speaks to developers in a terminal or to the page loader, never to an editor. */
const NOT_INTERFACE = new Set([
  'src/main/electron-download.ts',
  'src/main/web-server.ts',
  'src/main/app-protocol.ts',
  'src/main/ipc-guard.ts',
]);

/** The code that writes what an editor reads: the window, its core and workers, and the main process. */
const INTERFACE_FILES = ['src/renderer/src', 'src/main', 'src/shared']
  .flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) => join(folder, file)))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.includes('/locales/'))
  .filter((file) => !NOT_INTERFACE.has(file));

describe('the interface', () => {
  it('has no user-visible string outside msg()', () => {
    const found = INTERFACE_FILES.flatMap(unlocalizedStrings).map(({ file, line, text }) => `${file}:${line}: ${text}`);
    expect(found).toEqual([]);
  });

  it('is scanned: an English label in a template is found', () => {
    expect(INTERFACE_FILES.length).toBeGreaterThan(50);
  });
});
