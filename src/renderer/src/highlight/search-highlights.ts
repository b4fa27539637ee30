// Paints the matches of a text search, and the current one, as their own CSS highlights.
import type { TextMatch } from '../../../shared/text/text-search';
import type { TextPositionMap } from './text-position-map';

export const SEARCH_HIGHLIGHT = 'nr-search';
export const CURRENT_MATCH_HIGHLIGHT = 'nr-search-current';

export const searchHighlightRules = `
::highlight(${SEARCH_HIGHLIGHT}) { background-color: rgb(255 213 0 / 0.55); }
::highlight(${CURRENT_MATCH_HIGHLIGHT}) { background-color: rgb(255 140 0 / 0.75); color: #1d1b17; }
`;

export function paintSearchMatches(map: TextPositionMap, matches: readonly TextMatch[], current: number): void {
  const ranges = matches.flatMap((match) => map.toStaticRange(match.start, match.end) ?? []);
  const { CSS, Highlight } = map.realm;
  const all = new Highlight(...ranges);
  // Above every annotation, so a match inside a highlighted name still shows.
  all.priority = 20;
  CSS.highlights.set(SEARCH_HIGHLIGHT, all);
  const currentRange = ranges[current];
  const currentHighlight = currentRange ? new Highlight(currentRange) : new Highlight();
  currentHighlight.priority = 21;
  CSS.highlights.set(CURRENT_MATCH_HIGHLIGHT, currentHighlight);
}

export function clearSearchMatches(map: TextPositionMap): void {
  map.realm.CSS.highlights.delete(SEARCH_HIGHLIGHT);
  map.realm.CSS.highlights.delete(CURRENT_MATCH_HIGHLIGHT);
}
