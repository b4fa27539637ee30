// Whether an article opened is another version of a story already in the library: the same file (its path, or in a
// browser its name), the same title and date, or a title a few letters apart (a typo fixed in the headline), and
// most of its text shared. Text is compared by word shingles (runs of three words), so that an edit
// changes only the shingles it touches and a paragraph moved keeps all of its own.
import { distance } from 'fastest-levenshtein';
import type { Article } from '../article/article';

/** Share of the shorter text's shingles found in the other at which two texts are one story. */
export const SAME_STORY_SIMILARITY = 0.5;
/** Words in one shingle: enough that two stories on one subject share few, few enough that an edit breaks few. */
const SHINGLE_WORDS = 3;

function shingles(text: string): Set<string> {
  const words = text.toLocaleLowerCase('ru').match(/[\p{L}\p{N}]+/gu) ?? [];
  const found = new Set<string>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length > 0) found.add(words.join(' '));
    return found;
  }
  for (let index = 0; index + SHINGLE_WORDS <= words.length; index++)
    found.add(words.slice(index, index + SHINGLE_WORDS).join(' '));
  return found;
}

/**
 * How much of two texts is shared, from 0 to 1: the share of the shorter one's shingles that the longer one has too.
 * A story that grew by new paragraphs is still all there; a different story on the same subject shares few.
 */
export function textSimilarity(a: string, b: string): number {
  const first = shingles(a);
  const second = shingles(b);
  const [smaller, larger] = first.size <= second.size ? [first, second] : [second, first];
  if (smaller.size === 0) return 0;
  let shared = 0;
  for (const shingle of smaller) if (larger.has(shingle)) shared++;
  return shared / smaller.size;
}

/** What is known of a library article without reading its text. */
export interface StoryCandidate {
  id: string;
  title: string;
  date: string | null;
  fileName: string;
  path: string | null;
}

/** A title as an editor reads it: case, ё and spacing aside. */
function normalTitle(title: string): string {
  return title.toLocaleLowerCase('ru').replaceAll('ё', 'е').replace(/\s+/gu, ' ').trim();
}

/** Share of a title's letters that an edit of the other may change and leave it the same headline: a typo, a word. */
const TITLE_EDIT_SHARE = 0.15;

/** Whether two normalised titles differ by a typo or a word at most. */
function closeTitles(a: string, b: string): boolean {
  const longer = Math.max(a.length, b.length);
  const allowed = Math.floor(longer * TITLE_EDIT_SHARE);
  return Math.abs(a.length - b.length) <= allowed && distance(a, b) <= allowed;
}

/** At most this many candidates have their text read: a file name like `article.txt` may be shared by hundreds. */
const MAX_CANDIDATES = 20;

/**
 * The library articles worth reading the text of, most likely first: the same file's path, the same title and date,
 * the same file name (what a browser knows of a file), then a title a typo or a word apart. The text decides
 * (`textSimilarity`), so a file name reused for another story, or a headline like another's, does not make a version.
 */
export function likelyStories(
  article: Pick<Article, 'title' | 'date' | 'source'>,
  library: readonly StoryCandidate[],
): StoryCandidate[] {
  const path = article.source.path ?? null;
  const title = normalTitle(article.title);
  const rank = (candidate: StoryCandidate): number => {
    if (path !== null && candidate.path === path) return 0;
    const candidateTitle = normalTitle(candidate.title);
    if (candidate.date === article.date && candidateTitle === title) return 1;
    if (candidate.fileName === article.source.fileName) return 2;
    if (closeTitles(candidateTitle, title)) return 3;
    return 4;
  };
  return library
    .map((candidate) => ({ candidate, rank: rank(candidate) }))
    .filter(({ rank }) => rank < 4)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, MAX_CANDIDATES)
    .map(({ candidate }) => candidate);
}
