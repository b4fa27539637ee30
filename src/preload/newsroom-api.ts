// `window.newsroom`, built on whatever carries messages to main: Electron's ipcRenderer in the preload, or the
// desktop-bridge tests' page bindings to the real main-process handlers in Node.
import type { IpcEventPayloads, IpcInvokeArgs, IpcInvokeChannel, IpcInvokeResult, NewsroomApi } from '../shared/ipc';
import { IpcChannel, IpcEvent, IpcSend } from '../shared/ipc';

/** The three ways the page talks to main: ask and wait for the answer, listen to an event, tell. */
export interface IpcTransport {
  invoke(channel: IpcInvokeChannel, ...args: unknown[]): Promise<unknown>;
  on(channel: keyof IpcEventPayloads, listener: (payload: unknown) => void): () => void;
  send(channel: string): void;
}

export function newsroomApi(transport: IpcTransport): NewsroomApi {
  /** Asks main on `channel`; the contract types what goes and what comes back, as main's handler is typed. */
  const invoke = <Channel extends IpcInvokeChannel>(
    channel: Channel,
    ...args: IpcInvokeArgs<Channel>
  ): Promise<IpcInvokeResult<Channel>> => transport.invoke(channel, ...args) as Promise<IpcInvokeResult<Channel>>;
  const subscribe = <Channel extends keyof IpcEventPayloads>(
    channel: Channel,
    listener: (payload: IpcEventPayloads[Channel]) => void,
  ): (() => void) => transport.on(channel, (payload) => listener(payload as IpcEventPayloads[Channel]));
  return {
    openArticleFiles: () => invoke(IpcChannel.openArticleFiles),
    saveFile: (request) => invoke(IpcChannel.saveFile, request),
    openImportFile: () => invoke(IpcChannel.openImportFile),
    watchArticleFile: (path) => invoke(IpcChannel.watchArticleFile, path),
    onArticleFileChanged: (listener) => subscribe(IpcEvent.articleFileChanged, listener),
    setInterfaceLanguage: (language) => invoke(IpcChannel.setInterfaceLanguage, language),
    readDeskPassword: (url, userName) => invoke(IpcChannel.readDeskPassword, url, userName),
    saveDeskPassword: (url, userName, password) => invoke(IpcChannel.saveDeskPassword, url, userName, password),
    onArticleFilesOpened: (listener) => subscribe(IpcEvent.articleFilesOpened, listener),
    onMenuCommand: (listener) => subscribe(IpcEvent.menuCommand, listener),
    rendererReady: () => transport.send(IpcSend.rendererReady),
  };
}
