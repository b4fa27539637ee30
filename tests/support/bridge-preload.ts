// The preload of the desktop-bridge tests, bundled for the page: the real `newsroomApi`, over page bindings to the
// main-process handlers running in the test's Node instead of over ipcRenderer. Like Electron's preload (no Node in
// subframes), it runs in the top frame only.
import type { IpcEventPayloads } from '../../src/shared/ipc';
import { newsroomApi } from '../../src/preload/newsroom-api';

/** What the bridge puts in the page: two bindings to Node, and where Node delivers main's events. */
export interface BridgeGlobals {
  __newsroomInvoke(channel: string, args: unknown[]): Promise<unknown>;
  __newsroomSend(channel: string): Promise<void>;
  __newsroomBridge: { emit(channel: string, payload: unknown): void };
}

if (window === window.top) {
  const page = window as unknown as Window & BridgeGlobals;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  Object.defineProperty(page, '__newsroomBridge', {
    value: Object.freeze({
      emit(channel: string, payload: unknown): void {
        for (const listener of listeners.get(channel) ?? []) listener(payload);
      },
    }),
  });
  const api = newsroomApi({
    invoke: (channel, ...args) => page.__newsroomInvoke(channel, args),
    on: (channel: keyof IpcEventPayloads, listener) => {
      const forChannel = listeners.get(channel) ?? new Set();
      listeners.set(channel, forChannel);
      forChannel.add(listener);
      return () => forChannel.delete(listener);
    },
    send: (channel) => void page.__newsroomSend(channel),
  });
  Object.defineProperty(page, 'newsroom', { value: Object.freeze(api) });
}
