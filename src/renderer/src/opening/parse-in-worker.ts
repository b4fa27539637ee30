// Sends files to the parser worker and waits for each, within a time limit that protects against hostile files.
import type { ArticleFormat } from '../../../shared/article';
import type { ParseRequest, ParseResponse } from './article-parser.worker';

/** Generous for a 20 MB file on a slow laptop; a file that takes longer is treated as damaged. */
export const PARSE_TIME_LIMIT_MS = 30_000;

type Pending = (response: ParseResponse) => void;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(problem: string): void {
  for (const [id, resolve] of pending) resolve({ id, ok: false, problem });
  pending.clear();
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./article-parser.worker.ts', import.meta.url), { type: 'module' });
  created.addEventListener('message', (event: MessageEvent<ParseResponse>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  });
  created.addEventListener('error', () => {
    created.terminate();
    if (worker === created) worker = null;
    failAll('the reader stopped unexpectedly while reading it');
  });
  worker = created;
  return created;
}

/** Decodes and parses `bytes` in the worker. The bytes are copied, so the caller may keep its own. */
export function parseInWorker(
  fileName: string,
  format: ArticleFormat,
  bytes: Uint8Array,
  encoding: string | null,
): Promise<ParseResponse> {
  const target = ensureWorker();
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      // A worker stuck on one file cannot be interrupted otherwise; the next file gets a fresh one.
      target.terminate();
      if (worker === target) worker = null;
      failAll(`reading it took longer than ${PARSE_TIME_LIMIT_MS / 1000} seconds; the file may be damaged`);
    }, PARSE_TIME_LIMIT_MS);
    pending.set(id, (response) => {
      clearTimeout(timer);
      resolve(response);
    });
    const request: ParseRequest = { id, fileName, format, bytes: bytes.slice(), encoding };
    target.postMessage(request, [request.bytes.buffer]);
  });
}
