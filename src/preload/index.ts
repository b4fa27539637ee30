// The bridge between the sandboxed renderer and main: `window.newsroom`, one function per capability.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcEventPayloads, IpcInvokeArgs, IpcInvokeChannel, IpcInvokeResult, NewsroomApi } from '../shared/ipc';
import { IpcChannel, IpcEvent, IpcSend } from '../shared/ipc';

/** Asks main on `channel`; the contract types what goes and what comes back, as main's handler is typed. */
function invoke<Channel extends IpcInvokeChannel>(
  channel: Channel,
  ...args: IpcInvokeArgs<Channel>
): Promise<IpcInvokeResult<Channel>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcInvokeResult<Channel>>;
}

function subscribe<Channel extends keyof IpcEventPayloads>(
  channel: Channel,
  listener: (payload: IpcEventPayloads[Channel]) => void,
): () => void {
  const wrapped = (_event: Electron.IpcRendererEvent, payload: IpcEventPayloads[Channel]): void => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.removeListener(channel, wrapped);
}

const api: NewsroomApi = {
  openArticleFiles: () => invoke(IpcChannel.openArticleFiles),
  saveFile: (request) => invoke(IpcChannel.saveFile, request),
  openImportFile: () => invoke(IpcChannel.openImportFile),
  onArticleFilesOpened: (listener) => subscribe(IpcEvent.articleFilesOpened, listener),
  onMenuCommand: (listener) => subscribe(IpcEvent.menuCommand, listener),
  rendererReady: () => ipcRenderer.send(IpcSend.rendererReady),
};

contextBridge.exposeInMainWorld('newsroom', api);
