// Names of persons, organisations and places proposed from the text: capitalised words read by the morphological
// analyser (its Name, Surn, Patr, Geox and Orgn readings), phrases with a head word (`Мурманской области`,
// `Министерство финансов`), names in «» after a word for a company, Latin names of organisations, and the library's
// own entities in any case form. Every span is whole words; a multi-word name is one span.
import { findNameOccurrences, latinAliasAfter } from '../entities/name-matching';
import type { Morphology, WordReading } from './morphology';
import { isAttributedQuote } from './suggest-quotes';

export type NameTag = 'person' | 'organization' | 'place';

export interface NameSpan {
  tag: NameTag;
  start: number;
  end: number;
  /** The library's entity it mentions, when the library knows it. */
  entityId?: string;
}

export interface KnownEntity {
  id: string;
  tag: string;
  name: string;
  aliases: readonly string[];
}

export interface Token {
  start: number;
  end: number;
  text: string;
  capitalised: boolean;
  latin: boolean;
  /** First word of a sentence, where any word is capitalised. */
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-‐’'][\p{L}\p{N}]+)*/gu;

/** The word tokens of `text`, each knowing whether it opens a sentence. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    let back = start - 1;
    // Opening quotes, brackets and dashes do not end a sentence; a line break or end punctuation does.
    while (back >= 0 && /[\s«„“"'(—–-]/u.test(text.charAt(back)) && text.charAt(back) !== '\n') back--;
    const before = back < 0 ? '' : text.charAt(back);
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      capitalised: /^\p{Lu}/u.test(word),
      latin: /^\p{Script=Latin}/u.test(word),
      sentenceStart: back < 0 || /[.!?…:\n]/u.test(before),
    });
  }
  return tokens;
}

/** Head words of organisations' names, as lemmas: `Варшавском университете`, `Министерство финансов`. */
const ORGANIZATION_HEADS = new Set(
  (
    'министерство ведомство агентство служба комитет университет институт академия банк суд прокуратура правительство ' +
    'парламент дума совет партия фонд центр корпорация холдинг издание газета журнал телеканал школа театр музей ' +
    'больница завод комбинат союз организация управление департамент палата собрание конгресс сенат администрация ' +
    'мэрия лаборатория консерватория биржа инспекция объединение движение федерация трибунал метрополитен служба ' +
    'полиция армия флот'
  ).split(' '),
);
/** Head words of places' names: `Мурманской области`, `Красной площади`. */
const PLACE_HEADS = new Set(
  (
    'область край район республика округ город село деревня посёлок поселок улица площадь проспект переулок шоссе ' +
    'море река озеро остров гора залив океан полуостров пролив долина вокзал аэропорт порт'
  ).split(' '),
);
/** Words for a place before its name in «»: `станцию «Театральная»`, `на площади «Европейская»`. */
const NAMED_PLACE_BEFORE = /(?:станци|улиц|площад|проспект|парк|сквер|район|микрорайон|жилой комплекс|ЖК|остановк)\p{L}*\s*$/iu;
/** Words that make the Latin name after them a product, not an organisation: `модель GPT-4`, `чат-бот ChatGPT`. */
const PRODUCT_BEFORE =
  /(?:модел|чат-бот|бот|нейросет|сервис|приложени|продукт|ассистент|платформ|программ|верси|браузер|смартфон|игр|систем|инструмент|агент)\p{L}*\s*$/iu;

const PERSON_GRAMMEMES = ['Name', 'Surn', 'Patr'];
/** Parts of speech a name never is, whatever other readings the word has: `Я`, `Он`, `При`. */
const NOT_NAMES = ['NPRO', 'PREP', 'CONJ', 'PRCL', 'INTJ', 'ADVB', 'VERB', 'INFN', 'PRED'];

/** How the analyser reads a capitalised word as a name: the first reading that is a proper name, if any. */
function properKind(readings: readonly WordReading[]): NameTag | 'abbreviation' | null {
  for (const reading of readings.slice(0, 6)) {
    const { grammemes } = reading;
    if (grammemes.has('Orgn')) return 'organization';
    if (grammemes.has('Geox')) return 'place';
    if (PERSON_GRAMMEMES.some((grammeme) => grammemes.has(grammeme))) return 'person';
    if (grammemes.has('Abbr')) return 'abbreviation';
  }
  return null;
}

interface WordInfo {
  token: Token;
  readings: readonly WordReading[];
  kind: NameTag | 'abbreviation' | null;
  known: boolean;
  adjective: boolean;
  /** An adjective among its likelier readings. */
  adjectiveReading: boolean;
  lemmas: ReadonlySet<string>;
}

function wordInfo(token: Token, morphology: Morphology): WordInfo {
  const readings = token.latin ? [] : morphology.readings(token.text);
  return {
    token,
    readings,
    kind: properKind(readings),
    known: readings.some((reading) => reading.known),
    adjective: readings[0]?.grammemes.has('ADJF') ?? false,
    adjectiveReading: readings.slice(0, 4).some((reading) => reading.grammemes.has('ADJF')),
    // The likely readings' lemmas only: `Творека` is not a `река` because the analyser can also split it so.
    lemmas: new Set(readings.filter((reading) => reading.score >= (readings[0]?.score ?? 0) / 2).map((reading) => reading.lemma)),
  };
}

/** Only spaces (no punctuation, no line break) between two tokens. */
function adjacent(text: string, left: Token, right: Token): boolean {
  return /^[^\S\n]{1,2}$/u.test(text.slice(left.end, right.start));
}

function headKind(info: WordInfo | undefined): NameTag | null {
  if (!info) return null;
  const word = info.token.text.toLowerCase();
  for (const lemma of info.lemmas) {
    // A reading that splits the word (`Т-ворека` as `река`) names something else.
    if (lemma.slice(0, 2) !== word.slice(0, 2)) continue;
    if (ORGANIZATION_HEADS.has(lemma)) return 'organization';
    if (PLACE_HEADS.has(lemma)) return 'place';
  }
  return null;
}

/** In the genitive by its likeliest reading (`финансов`), or a place or organisation that can be (`России`), not a person. */
function isGenitive(word: WordInfo | undefined): boolean {
  if (!word) return false;
  const isGenitiveNoun = (reading: WordReading | undefined): boolean =>
    reading !== undefined && reading.grammemes.has('gent') && (reading.grammemes.has('NOUN') || reading.grammemes.has('ADJF'));
  if (isGenitiveNoun(word.readings[0])) return true;
  return (
    word.token.capitalised &&
    (word.kind === 'place' || word.kind === 'organization') &&
    word.readings.slice(0, 4).some(isGenitiveNoun)
  );
}

/** An all-capitals word of two to six letters: `ФСБ`, `НАТО`, `МВД`. */
function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(word);
}

