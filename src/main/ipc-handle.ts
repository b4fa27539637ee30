// The only way main talks to the renderer: handlers registered for the contract's channels (the sender must be the
// app's own page, arguments must validate), and events sent with the payload their channel carries.
import { msg } from '@lit/localize';
import type { IpcEventPayloads, IpcInvokeArgs, IpcInvokeChannel, IpcInvokeResult } from '../shared/ipc';
import { err } from '../shared/result';
import type { z } from 'zod';
import type { SenderEvent } from './ipc-guard';
import { isTrustedSender, validateIpcArgs } from './ipc-guard';
import { ipcArguments } from './ipc-schemas';

/** Where invoke handlers are registered: Electron's ipcMain, or the desktop-bridge tests' stand-in. */
export interface IpcRegistry {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * Registers `channel`: checks the sender, validates the arguments with the channel's schema, then calls `run`. A thrown
 * error becomes `{ok: false}` rather than a rejected promise, so the renderer always gets a Result.
 */
export function handle<Channel extends IpcInvokeChannel>(
  ipcMain: IpcRegistry,
  channel: Channel,
  appUrl: () => string,
  run: (args: IpcInvokeArgs<Channel>) => Promise<IpcInvokeResult<Channel>>,
): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<IpcInvokeResult<Channel>> => {
    if (!isTrustedSender(event, appUrl())) return err(msg('Refused: the request did not come from the app'));
    const validated = validateIpcArgs(ipcArguments[channel] as z.ZodType<IpcInvokeArgs<Channel>>, args);
    if (!validated.ok) return validated;
    try {
      return await run(validated.value);
    } catch (error) {
      return err(error instanceof Error ? error.message : String(error));
    }
  });
}

/** Tells the renderer of `contents` something happened, with the payload the event's channel carries. */
export function sendEvent<Channel extends keyof IpcEventPayloads>(
  contents: { send(channel: string, payload: unknown): void },
  channel: Channel,
  payload: IpcEventPayloads[Channel],
): void {
  contents.send(channel, payload);
}
