// Electron's entry: the parts only Electron has (the app:// scheme, the session's permissions, each web contents'
// limits), then the main process's work on the real native parts. Everything else is plain code in main-process.ts.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session } from 'electron';
import { fileURLToPath } from 'node:url';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol';
import { launchSettings } from './launch-settings';
import { startMainProcess } from './main-process';
import { denyAllPermissions, hardenWebContents } from './security';

const settings = launchSettings({
  isPackaged: app.isPackaged,
  env: process.env,
  argv: process.argv,
  cwd: process.cwd(),
  mainFolder: fileURLToPath(new URL('.', import.meta.url)),
});
if (settings.userDataFolder) app.setPath('userData', settings.userDataFolder);

// Before 'ready': app:// must be a standard, secure scheme for its pages to have an origin, storage and workers.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
// Every web contents, the main window's included, gets the same limits as soon as it exists.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, settings.appUrl));
void app.whenReady().then(() => {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, settings.rendererFolder));
  denyAllPermissions(session.defaultSession);
});

startMainProcess<BrowserWindow>(
  {
    app,
    dialog,
    ipcMain,
    safeStorage,
    createWindow: (options) => new BrowserWindow(options),
    setApplicationMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
  },
  settings,
);
