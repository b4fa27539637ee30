// Asks the suggestions' worker for an article's suggestions.
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';
import type { Suggestion, SuggestionInput } from '../../../shared/suggestions/suggest';
import { WorkerConnection } from '../workers/worker-connection';
import type { SuggestRequest, SuggestResponse } from './suggest-messages';

/** The first article waits for the dictionary too; a 1 MB article takes about a second after that. */
const SUGGEST_TIME_LIMIT_MS = 60_000;

const suggester = new WorkerConnection<SuggestRequest, SuggestResponse>(
  () => new Worker(new URL('./suggestions.worker.ts', import.meta.url), { type: 'module' }),
  (id, problem) => ({ id, ok: false, problem }),
);

export async function suggestInWorker(input: SuggestionInput): Promise<Result<Suggestion[]>> {
  const response = await suggester.send((id) => ({ id, input }), [], SUGGEST_TIME_LIMIT_MS);
  return response.ok ? ok(response.suggestions) : err(response.problem);
}