type InfoOf = (index: number) => WordInfo | undefined;

/**
 * `Варшавском университете`, `Казанского федерального университета`, `Южной Корее`: capitalised adjectives, any
 * adjectives after them, and a head word or a name; with what the head is of. Null when no head follows.
 */
function adjectivePhrase(
  text: string,
  tokens: readonly Token[],
  index: number,
  info: InfoOf,
): { span: NameSpan; next: number } | null {
  let last = index;
  while (
    tokens[last + 1] &&
    info(last + 1)?.adjectiveReading &&
    !headKind(info(last + 1)) &&
    adjacent(text, tokens[last] as Token, tokens[last + 1] as Token)
  )
    last++;
  const head = tokens[last + 1];
  const headInfo = info(last + 1);
  if (!head || !adjacent(text, tokens[last] as Token, head)) return null;
  const named = head.capitalised && !head.latin && headInfo?.kind !== 'abbreviation' ? headInfo?.kind : null;
  const kind = headKind(headInfo) ?? named ?? null;
  if (!kind) return null;
  const end = headTail(text, tokens, last + 1, info);
  return { span: { tag: kind, start: (tokens[index] as Token).start, end: (tokens[end] as Token).end }, next: end + 1 };
}

/**
 * What a head word at `index` is of: words in the genitive (`Министерство финансов`, `Банк России`), or `по` and a
 * few lower-case words (`Комитет по развитию транспортной инфраструктуры`). The index of the name's last word.
 */
