// Sends article files to the parser worker and waits for each, within a time limit that protects against hostile files.
import type { ArticleFormat } from '../../../shared/article/article';
import { WorkerConnection } from '../workers/worker-connection';
import type { ParseRequest, ParseResponse } from './read-article-bytes';

/** Generous for a 20 MB file on a slow laptop; a file that takes longer is treated as damaged. */
export const PARSE_TIME_LIMIT_MS = 30_000;

const parser = new WorkerConnection<ParseRequest, ParseResponse>(
  () => new Worker(new URL('./article-parser.worker.ts', import.meta.url), { type: 'module' }),
  (id, problem) => ({ id, ok: false, problem }),
);

/** Decodes and parses `bytes` in the worker. The bytes are copied, so the caller may keep its own. */
export function parseInWorker(
  fileName: string,
  format: ArticleFormat,
  bytes: Uint8Array,
  encoding: string | null,
): Promise<ParseResponse> {
  const copy = bytes.slice();
  return parser.send((id) => ({ id, fileName, format, bytes: copy, encoding }), [copy.buffer], PARSE_TIME_LIMIT_MS);
}
