// Check-worthy sentences proposed as claims: those stating a number, an amount, a date, a first or a record, a
// role, or resting on a source (`по данным`, `сообщил`, `как писал`). A fact-checker reads them first.
import type { TextSpan } from '../text/text-span';

const MONTHS = 'январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр';
/** What makes a sentence worth checking, each a reason of its own. */
const CHECK_WORTHY: readonly RegExp[] = [
  // Numbers and amounts: `40 %`, `3000 человек`, `2,5 млрд рублей`, `в 2015 году`.
  /\d/u,
  new RegExp(`(?:^|[^\\p{L}])(?:${MONTHS})\\p{L}*`, 'iu'),
  /(?:^|[^\p{L}])(?:млн|млрд|тыс|миллион|миллиард|процент|рубл|доллар|евро)\p{L}*/iu,
  // Sources and attributions.
  /(?:^|[^\p{L}])(?:по данным|по словам|по информации|по оценк|согласно|как писал|как сообщ|сообщил|заявил|утверждают|утверждает|according to)/iu,
  // Firsts, records and roles.
  /(?:^|[^\p{L}])(?:впервые|первы[йм]|перв(?:ая|ой|ое)|крупнейш|рекорд|единственн|назначен|возглав|основан|избран|уволен|арестован)\p{L}*/iu,
];

/** Too short to state anything checkable: a dateline, a caption's fragment. */
const MIN_WORDS = 5;

/** The sentences of one paragraph, trimmed: a sentence ends with `.`, `!`, `?` or `…` (and a closing quote). */
function sentences(text: string, start: number, end: number): TextSpan[] {
  const found: TextSpan[] = [];
  const paragraph = text.slice(start, end);
  let from = 0;
  for (const boundary of paragraph.matchAll(/[.!?…]+[»"”)]?(?=\s|$)/gu)) {
    found.push({ start: start + from, end: start + boundary.index + boundary[0].length });
    from = boundary.index + boundary[0].length;
  }
  if (from < paragraph.length) found.push({ start: start + from, end });
  return found
    .map((sentence) => {
      let { start: first, end: last } = sentence;
      while (first < last && /\s/u.test(text.charAt(first))) first++;
      while (last > first && /\s/u.test(text.charAt(last - 1))) last--;
      return { start: first, end: last };
    })
    .filter((sentence) => sentence.end > sentence.start);
}

/** The check-worthy sentences of `paragraphs` (the article's blocks other than its title), in text order. */
export function suggestClaims(text: string, paragraphs: readonly TextSpan[]): TextSpan[] {
  const claims: TextSpan[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of sentences(text, paragraph.start, paragraph.end)) {
      const words = text.slice(sentence.start, sentence.end);
      if (words.split(/\s+/u).length < MIN_WORDS) continue;
      if (CHECK_WORTHY.some((pattern) => pattern.test(words))) claims.push(sentence);
    }
  }
  return claims;
}
