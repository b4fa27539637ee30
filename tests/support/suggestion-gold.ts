// The suggestions' gold set: Russian news articles written for the tests, marked up by hand as `[person|Сэм Альтман]`,
// `[quote>Сэм Альтман|…]` (the speaker named in the nominative) and `[claim|…]` (which may hold names), and their
// spans in code points (gold.json, made from the mark-up and checked against it). Scored as an editor would: a
// suggestion is right when its span is exactly the gold one (or, reported apart, when it overlaps one of its kind).
import { readdirSync, readFileSync } from 'node:fs';
import { buildArticle } from '../../src/shared/article/article-builder';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import type { Morphology } from '../../src/shared/suggestions/morphology';
import type { Suggestion } from '../../src/shared/suggestions/suggest';
import { suggestAnnotations } from '../../src/shared/suggestions/suggest';
import { createCodePointConverter } from '../../src/shared/text/code-points';

export interface GoldSpan {
  tag: 'person' | 'organization' | 'place' | 'quote' | 'claim';
  /** Code points. */
  start: number;
  end: number;
  text: string;
  speaker?: string;
}

export interface GoldArticle {
  file: string;
  text: string;
  spans: GoldSpan[];
}

export const GOLD_FOLDER = new URL('../fixtures/suggestions/', import.meta.url);

const KINDS: Record<string, GoldSpan['tag']> = {
  person: 'person',
  org: 'organization',
  place: 'place',
  quote: 'quote',
  claim: 'claim',
};

/** The text of a marked-up article and its spans, in code points, outer spans before the spans they hold. */
export function parseGoldMarkup(file: string, markup: string): GoldArticle {
  let text = '';
  let length = 0;
  const spans: GoldSpan[] = [];
  const open: { tag: GoldSpan['tag']; start: number; speaker?: string; textStart: number }[] = [];
  let index = 0;
  while (index < markup.length) {
    const char = markup.charAt(index);
    if (char === '[') {
      const header = /^\[(person|org|place|quote|claim)(?:>([^|\]]+))?\|/u.exec(markup.slice(index));
      if (!header) throw new Error(`${file}: a [ that opens no span at ${index}`);
      const tag = KINDS[header[1] ?? ''] as GoldSpan['tag'];
      open.push({ tag, start: length, textStart: text.length, ...(header[2] ? { speaker: header[2] } : {}) });
      index += header[0].length;
      continue;
    }
    if (char === ']') {
      const span = open.pop();
      if (!span) throw new Error(`${file}: a ] that closes no span at ${index}`);
      spans.push({
        tag: span.tag,
        start: span.start,
        end: length,
        text: text.slice(span.textStart),
        ...(span.speaker ? { speaker: span.speaker } : {}),
      });
      index++;
      continue;
    }
    const codePoint = String.fromCodePoint(markup.codePointAt(index) ?? 0);
    text += codePoint;
    length++;
    index += codePoint.length;
  }
  if (open.length > 0) throw new Error(`${file}: ${open.length} spans left open`);
  return { file, text, spans: spans.sort((a, b) => a.start - b.start || b.end - a.end) };
}

export function readGoldMarkup(): GoldArticle[] {
  return readdirSync(GOLD_FOLDER)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parseGoldMarkup(name, readFileSync(new URL(name, GOLD_FOLDER), 'utf8').replace(/\n$/u, '')));
}

export function readGold(): GoldArticle[] {
  return (JSON.parse(readFileSync(new URL('gold.json', GOLD_FOLDER), 'utf8')) as { articles: GoldArticle[] }).articles;
}

export interface KindScore {
  gold: number;
  suggested: number;
  exact: number;
  overlapping: number;
}

export interface GoldScore {
  kinds: Record<GoldSpan['tag'], KindScore>;
  quotesWithSpeaker: number;
  speakersRight: number;
}

/** Same name up to inflection, word by word: `Альтман` is right for `Сэм Альтман`, `Силуанов` for `Антон Силуанов`. */
function speakerNamed(suggested: string, gold: string): boolean {
  const stem = (word: string): string =>
    word
      .toLowerCase()
      .replaceAll('ё', 'е')
      .slice(0, Math.max(3, word.length - 2));
  const goldWords = gold.split(/\s+/u).map(stem);
  const words = suggested.split(/\s+/u).filter((word) => word !== '');
  return words.length > 0 && words.every((word) => goldWords.includes(stem(word)));
}

/** Scores the suggestions for each gold article (UTF-16 offsets, as the app has them) against its spans. */
export function scoreSuggestions(articles: readonly { gold: GoldArticle; suggestions: readonly Suggestion[] }[]): GoldScore {
  const empty = (): KindScore => ({ gold: 0, suggested: 0, exact: 0, overlapping: 0 });
  const kinds = { person: empty(), organization: empty(), place: empty(), quote: empty(), claim: empty() };
  let quotesWithSpeaker = 0;
  let speakersRight = 0;
  for (const { gold, suggestions } of articles) {
    const points = createCodePointConverter(gold.text);
    const inPoints = suggestions.map((suggestion) => ({
      ...suggestion,
      start: points.toCodePoint(suggestion.start),
      end: points.toCodePoint(suggestion.end),
    }));
    for (const span of gold.spans) {
      const score = kinds[span.tag];
      score.gold++;
      const exact = inPoints.find(
        (candidate) => candidate.tag === span.tag && candidate.start === span.start && candidate.end === span.end,
      );
      if (exact) score.exact++;
      if (inPoints.some((candidate) => candidate.tag === span.tag && candidate.start < span.end && span.start < candidate.end))
        score.overlapping++;
      if (span.tag === 'quote' && span.speaker) {
        quotesWithSpeaker++;
        if (exact?.speaker && speakerNamed(exact.speaker.name, span.speaker)) speakersRight++;
      }
    }
    for (const suggestion of inPoints) kinds[suggestion.tag].suggested++;
  }
  return { kinds, quotesWithSpeaker, speakersRight };
}

/** Each gold article opened as the app opens a text file, with what it suggests in it for an empty library. */
export function suggestForGold(morphology: Morphology): { gold: GoldArticle; suggestions: Suggestion[] }[] {
  return readGold().map((gold) => {
    const article = buildArticle(parsePlainText(gold.text, gold.file), {
      fileName: gold.file,
      format: 'text',
      encoding: 'utf-8',
      byteLength: gold.text.length,
    });
    return {
      gold,
      suggestions: suggestAnnotations({ text: article.text, blocks: article.blocks, entities: [], people: [] }, morphology),
    };
  });
}

/** Precision, recall and F1 of one kind, exact or overlapping. */
export function f1(score: KindScore, match: 'exact' | 'overlapping'): { precision: number; recall: number; f1: number } {
  const right = score[match];
  const precision = score.suggested === 0 ? 0 : Math.min(1, right / score.suggested);
  const recall = score.gold === 0 ? 0 : right / score.gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
