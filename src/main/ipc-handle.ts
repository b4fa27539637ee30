// The only way main registers IPC handlers: the sender must be the app's own page, arguments must validate.
import type { Result } from '../shared/result';
import { err } from '../shared/result';
import type { IpcMainInvokeEvent } from 'electron';
import { ipcMain } from 'electron';
import type { z } from 'zod';
import { isTrustedSender, validateIpcArgs } from './ipc-guard';

/**
 * Registers `channel`: checks the sender, validates the arguments as a tuple, then calls `run`. A thrown
 * error becomes `{ok: false}` rather than a rejected promise, so the renderer always gets a Result.
 */
export function handle<Schema extends z.ZodType<unknown[]>, Value>(
  channel: string,
  argsSchema: Schema,
  appUrl: () => string,
  run: (args: z.infer<Schema>, event: IpcMainInvokeEvent) => Promise<Result<Value>>,
): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<Result<Value>> => {
    if (!isTrustedSender(event, appUrl())) return err('Refused: the request did not come from the app');
    const validated = validateIpcArgs(argsSchema, args);
    if (!validated.ok) return validated;
    try {
      return await run(validated.value, event);
    } catch (error) {
      return err(error instanceof Error ? error.message : String(error));
    }
  });
}
