// The application menu, in the interface's language. Shortcuts the renderer handles itself are shown but not
// registered, so a key press reaches the page (and text fields keep their own undo). Electron names its role items
// only in English, so each is given its label.
import { msg } from '@lit/localize';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';

export interface MenuActions {
  openFiles(): void;
  send(command: MenuCommand): void;
  isDevelopment: boolean;
}

export function applicationMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    {
      label: msg('File'),
      submenu: [
        { label: msg('Open…'), accelerator: 'CmdOrCtrl+O', registerAccelerator: false, click: () => actions.openFiles() },
        { type: 'separator' },
        { label: msg('Import annotations…'), click: () => actions.send('import') },
        {
          label: msg('Export annotations…'),
          accelerator: 'CmdOrCtrl+E',
          registerAccelerator: false,
          click: () => actions.send('export'),
        },
        { type: 'separator' },
        { role: 'quit', label: msg('Quit') },
      ],
    },
    {
      label: msg('Edit'),
      submenu: [
        { label: msg('Undo'), accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.send('undo') },
        { label: msg('Redo'), accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: () => actions.send('redo') },
        { type: 'separator' },
        { role: 'copy', label: msg('Copy') },
        { role: 'selectAll', label: msg('Select all') },
      ],
    },
    {
      label: msg('View'),
      submenu: [
        { role: 'resetZoom', label: msg('Actual size') },
        { role: 'zoomIn', label: msg('Zoom in') },
        { role: 'zoomOut', label: msg('Zoom out') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: msg('Full screen') },
        ...(actions.isDevelopment ? [{ role: 'toggleDevTools' } as const] : []),
      ],
    },
  ];
}
