// What an operation that can fail for reasons an editor must read returns instead of throwing: a value, or the
// message to show. Parsers of untrusted files, the main process's file access and the IPC calls all answer this way.

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(error: string): Result<T> {
  return { ok: false, error };
}
