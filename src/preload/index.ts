// The bridge between the sandboxed renderer and main: `window.newsroom`, one function per capability.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcEventPayloads, NewsroomApi } from '../shared/ipc';
import { IpcChannel, IpcEvent, IpcSend } from '../shared/ipc';

function subscribe<Channel extends keyof IpcEventPayloads>(
  channel: Channel,
  listener: (payload: IpcEventPayloads[Channel]) => void,
): () => void {
  const wrapped = (_event: Electron.IpcRendererEvent, payload: IpcEventPayloads[Channel]): void => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.removeListener(channel, wrapped);
}

const api: NewsroomApi = {
  openArticleFiles: () => ipcRenderer.invoke(IpcChannel.openArticleFiles),
  saveFile: (request) => ipcRenderer.invoke(IpcChannel.saveFile, request),
  openImportFile: () => ipcRenderer.invoke(IpcChannel.openImportFile),
  onArticleFilesOpened: (listener) => subscribe(IpcEvent.articleFilesOpened, listener),
  onMenuCommand: (listener) => subscribe(IpcEvent.menuCommand, listener),
  rendererReady: () => ipcRenderer.send(IpcSend.rendererReady),
};

contextBridge.exposeInMainWorld('newsroom', api);
