// Sends files to the parser worker and waits for each, within a time limit that protects against hostile files.
import type { Tag } from '../../../shared/annotation';
import type { ArticleFormat } from '../../../shared/article';
import type { ParsedImport } from '../../../shared/import-file';
import type { Result } from '../../../shared/ipc';
import { err } from '../../../shared/ipc';
import type { ImportRequest, ParseRequest, ParseResponse, WorkerRequest, WorkerResponse } from './article-parser.worker';

/** Generous for a 20 MB article or a 200 MB import on a slow laptop; a file that takes longer is treated as damaged. */
export const PARSE_TIME_LIMIT_MS = 30_000;

interface Pending {
  settle: (response: WorkerResponse) => void;
  fail: (problem: string) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(problem: string): void {
  for (const { fail } of pending.values()) fail(problem);
  pending.clear();
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./article-parser.worker.ts', import.meta.url), { type: 'module' });
  created.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    pending.get(event.data.id)?.settle(event.data);
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

/** Posts a request (its bytes are copied, so the caller may keep its own) and waits for the worker's answer. */
function request<Response extends WorkerResponse>(
  message: WorkerRequest,
  failure: (id: number, problem: string) => Response,
): Promise<Response> {
  const target = ensureWorker();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      // A worker stuck on one file cannot be interrupted otherwise; the next file gets a fresh one.
      target.terminate();
      if (worker === target) worker = null;
      failAll(`reading it took longer than ${PARSE_TIME_LIMIT_MS / 1000} seconds; the file may be damaged`);
    }, PARSE_TIME_LIMIT_MS);
    pending.set(message.id, {
      settle: (response) => {
        clearTimeout(timer);
        resolve(response as Response);
      },
      fail: (problem) => {
        clearTimeout(timer);
        resolve(failure(message.id, problem));
      },
    });
    target.postMessage(message, [message.bytes.buffer]);
  });
}

/** Decodes and parses an article file in the worker. */
export function parseInWorker(
  fileName: string,
  format: ArticleFormat,
  bytes: Uint8Array,
  encoding: string | null,
): Promise<ParseResponse> {
  const message: ParseRequest = { kind: 'article', id: nextId++, fileName, format, bytes: bytes.slice(), encoding };
  return request<ParseResponse>(message, (id, problem) => ({ id, ok: false, problem }));
}

/** Reads and checks an annotation file to import in the worker; `tags` are the library's. */
export async function parseImportInWorker(
  fileName: string,
  bytes: Uint8Array,
  tags: readonly Tag[],
  now: Date,
): Promise<Result<ParsedImport>> {
  const message: ImportRequest = {
    kind: 'import',
    id: nextId++,
    fileName,
    bytes: bytes.slice(),
    tags: tags.map(({ id, label, kind, color, shortcut }) => ({ id, label, kind, color, shortcut })),
    now: now.toISOString(),
  };
  const response = await request(message, (id, problem) => ({ id, result: err<ParsedImport>(problem) }));
  return response.result;
}
