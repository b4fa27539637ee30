// Paints the suggestions of the open article apart from its tags: a dotted underline in the colour of the tag each
// proposes, and the one the keys are on outlined. Only those reaching into the painted span are registered, as the
// tags' highlights are (see highlight-painter.ts).
import type { Tag } from '../../../shared/annotation';
import type { Suggestion } from '../../../shared/suggestions/suggest';
import type { TextSpan } from '../../../shared/text/text-span';
import type { TextPositionMap } from './text-position-map';

export const CURRENT_SUGGESTION_HIGHLIGHT = 'nr-suggestion-current';

export function highlightNameForSuggestion(tagId: string): string {
  return `nr-suggested-${tagId.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}

export function suggestionHighlightRules(tags: readonly Tag[]): string {
  const rules = tags.map(
    (tag) =>
      `::highlight(${highlightNameForSuggestion(tag.id)}) { text-decoration: underline dotted 2px ${tag.color}; text-underline-offset: 5px; }`,
  );
  rules.push(
    `::highlight(${CURRENT_SUGGESTION_HIGHLIGHT}) { background-color: rgb(250 204 21 / 0.35); text-decoration: underline dotted 3px #92400e; text-underline-offset: 5px; }`,
  );
  return rules.join('\n');
}

export class SuggestionPainter {
  private painted: { map: TextPositionMap; suggestions: readonly Suggestion[]; currentId: string | null; span: TextSpan } | null =
    null;
  private readonly registered = new Set<string>();

  paint(map: TextPositionMap, suggestions: readonly Suggestion[], currentId: string | null, span: TextSpan): void {
    const last = this.painted;
    if (
      last?.map === map &&
      last.suggestions === suggestions &&
      last.currentId === currentId &&
      last.span.start === span.start &&
      last.span.end === span.end
    )
      return;
    this.clear(map);
    this.painted = { map, suggestions, currentId, span };
    const byTag = new Map<string, Highlight>();
    for (const suggestion of suggestions) {
      if (suggestion.start >= span.end || suggestion.end <= span.start) continue;
      const range = map.toStaticRange(suggestion.start, suggestion.end);
      if (!range) continue;
      let highlight = byTag.get(suggestion.tag);
      if (!highlight) byTag.set(suggestion.tag, (highlight = new map.realm.Highlight()));
      highlight.add(range);
      if (suggestion.id === currentId) {
        const current = new map.realm.Highlight(range);
        current.priority = 9;
        this.set(map, CURRENT_SUGGESTION_HIGHLIGHT, current);
      }
    }
    for (const [tag, highlight] of byTag) this.set(map, highlightNameForSuggestion(tag), highlight);
  }

  clear(map: TextPositionMap | null = this.painted?.map ?? null): void {
    for (const name of this.registered) map?.realm.CSS.highlights.delete(name);
    this.registered.clear();
    this.painted = null;
  }

  private set(map: TextPositionMap, name: string, highlight: Highlight): void {
    map.realm.CSS.highlights.set(name, highlight);
    this.registered.add(name);
  }
}
