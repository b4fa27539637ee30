// Quotes proposed from the text: words in «» or „“ attributed by a verb of saying (`«…», — написал Творек`,
// `Ким заявила: «…»`), and direct speech after a dash (`— Мы остаёмся, — сказала Ким.`). Each with its speaker: the
// person named by the verb of saying, else the nearest person around it (speaker-proposal.ts).
import type { PersonMention } from '../entities/speaker-proposal';
import { proposeSpeaker, SAYING } from '../entities/speaker-proposal';
import type { TextSpan } from '../text/text-span';

export interface QuoteSpan extends TextSpan {
  /** Index into the people given of who said it, if anyone is named near it. */
  speaker: number | null;
}

/** How far from a quote its verb of saying stands, on either side. */
const ATTRIBUTION_REACH = 50;
/** `по словам Ким, «…»`, `как отметил Творек, «…»`: an attribution before the quote without a colon. */
const ACCORDING_TO =
  /(?:по (?:его|её|ее|их) словам|по словам|как (?:\p{L}+ )?(?:сказал|отметил|написал|заявил|пояснил|подчеркнул)\p{L}*)[^.!?«]*$/iu;

/** The spans inside «» and „“, the outer ones where quotes nest. */
function quotedSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === '\n') depth = 0;
    else if (char === '«' || (char === '„' && depth === 0)) {
      if (depth === 0) start = index + 1;
      depth++;
    } else if ((char === '»' || (char === '“' && depth === 1)) && depth > 0) {
      depth--;
      if (depth === 0 && index > start) spans.push({ start, end: index });
    }
  }
  return spans;
}

/** The words in «» at `span` (inside the marks) are said by someone: a verb of saying next to them. */
export function isAttributedQuote(text: string, span: TextSpan): boolean {
  const after = text.slice(span.end + 1, span.end + 1 + ATTRIBUTION_REACH);
  // `«…», — написал Творек.`, `«…», — говорит он.`: a dash, then the verb within a few words.
  if (/^[,.!?…]?\s*[—–-]/u.test(after) && SAYING.test(after.split(/[.!?…\n]/u)[0] ?? '')) return true;
  const before = text.slice(Math.max(0, span.start - 1 - ATTRIBUTION_REACH), span.start - 1);
  const sentenceBefore = before.split(/[.!?…\n]/u).at(-1) ?? '';
  // `Ким заявила: «…»`, `написал он в блоге: «…»`.
  if (/:\s*$/u.test(sentenceBefore) && SAYING.test(sentenceBefore)) return true;
  return ACCORDING_TO.test(sentenceBefore);
}

/** Direct speech: a paragraph opening with a dash, up to the dash before its verb of saying (or the paragraph end). */
function directSpeech(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(/(?:^|\n)[^\S\n]*[—–][^\S\n]+([^\n]+)/gu)) {
    const line = match[1] ?? '';
    const lineStart = match.index + match[0].length - line.length;
    const attribution = /[,.!?…]\s+[—–]\s+([^—–\n]*)/u.exec(line);
    if (attribution && !SAYING.test(attribution[1] ?? '')) continue;
    let end = attribution ? attribution.index + (/[!?…]/u.test(line.charAt(attribution.index)) ? 1 : 0) : line.length;
    while (end > 0 && /\s/u.test(line.charAt(end - 1))) end--;
    if (end > 0) spans.push({ start: lineStart, end: lineStart + end });
  }
  return spans;
}

/** The quotes of `text` with their speakers among `people` (the article's persons, tagged or proposed). */
export function suggestQuotes(text: string, people: readonly TextSpan[]): QuoteSpan[] {
  const mentions: PersonMention[] = people.map((person, index) => ({
    start: person.start,
    end: person.end,
    entityId: String(index),
  }));
  const quotes = [...quotedSpans(text).filter((span) => isAttributedQuote(text, span)), ...directSpeech(text)];
  return quotes
    .sort((a, b) => a.start - b.start)
    .filter((quote, index, all) => index === 0 || (all[index - 1] as TextSpan).end <= quote.start)
    .map((quote) => {
      const speaker = proposeSpeaker(text, quote.start, quote.end, mentions);
      return { ...quote, speaker: speaker === null ? null : Number(speaker) };
    });
}
