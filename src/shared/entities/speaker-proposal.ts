// Proposes who said a quote: a person named next to a verb of saying, else the nearest person in the same or
// the previous sentence.

export interface PersonMention {
  start: number;
  end: number;
  entityId: string;
}

/** Verbs newsrooms use to attribute a quote, in Russian (any gender, perfective or not) and English. */
export const SAYING =
  /(?:^|[^\p{L}])(?:сообщил|написал|заявил|сказал|отметил|добавил|подчеркнул|пояснил|признал|рассказал|ответил|уточнил|говорит|пишет|считает|said|says|told|wrote|added|stated|explained)(?:а|и|о)?(?=[^\p{L}]|$)/iu;

/** How far from a quote a verb of saying and its subject may stand: `», — написал Творек.` */
const ATTRIBUTION_REACH = 60;

/** Where the sentence holding `offset` starts: after `.`, `!`, `?` or `…` (and a closing quote), or a line break. */
function sentenceStartBefore(text: string, offset: number): number {
  // Looked for in a stretch before `offset`, doubled until it holds a boundary: a long article has thousands of
  // quotes, and reading all the text before each one made its suggestions take seconds.
  for (let reach = 512; ; reach *= 2) {
    const from = Math.max(0, offset - reach);
    let start = -1;
    for (const boundary of text.slice(from, offset).matchAll(/[.!?…][»"”]?\s+|\n+/gu))
      start = from + boundary.index + boundary[0].length;
    // A boundary found at the stretch's very start may be the tail of one that began before it: it ends alike.
    if (start !== -1) return start;
    if (from === 0) return 0;
  }
}

function sentenceEndAfter(text: string, offset: number): number {
  const match = /[.!?…](?=\s|$)|\n/u.exec(text.slice(offset));
  return match ? offset + match.index + 1 : text.length;
}

/**
 * The entity id of the proposed speaker of the quote at [quoteStart, quoteEnd), or null when no person is
 * mentioned near it. `people` are the article's person mentions linked to entities.
 */
export function proposeSpeaker(
  text: string,
  quoteStart: number,
  quoteEnd: number,
  people: readonly PersonMention[],
): string | null {
  const sentenceStart = sentenceStartBefore(text, quoteStart);
  // The sentence before, across the space or paragraph break between them: a quote that opens a paragraph is often
  // said by the person the paragraph before ends on.
  let previousEnd = sentenceStart;
  while (previousEnd > 0 && /\s/u.test(text.charAt(previousEnd - 1))) previousEnd--;
  const windowStart = sentenceStartBefore(text, previousEnd);
  const windowEnd = sentenceEndAfter(text, quoteEnd);
  const nearby = people.filter(
    (person) => person.start >= windowStart && person.end <= windowEnd && (person.end <= quoteStart || person.start >= quoteEnd),
  );
  if (nearby.length === 0) return null;

  const distance = (person: PersonMention): number =>
    person.start >= quoteEnd ? person.start - quoteEnd : quoteStart - person.end;
  const byDistance = [...nearby].sort((a, b) => distance(a) - distance(b));
  // `«…», — написал Творек` and `Творек заявил: «…»`: a verb of saying between the quote and the name, within the
  // sentence (`Коллеги Творека заявили, что… «…», — сказала Ким` is Ким's), the nearest such name first.
  const attributed = byDistance.find((person) => {
    const between = person.start >= quoteEnd ? text.slice(quoteEnd, person.start) : text.slice(person.end, quoteStart);
    return between.length <= ATTRIBUTION_REACH && SAYING.test(between) && !/[.!?…]\s/u.test(between);
  });
  return (attributed ?? byDistance[0])?.entityId ?? null;
}
