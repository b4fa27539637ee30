// What the window and the suggestions' worker say to each other.
import type { Suggestion, SuggestionInput } from '../../../shared/suggestions/suggest';

export interface SuggestRequest {
  id: number;
  input: SuggestionInput;
}

export type SuggestResponse = { id: number; ok: true; suggestions: Suggestion[] } | { id: number; ok: false; problem: string };
