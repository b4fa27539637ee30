// Matches names up to inflection (Творек, Творека, Твореком), word by word, with Snowball stemmers (Orama's
// ports, one module per language: the window loads two languages, not thirty).
import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import type { TextSpan } from '../text/text-span';

const wordSegmenter = new Intl.Segmenter('ru', { granularity: 'word' });

/**
 * Surname suffixes the Russian stemmer strips from some forms and keeps in others: it stems `Асанцев` to `асанц`
 * but `Асанцева` to `асанцев`.
 */
const SURNAME_SUFFIXES = ['ев', 'ов', 'ин', 'ын'];
/** Below this, a stem is too short to extend by a suffix safely: `Ян` must not match `января`. */
const MIN_SUFFIXED_STEM = 3;

/** A fleeting vowel before the last consonant disappears in other cases: `ветер`, `ветра`. */
function withoutFleetingVowel(stem: string): string | null {
  const match = /^(.+)[ео](\p{L})$/u.exec(stem);
  return match ? `${match[1] ?? ''}${match[2] ?? ''}` : null;
}

export interface NameWord {
  /** The word as written, lower case, ё read as е. */
  word: string;
  stem: string;
}

function stemOf(word: string): string {
  return /\p{Script=Cyrillic}/u.test(word) ? russianStem(word) : englishStem(word);
}

/** A word as the library compares words: lower case, ё read as е, reduced to its Snowball stem. */
export function wordStem(word: string): string {
  return stemOf(word.normalize('NFC').toLowerCase().replaceAll('ё', 'е'));
}

/** The words of a name with their stems; punctuation and spaces between them are dropped. */
export function nameWords(name: string): NameWord[] {
  const words: NameWord[] = [];
  for (const segment of wordSegmenter.segment(name.normalize('NFC'))) {
    if (!segment.isWordLike) continue;
    const word = segment.segment.toLowerCase().replaceAll('ё', 'е');
    words.push({ word, stem: stemOf(word) });
  }
  return words;
}

/** Two words are the same up to inflection: equal stems, a surname suffix the stemmer kept, or a fleeting vowel. */
export function sameWordUpToInflection(a: NameWord, b: NameWord): boolean {
  if (a.stem === b.stem) return true;
  const [shorter, longer] = a.stem.length <= b.stem.length ? [a.stem, b.stem] : [b.stem, a.stem];
  if (shorter.length >= MIN_SUFFIXED_STEM && SURNAME_SUFFIXES.some((suffix) => longer === shorter + suffix)) return true;
  return withoutFleetingVowel(longer) === shorter;
}

/** True when `text` names the same thing as `name`: as many words, each the same up to inflection. */
export function namesMatch(text: string, name: string): boolean {
  const left = nameWords(text);
  const right = nameWords(name);
  return (
    left.length > 0 &&
    left.length === right.length &&
    left.every((word, index) => sameWordUpToInflection(word, right[index] as NameWord))
  );
}

interface TextWord extends TextSpan {
  /** The word as written, lower case, ё read as е. */
  word: string;
}

/** A text's words in order, and where each stem occurs: a name word can only match words of a few stems. */
interface ScannedText {
  text: string;
  words: TextWord[];
  /** Indexes into `words` by the words' stems. */
  wordsByStem: Map<string, number[]>;
}

/**
 * The last text scanned: an editor tags mention after mention in the same article, and segmenting a long article
 * takes longer than a key press may.
 */
let scanned: ScannedText | null = null;
/** Stems of the words seen so far; an article repeats its words, so each is stemmed once. */
const stems = new Map<string, string>();
/** Beyond this many distinct words the stems are dropped and gathered again, to bound memory. */
const MAX_CACHED_STEMS = 200_000;

function cachedStem(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stem = stemOf(word);
    stems.set(word, stem);
  }
  return stem;
}

/** Words scanned per step of an unhurried scan: a few milliseconds of work. */
const WORDS_PER_STEP = 500;

/**
 * Scans `text` a step at a time: each call of the returned function reads some more of its words and stems them,
 * and answers true once the whole text is read.
 */
function scanInSteps(text: string): () => boolean {
  const segments = wordSegmenter.segment(text)[Symbol.iterator]();
  const partial: ScannedText = { text, words: [], wordsByStem: new Map() };
  return () => {
    for (let read = 0; read < WORDS_PER_STEP;) {
      const next = segments.next();
      if (next.done) {
        scanned = partial;
        return true;
      }
      const segment = next.value;
      if (!segment.isWordLike) continue;
      read++;
      const word = segment.segment.toLowerCase().replaceAll('ё', 'е');
      const stem = cachedStem(word);
      let indexes = partial.wordsByStem.get(stem);
      if (!indexes) partial.wordsByStem.set(stem, (indexes = []));
      indexes.push(partial.words.length);
      partial.words.push({ word, start: segment.index, end: segment.index + segment.segment.length });
    }
    return false;
  };
}

/** `text` scanned for words, at once if it was not prepared ahead. */
function scan(text: string): ScannedText {
  if (scanned?.text !== text) {
    const step = scanInSteps(text);
    while (!step());
  }
  return scanned as ScannedText;
}

