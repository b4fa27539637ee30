// Sends a story's annotations to the carry-over worker with the two versions' texts, and waits for them placed.
import type { Annotation } from '../../../shared/annotation';
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';
import type { CarriedAnnotations, VersionTexts } from '../../../shared/versions/carry-over';
import { WorkerConnection } from '../workers/worker-connection';

export interface CarryOverRequest {
  id: number;
  texts: VersionTexts;
  annotations: readonly Annotation[];
}

export type CarryOverResponse =
  { id: number; ok: true; carried: CarriedAnnotations } | { id: number; ok: false; problem: string };

/** Far beyond the second a 1 MB story with 10,000 annotations takes; past it the worker is stopped as hung. */
const CARRY_OVER_TIME_LIMIT_MS = 60_000;

const worker = new WorkerConnection<CarryOverRequest, CarryOverResponse>(
  () => new Worker(new URL('./carry-over.worker.ts', import.meta.url), { type: 'module' }),
  (id, problem) => ({ id, ok: false, problem }),
);

export async function carryOverInWorker(
  texts: VersionTexts,
  annotations: readonly Annotation[],
): Promise<Result<CarriedAnnotations>> {
  const response = await worker.send((id) => ({ id, texts, annotations }), [], CARRY_OVER_TIME_LIMIT_MS);
  return response.ok ? ok(response.carried) : err(response.problem);
}
