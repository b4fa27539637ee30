// The application menu. Shortcuts the renderer handles itself are shown but not registered, so a key press
// reaches the page (and text fields keep their own undo).
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
      label: 'File',
      submenu: [
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', registerAccelerator: false, click: () => actions.openFiles() },
        { type: 'separator' },
        { label: 'Import annotations…', click: () => actions.send('import') },
        {
          label: 'Export annotations…',
          accelerator: 'CmdOrCtrl+E',
          registerAccelerator: false,
          click: () => actions.send('export'),
        },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.send('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: () => actions.send('redo') },
        { type: 'separator' },
        { role: 'copy' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(actions.isDevelopment ? [{ role: 'toggleDevTools' } as const] : []),
      ],
    },
  ];
}
