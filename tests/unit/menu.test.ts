import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../src/shared/ipc';
import { applicationMenuTemplate } from '../../src/main/menu';

describe('application menu', () => {
  it('offers File > Open, Import annotations and Export annotations, each reaching the window', () => {
    const sent: MenuCommand[] = [];
    let opened = 0;
    const [file] = applicationMenuTemplate({
      openFiles: () => opened++,
      send: (command) => sent.push(command),
      isDevelopment: false,
    });
    const items = (file?.submenu ?? []) as MenuItemConstructorOptions[];
    const labelled = items.filter((item) => item.label !== undefined);
    expect(labelled.map((item) => item.label)).toEqual(['Open…', 'Import annotations…', 'Export annotations…']);
    for (const item of labelled) (item.click as () => void)();
    expect(opened).toBe(1);
    expect(sent).toEqual(['import', 'export']);
  });
});
