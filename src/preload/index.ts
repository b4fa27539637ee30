// The bridge between the sandboxed renderer and main: `window.newsroom`, one function per capability, over
// Electron's ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { newsroomApi } from './newsroom-api';

const api = newsroomApi({
  invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  on: (channel, listener) => {
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  },
  send: (channel) => ipcRenderer.send(channel),
});

contextBridge.exposeInMainWorld('newsroom', api);