/**
 * Prepares searching `text` for names ahead of time, so that the first search answers at once: call the returned
 * function while there is time (it does a few milliseconds of work a call) until it answers true.
 */
export function prepareNameSearch(text: string): () => boolean {
  return scanned?.text === text ? () => true : scanInSteps(text);
}

/**
 * Whether a word of the text is `nameWord` up to inflection; inflection never changes a word's first letter. A text
 * repeats its words: `verdicts` keeps the answer for each word already compared with `nameWord`, so a word that
 * occurs a thousand times is compared once.
 */
function matchesNameWord(
  textWord: TextWord | undefined,
  nameWord: NameWord,
  verdicts: Map<NameWord, Map<string, boolean>>,
): boolean {
  if (textWord === undefined || textWord.word[0] !== nameWord.word[0]) return false;
  let byWord = verdicts.get(nameWord);
  if (!byWord) verdicts.set(nameWord, (byWord = new Map<string, boolean>()));
  let verdict = byWord.get(textWord.word);
  if (verdict === undefined) {
    verdict = sameWordUpToInflection({ word: textWord.word, stem: cachedStem(textWord.word) }, nameWord);
    byWord.set(textWord.word, verdict);
  }
  return verdict;
}

/**
 * Every stem a word may have and still be `stem` up to inflection (see sameWordUpToInflection): the stem itself, the
 * stem with or without a surname suffix, with or without a fleeting vowel. Looking these up finds a name's mentions
 * without comparing the name with each of the text's words.
 */
function stemsUpToInflection(stem: string): string[] {
  const related = [stem];
  if (stem.length >= MIN_SUFFIXED_STEM) related.push(...SURNAME_SUFFIXES.map((suffix) => stem + suffix));
  for (const suffix of SURNAME_SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_SUFFIXED_STEM) related.push(stem.slice(0, -suffix.length));
  }
  const withoutVowel = withoutFleetingVowel(stem);
  if (withoutVowel !== null) related.push(withoutVowel);
  const lastLetter = /^(.+)(\p{L})$/u.exec(stem);
  if (lastLetter) related.push(...['е', 'о'].map((vowel) => `${lastLetter[1] ?? ''}${vowel}${lastLetter[2] ?? ''}`));
  return related;
}

/** Every place in `text` where one of `names` occurs, whole words only, up to inflection; longest names first. */
export function findNameOccurrences(text: string, names: readonly string[]): TextSpan[] {
  const patterns = names
    .map((name) => nameWords(name))
    .filter((words) => words.length > 0)
    .sort((a, b) => b.length - a.length);
  const { words, wordsByStem } = scan(text);
  const verdicts = new Map<NameWord, Map<string, boolean>>();
  // Only a word that is the first word of a name can start a mention of it.
  const startSet = new Set<number>();
  for (const [first] of patterns) {
    if (!first) continue;
    for (const stem of stemsUpToInflection(first.stem)) {
      for (const index of wordsByStem.get(stem) ?? []) if (matchesNameWord(words[index], first, verdicts)) startSet.add(index);
    }
  }
  const starts = [...startSet].sort((a, b) => a - b);
  const found: TextSpan[] = [];
  let nextFree = 0;
  for (const index of starts) {
    if (index < nextFree) continue;
    const pattern = patterns.find((candidate) =>
      candidate.every((word, offset) => matchesNameWord(words[index + offset], word, verdicts)),
    );
    if (!pattern) continue;
    const first = words[index] as TextSpan;
    const last = words[index + pattern.length - 1] as TextSpan;
    found.push({ start: first.start, end: last.end });
    nextFree = index + pattern.length;
  }
  return found;
}

/** `Джерри Творек (Jerry Tworek)`: the Latin name in parentheses right after a mention ending at `end`, if any. */
export function latinAliasAfter(text: string, end: number): string | null {
  const match = /^\s*\(\s*(\p{Script=Latin}[\p{Script=Latin}\s.'’-]{0,80}?)\s*\)/u.exec(text.slice(end, end + 100));
  return match?.[1] ?? null;
}

/**
 * The mentions that no annotation tagged `tagId` covers yet; `annotations` are in text order. A mention is covered
 * when some annotation starting before its end reaches past its start: the furthest end among the annotations
 * starting before each point, found by binary search, tells at once (a name with hundreds of mentions in a long
 * article checked each against thousands of annotations took 5 ms of the frame that shows a new tag).
 */
export function untaggedMentions(
  mentions: readonly TextSpan[],
  annotations: readonly { tag: string; start: number; end: number }[],
  tagId: string,
): TextSpan[] {
  const starts: number[] = [];
  const furthestEnds: number[] = [];
  for (const annotation of annotations) {
    if (annotation.tag !== tagId) continue;
    starts.push(annotation.start);
    furthestEnds.push(Math.max(annotation.end, furthestEnds.at(-1) ?? -Infinity));
  }
  return mentions.filter((span) => {
    // The number of annotations starting before the mention's end.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((starts[middle] ?? Infinity) < span.end) low = middle + 1;
      else high = middle;
    }
    return low === 0 || (furthestEnds[low - 1] ?? -Infinity) <= span.start;
  });
}
