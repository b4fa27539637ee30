// The versions' gold set: stories written for the tests in two versions each (tests/fixtures/versions/NAME-v1.txt and
// -v2.txt), the second edited as newsrooms edit: typos fixed, paragraphs inserted, cut and swapped, a quote reworded.
// Spans are marked `⟦id:text⟧`, and may nest. In v2 a span stands where its v1 span belongs; `⟦id~:text⟧` where its
// text changed and the editor should be asked; a v1 span missing from v2 is one whose text is gone (an orphan).
// Offsets are kept in code points, as every export states them, and converted to UTF-16 only to call the app.
import { readdirSync, readFileSync } from 'node:fs';
import { describeTextRange } from '../../src/shared/annotation';
import type { AnchoredSpan, Placement } from '../../src/shared/text/reanchor';
import { createCodePointConverter } from '../../src/shared/text/code-points';

export interface VersionGoldSpan {
  id: string;
  /** Code points. */
  start: number;
  end: number;
  /** Marked `~` in v2: its text changed, so the app should place it flagged for the editor. */
  changed: boolean;
}

export interface VersionGoldText {
  text: string;
  spans: Map<string, VersionGoldSpan>;
}

export interface VersionGoldCase {
  name: string;
  before: VersionGoldText;
  after: VersionGoldText;
}

export const VERSION_GOLD_FOLDER = new URL('../fixtures/versions/', import.meta.url);

const OPENING = /^⟦([a-z]+\d+)(~?):/u;

/** The text of a marked-up version and its spans, in code points. */
export function parseVersionMarkup(file: string, markup: string): VersionGoldText {
  let text = '';
  let codePoints = 0;
  const spans = new Map<string, VersionGoldSpan>();
  const open: { id: string; changed: boolean; start: number }[] = [];
  for (let index = 0; index < markup.length;) {
    const rest = markup.slice(index);
    const opening = OPENING.exec(rest);
    if (opening) {
      open.push({ id: opening[1] ?? '', changed: opening[2] === '~', start: codePoints });
      index += opening[0].length;
      continue;
    }
    const character = String.fromCodePoint(markup.codePointAt(index) ?? 0);
    index += character.length;
    if (character === '⟦') throw new Error(`${file}: ⟦ that opens no span at ${index}`);
    if (character === '⟧') {
      const span = open.pop();
      if (!span) throw new Error(`${file}: ⟧ that closes no span at ${index}`);
      if (spans.has(span.id)) throw new Error(`${file}: ${span.id} is marked twice`);
      spans.set(span.id, { ...span, end: codePoints });
      continue;
    }
    text += character;
    codePoints++;
  }
  if (open.length > 0) throw new Error(`${file}: ${open.map((span) => span.id).join(', ')} not closed`);
  return { text, spans };
}

export function loadVersionGold(folder: URL = VERSION_GOLD_FOLDER): VersionGoldCase[] {
  const names = readdirSync(folder)
    .filter((file) => file.endsWith('-v1.txt'))
    .map((file) => file.slice(0, -'-v1.txt'.length))
    .sort();
  return names.map((name) => {
    const read = (version: string) => {
      const file = `${name}-${version}.txt`;
      // No newline at the end, as wire copy often has none: the text is what the app's article would hold.
      return parseVersionMarkup(file, readFileSync(new URL(file, folder), 'utf8').replace(/\n$/u, ''));
    };
    return { name, before: read('v1'), after: read('v2') };
  });
}

/** A v1 span as the app stores an annotation: UTF-16 offsets, its quote and context. */
export function anchoredSpan(before: VersionGoldText, span: VersionGoldSpan): AnchoredSpan {
  const converter = createCodePointConverter(before.text);
  const start = converter.toUtf16(span.start);
  const end = converter.toUtf16(span.end);
  return { start, end, ...describeTextRange(before.text, start, end) };
}

export interface VersionScore {
  /** Spans whose text survives unchanged in v2, and how many of them were placed exactly there, as kept. */
  survived: number;
  placedExactly: number;
  /** Spans whose text changed, and how many were placed there and flagged for the editor. */
  changed: number;
  changedFlagged: number;
  /** Spans placed anywhere other than where they belong, or placed when their text is gone. */
  misplaced: number;
  /** Spans whose text is gone, and how many were made orphans. */
  gone: number;
  orphaned: number;
  /** Every span not placed where it belongs, by id, with what the app did. */
  misses: string[];
}

/** Scores the app's placements of one case's v1 spans (in the order of `before.spans`) against the gold v2. */
export function scorePlacements(gold: VersionGoldCase, placements: readonly Placement[]): VersionScore {
  const score: VersionScore = {
    survived: 0,
    placedExactly: 0,
    changed: 0,
    changedFlagged: 0,
    misplaced: 0,
    gone: 0,
    orphaned: 0,
    misses: [],
  };
  const converter = createCodePointConverter(gold.after.text);
  [...gold.before.spans.keys()].forEach((id, index) => {
    const placement = placements[index];
    const expected = gold.after.spans.get(id);
    if (!placement) throw new Error(`No placement for ${id}`);
    const placed =
      placement.kind === 'orphan'
        ? null
        : { start: converter.toCodePoint(placement.start), end: converter.toCodePoint(placement.end) };
    const describe = placed ? `${placement.kind} at ${placed.start}–${placed.end}` : 'orphan';
    if (!expected) {
      score.gone++;
      if (placed) {
        score.misplaced++;
        score.misses.push(`${gold.name} ${id}: gone, but ${describe}`);
      } else score.orphaned++;
      return;
    }
    const right = placed !== null && placed.start === expected.start && placed.end === expected.end;
    if (placed && !right) score.misplaced++;
    if (expected.changed) {
      score.changed++;
      if (right && placement.kind === 'changed') score.changedFlagged++;
      else score.misses.push(`${gold.name} ${id}: changed at ${expected.start}–${expected.end}, but ${describe}`);
    } else {
      score.survived++;
      if (right && placement.kind === 'kept') score.placedExactly++;
      else score.misses.push(`${gold.name} ${id}: kept at ${expected.start}–${expected.end}, but ${describe}`);
    }
  });
  return score;
}
