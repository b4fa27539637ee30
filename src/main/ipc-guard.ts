// The two checks every IPC call passes before main acts on it: who sent it, and whether its arguments are valid.
import type { Result } from '../shared/result';
import { err } from '../shared/result';
import type { z } from 'zod';
import { isAppUrl } from './app-url';

/** What a call's event says of its sender: the frame it came from (null once that frame is gone). */
export interface SenderEvent {
  senderFrame: { url: string; parent: unknown } | null;
}

/** Checks that the call comes from the app page's top frame; a frame from anywhere else gets no answer. */
export function isTrustedSender(event: SenderEvent, appUrl: string): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url, appUrl);
}

/** Validates IPC arguments against a schema; the message names the first problems and where they are. */
export function validateIpcArgs<Schema extends z.ZodType>(schema: Schema, args: unknown[]): Result<z.infer<Schema>> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'arguments'}: ${issue.message}`);
  return err(`Invalid arguments: ${problems.join('; ')}`);
}
