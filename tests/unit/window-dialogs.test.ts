// The core asks the editor through WindowDialogs, which may be asked before the window has rendered its dialogs.
import { describe, expect, it } from 'vitest';
import type { AppDialogs } from '../../src/renderer/src/app/library-workflows';
import { WindowDialogs } from '../../src/renderer/src/app/window-dialogs';

const windowDialogs = (asked: string[]): AppDialogs => ({
  chooseEncoding: () => Promise.resolve('windows-1251'),
  chooseExport: () => Promise.resolve(null),
  confirm: (heading) => {
    asked.push(heading);
    return Promise.resolve(true);
  },
  confirmImport: () => Promise.resolve(false),
  editTags: () => Promise.resolve(null),
  chooseVersion: () => Promise.resolve(null),
  deskSettings: () => Promise.resolve(null),
});

describe('the dialogs the core asks', () => {
  it('holds a question asked before the window is there, and puts it to the window once it is', async () => {
    const dialogs = new WindowDialogs();
    const asked: string[] = [];
    const encoding = dialogs.chooseEncoding(new Uint8Array([0xcf, 0xf0, 0xe8]));
    const confirmed = dialogs.confirm('Restore library.json?', 'Everything is replaced', 'Replace the library');
    let settled = false;
    void confirmed.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    dialogs.attach(windowDialogs(asked));
    expect(await encoding).toBe('windows-1251');
    expect(await confirmed).toBe(true);
    expect(asked).toEqual(['Restore library.json?']);
  });

  it('asks the window at once after that', async () => {
    const dialogs = new WindowDialogs();
    dialogs.attach(windowDialogs([]));
    expect(await dialogs.chooseExport([], null)).toBeNull();
  });
});