function headTail(text: string, tokens: readonly Token[], index: number, info: InfoOf): number {
  let last = index;
  const joins = (next: number): boolean => tokens[next] !== undefined && adjacent(text, tokens[last] as Token, tokens[next]);
  while (last - index < 3 && joins(last + 1) && isGenitive(info(last + 1))) last++;
  if (tokens[last + 1]?.text === 'по' && joins(last + 1)) {
    let end = last + 1;
    while (
      end - last < 4 &&
      tokens[end + 1] &&
      !tokens[end + 1]?.capitalised &&
      adjacent(text, tokens[end] as Token, tokens[end + 1] as Token) &&
      isNounOrAdjective(info(end + 1))
    )
      end++;
    if (end > last + 1) last = end;
  }
  return last;
}

function isNounOrAdjective(word: WordInfo | undefined): boolean {
  const best = word?.readings[0];
  return best !== undefined && (best.grammemes.has('NOUN') || best.grammemes.has('ADJF'));
}

function rulesNames(text: string, tokens: readonly Token[], morphology: Morphology): NameSpan[] {
  const spans: NameSpan[] = [];
  const infos = new Map<number, WordInfo>();
  const info = (index: number): WordInfo | undefined => {
    const token = tokens[index];
    if (!token) return undefined;
    let found = infos.get(index);
    if (!found) {
      found = wordInfo(token, morphology);
      infos.set(index, found);
    }
    return found;
  };

  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    if (!token.capitalised) {
      index++;
      continue;
    }
    if (token.latin) {
      index = latinName(text, tokens, index, spans);
      continue;
    }
    const first = info(index) as WordInfo;

    // A capitalised adjective and a head word: `Варшавском университете`, `Мурманской области`, `Южной Корее`.
    // (`Казанского` reads as a surname too: the phrase decides.)
    const phrase = first.adjectiveReading ? adjectivePhrase(text, tokens, index, info) : null;
    if (phrase) {
      spans.push(phrase.span);
      index = phrase.next;
      continue;
    }
    if (first.adjective && !first.kind) {
      index++;
      continue;
    }
    // A head word and what it is of: `Министерство финансов`, `Банк России`, `Совет Федерации`.
    const head = headKind(first);
    if (head) {
      const last = headTail(text, tokens, index, info);
      if (last > index || !token.sentenceStart) {
        spans.push({ tag: head, start: token.start, end: (tokens[last] as Token).end });
        index = last + 1;
        continue;
      }
    }

    if (isAcronym(token.text)) {
      // Known to the dictionary but as no name (`ДНК`), it is a word, not an organisation.
      const kind = first.kind === 'place' ? 'place' : first.kind === 'organization' || !first.known ? 'organization' : null;
      if (kind) spans.push({ tag: kind, start: token.start, end: token.end });
      index++;
      continue;
    }

    // A proper name of one or more words: `Сэм Альтман`, `Джерри Творек`, `Анна Ким`, `Сан-Франциско`.
    const nameLike = (candidate: WordInfo | undefined): boolean =>
      candidate !== undefined &&
      candidate.token.capitalised &&
      candidate.token.text.length > 1 &&
      !NOT_NAMES.some((grammeme) => candidate.readings[0]?.grammemes.has(grammeme)) &&
      !candidate.token.latin &&
      !isAcronym(candidate.token.text) &&
      (candidate.kind === 'person' ||
        candidate.kind === 'place' ||
        candidate.kind === 'organization' ||
        (!candidate.known && !candidate.token.sentenceStart));
    if (!nameLike(first)) {
      // A common noun capitalised inside a sentence is a name: `Правительство`, `Сбербанка`.
      const best = first.readings[0];
      if (!token.sentenceStart && best?.grammemes.has('NOUN') && best.grammemes.has('inan') && token.text.length > 2)
        spans.push({ tag: 'organization', start: token.start, end: token.end });
      index++;
      continue;
    }
    // After a first name, the next capitalised word is the surname whatever else it means: `Андрей Чибис`.
    const continues = (candidate: WordInfo | undefined, previous: WordInfo | undefined): boolean =>
      nameLike(candidate) ||
      (previous?.readings.slice(0, 3).some((reading) => reading.grammemes.has('Name')) === true &&
        candidate?.token.capitalised === true &&
        !candidate.token.latin &&
        !NOT_NAMES.some((grammeme) => candidate.readings[0]?.grammemes.has(grammeme)));
    let last = index;
    const kinds = [first.kind];
    while (
      tokens[last + 1] &&
      adjacent(text, tokens[last] as Token, tokens[last + 1] as Token) &&
      continues(info(last + 1), info(last))
    ) {
      last++;
      kinds.push(info(last)?.kind ?? null);
    }
    const tag: NameTag = kinds.includes('organization')
      ? 'organization'
      : kinds.length === 1 && kinds[0] === 'place'
        ? 'place'
        : kinds.includes('person') || kinds.includes(null)
          ? 'person'
          : 'place';
    spans.push({ tag, start: token.start, end: (tokens[last] as Token).end });
    index = last + 1;
  }
  return spans;
}

