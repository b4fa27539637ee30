// Sends article files to the parser worker and waits for each, within a time limit that protects against hostile files.
import { WorkerConnection } from '../workers/worker-connection';
import type { ParseRequest, ParseResponse } from './read-article-bytes';

/** Generous for a 20 MB file on a slow laptop; a file that takes longer is treated as damaged. */
export const PARSE_TIME_LIMIT_MS = 30_000;

const parser = new WorkerConnection<ParseRequest, ParseResponse>(
  () => new Worker(new URL('./article-parser.worker.ts', import.meta.url), { type: 'module' }),
  (id, problem) => ({ id, ok: false, problem }),
);

/** Decodes and parses a file's bytes in the worker. The bytes are copied, so the caller may keep its own. */
export function parseInWorker(request: Omit<ParseRequest, 'id'>): Promise<ParseResponse> {
  const bytes = request.bytes.slice();
  return parser.send((id) => ({ ...request, id, bytes }), [bytes.buffer], PARSE_TIME_LIMIT_MS);
}