/** Capitalised Latin words in a row, as one organisation, unless an alias or a product; returns the next index. */
function latinName(text: string, tokens: readonly Token[], index: number, spans: NameSpan[]): number {
  let last = index;
  while (
    tokens[last + 1]?.latin &&
    tokens[last + 1]?.capitalised &&
    adjacent(text, tokens[last] as Token, tokens[last + 1] as Token)
  )
    last++;
  const start = (tokens[index] as Token).start;
  const end = (tokens[last] as Token).end;
  const name = text.slice(start, end);
  const inParentheses = /\(\s*$/u.test(text.slice(Math.max(0, start - 3), start));
  const product = /\d/u.test(name) || PRODUCT_BEFORE.test(text.slice(Math.max(0, start - 30), start));
  if (!inParentheses && !product) spans.push({ tag: 'organization', start, end });
  return last + 1;
}

/** Names in «»: `компания «Северный ветер»`, `обыграл «Спартак»`; a station's or a street's name is a place. */
function namesInQuotes(text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const match of text.matchAll(/«([^«»\n]{1,60})»/gu)) {
    const inner = match[1] ?? '';
    const span = { start: match.index + 1, end: match.index + 1 + inner.length };
    if (!/^\p{Lu}/u.test(inner) || inner.split(/\s+/u).length > 4 || /[,.!?…:;]/u.test(inner) || isAttributedQuote(text, span))
      continue;
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    spans.push({ tag: NAMED_PLACE_BEFORE.test(before) ? 'place' : 'organization', ...span });
  }
  return spans;
}

/** The library's entities, named or aliased, in any case form. */
function knownNames(text: string, entities: readonly KnownEntity[]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const entity of entities) {
    if (entity.tag !== 'person' && entity.tag !== 'organization' && entity.tag !== 'place') continue;
    for (const span of findNameOccurrences(text, [entity.name, ...entity.aliases]))
      spans.push({ tag: entity.tag, start: span.start, end: span.end, entityId: entity.id });
  }
  return spans;
}

/** Keeps the first of overlapping spans in the order given (the more trusted kinds are given first). */
function withoutOverlaps(textLength: number, groups: readonly NameSpan[][]): NameSpan[] {
  const kept: NameSpan[] = [];
  // Which characters a kept span covers: a long article has thousands of names, too many to compare pairwise.
  const covered = new Uint8Array(textLength);
  for (const group of groups) {
    for (const span of group) {
      if (covered.subarray(span.start, span.end).includes(1)) continue;
      covered.fill(1, span.start, span.end);
      kept.push(span);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Names of persons, organisations and places in `text`, in text order, never overlapping. */
export function suggestNames(text: string, morphology: Morphology, entities: readonly KnownEntity[]): NameSpan[] {
  const tokens = tokenize(text);
  const names = withoutOverlaps(text.length, [
    knownNames(text, entities),
    namesInQuotes(text),
    rulesNames(text, tokens, morphology),
  ]);
  // A Latin alias in parentheses right after a name is that name again, not a name of its own; only the name just
  // before it can be followed by it.
  return names.filter((name, index) => {
    const before = names[index - 1];
    return !(name.tag === 'organization' && before && isAliasOf(text, before, name));
  });
}

function isAliasOf(text: string, name: NameSpan, alias: NameSpan): boolean {
  if (name.end > alias.start) return false;
  const latin = latinAliasAfter(text, name.end);
  return latin !== null && text.slice(alias.start, alias.end) === latin;
}
