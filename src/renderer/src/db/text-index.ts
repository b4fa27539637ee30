// Full-text search of the library's articles: a MiniSearch index of their titles and texts, word by word up to
// inflection (the Snowball stem of each word, as names are matched), kept in the library worker. It is built in the
// background once the window is idle and caught up before each search with the articles added or removed since:
// an article's text never changes (its id is the hash of its text), so nothing else can make it stale. For the same
// reason it can be stored as it is: a start loads the stored index and indexes only what changed since it was saved.
import type { Options } from 'minisearch';
import MiniSearch from 'minisearch';
import { wordStem } from '../../../shared/entities/name-matching';
import type { NewsroomDB } from './database';

/** An article whose text holds what the editor searched for, with the first place it does. */
export interface TextHit {
  articleId: string;
  title: string;
  date: string | null;
  /** Code unit offsets of the first matching word in the article's text. */
  start: number;
  end: number;
  /** The text around that word, on one line. */
  before: string;
  match: string;
  after: string;
}

interface IndexedArticle {
  id: string;
  title: string;
  text: string;
}

/** Articles read from the library and indexed at a time: enough to keep the reads few, few enough to keep memory low. */
const BATCH = 200;
/** How much of the text the hit shows on each side of the matching word. */
const CONTEXT = 60;
/** The most articles a search answers with. */
export const MAX_TEXT_HITS = 100;

/**
 * A word: letters and digits, with the marks that may sit on them. A regular expression rather than Intl.Segmenter,
 * which took most of the 9 s that indexing a year's 5,000 articles took; for Russian and English text the words
 * are the same.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

const tokenize = (text: string): string[] => text.match(WORD) ?? [];

/**
 * Stems by word: a newsroom's texts repeat their words, and stemming each occurrence anew was the other half of the
 * indexing time. Bounded, so that a library of unusual words does not keep them all.
 */
const STEM_CACHE_LIMIT = 200_000;
const stems = new Map<string, string>();
function cachedStem(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, (stem = wordStem(word)));
  }
  return stem;
}

const INDEX_OPTIONS: Options<IndexedArticle> = {
  fields: ['title', 'text'],
  tokenize,
  processTerm: cachedStem,
  searchOptions: {
    boost: { title: 2 },
    combineWith: 'AND',
    prefix: (_term, index, terms) => index === terms.length - 1,
  },
};

/**
 * What a stored index was made with: words and stems as `tokenize` and `cachedStem` make them today. A change to
 * either must change this, and a stored index of another format is built again.
 */
export const TEXT_INDEX_FORMAT = 2;

/** The stored index: MiniSearch's own JSON, and the articles it holds. */
export interface StoredTextIndex {
  name: 'texts';
  format: number;
  articleIds: string[];
  json: string;
}

/**
 * How many articles indexed or forgotten since the index was last stored make it worth storing again: storing writes
 * the whole index (tens of megabytes for a year of real articles), while a start indexes a few missing articles in
 * milliseconds. A start or an import stores it at once; articles opened one by one, every fiftieth.
 */
const SAVE_AFTER_CHANGES = 50;

/**
 * Whether a build under way should store what it has so far: each time it has doubled the index. A year's first
 * build takes seconds, and a window closed before its end would otherwise start it again from nothing; storing at
 * each doubling costs about as much again as storing the whole index once.
 */
const dueMidway = (unsaved: number, indexed: number): boolean => unsaved >= Math.max(SAVE_AFTER_CHANGES, indexed / 2);

export class TextIndex {
  private index = new MiniSearch<IndexedArticle>(INDEX_OPTIONS);
  private indexed = new Set<string>();
  private loaded = false;
  /** Articles indexed or forgotten since the index was last stored. */
  private unsaved = 0;
  /** The texts' revision the index holds every article of: while it stays, a search need not list the texts. */
  private currentWith: number | undefined;
  private saving: Promise<void> = Promise.resolve();
  /** The search being answered, which storing the index waits for. */
  private answering: Promise<unknown> = Promise.resolve();
  /** One catch-up at a time: a search waits for the one the warm-up started. */
  private catchingUp: Promise<void> = Promise.resolve();

  /**
   * Indexes the articles added since the last time, and forgets those no longer in the library; the first time,
   * starting from the stored index. Resolves once the index is current; storing it, when due, follows.
   */
  catchUp(db: NewsroomDB): Promise<void> {
    // After a catch-up that failed (its caller was told), the next one tries again.
    this.catchingUp = this.catchingUp
      .catch(() => undefined)
      .then(async () => {
        if (!this.loaded) await this.loadStored(db);
        await this.indexNewArticles(db);
        if (this.unsaved >= SAVE_AFTER_CHANGES) this.saveSoon(db);
      });
    return this.catchingUp;
  }

  /**
   * Catches up, then searches once for the words of the article opened last: V8 compiles the search's scoring the
   * first time it runs, which made the editor's first search after a start take four times as long as the next.
   */
  async warmUp(db: NewsroomDB): Promise<void> {
    await this.catchUp(db);
    const newest = await db.articles.orderBy('openedAt').last();
    if (newest) await this.search(db, newest.title);
  }

  /** Stores the index now if anything is not stored yet (the tests, and a worker about to stop). */
  async flush(db: NewsroomDB): Promise<void> {
    await this.catchingUp;
    if (this.unsaved > 0) this.saveSoon(db);
    await this.saving;
  }

  private async loadStored(db: NewsroomDB): Promise<void> {
    this.loaded = true;
    let stored: StoredTextIndex | undefined;
    try {
      stored = await db.textIndexes.get('texts');
    } catch {
      return;
    }
    if (stored?.format !== TEXT_INDEX_FORMAT) return;
    try {
      this.index = MiniSearch.loadJSON<IndexedArticle>(stored.json, INDEX_OPTIONS);
      this.indexed = new Set(stored.articleIds);
    } catch {
      // A damaged stored index is built again from the texts.
      this.index = new MiniSearch<IndexedArticle>(INDEX_OPTIONS);
      this.indexed = new Set();
    }
  }

  /**
   * Stores the index once the search under way has been answered, without the caller waiting for it: writing it out
   * holds the worker for tens of milliseconds or more, which that search would otherwise wait for.
   */
  private saveSoon(db: NewsroomDB): void {
    this.unsaved = 0;
    this.saving = this.saving
      .then(() => this.answering)
      // The answer is posted in the tasks that follow the search's end: storing waits for the next turn.
      .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
      .then(() => this.save(db));
  }

  /** Writes what the index holds now: the index and its articles are taken in one go, so they always agree. */
  private async save(db: NewsroomDB): Promise<void> {
    const stored: StoredTextIndex = {
      name: 'texts',
      format: TEXT_INDEX_FORMAT,
      articleIds: [...this.indexed],
      json: JSON.stringify(this.index),
    };
    try {
      await db.textIndexes.put(stored);
    } catch {
      // Storing is only a head start for the next start (a full disk, say): the index in memory is whole.
    }
  }

  /** The articles whose title or text has every word of `query` (the last one also as the start of a word). */
  search(db: NewsroomDB, query: string): Promise<{ hits: TextHit[]; total: number }> {
    const answer = this.answer(db, query);
    this.answering = answer.catch(() => undefined);
    return answer;
  }

  private async answer(db: NewsroomDB, query: string): Promise<{ hits: TextHit[]; total: number }> {
    await this.catchUp(db);
    const results = this.index.search(query);
    const shown = results.slice(0, MAX_TEXT_HITS);
    const ids = shown.map((result) => String(result.id));
    const [records, texts] = await db.transaction('r', db.articles, db.articleTexts, () =>
      Promise.all([db.articles.bulkGet(ids), db.articleTexts.bulkGet(ids)]),
    );
    const hits = shown.flatMap((result, position) => {
      const record = records[position];
      const text = texts[position]?.text;
      if (!record || text === undefined) return [];
      return [{ articleId: record.id, title: record.title, date: record.date, ...firstPlace(text, new Set(result.terms)) }];
    });
    return { hits, total: results.length };
  }

  /** Indexes the library's articles the index does not hold, and forgets those the library no longer has. */
  private async indexNewArticles(db: NewsroomDB): Promise<void> {
    const { revision, ids } = await db.transaction('r', db.revisions, db.articleTexts, async () => {
      const revision = (await db.revisions.get('articleTexts'))?.revision ?? 0;
      // Listing a year's texts takes tens of milliseconds, which every search would wait for.
      return { revision, ids: revision === this.currentWith ? null : await db.articleTexts.toCollection().primaryKeys() };
    });
    if (ids === null) return;
    const present = new Set(ids);
    for (const id of this.indexed) {
      if (present.has(id)) continue;
      this.index.discard(id);
      this.indexed.delete(id);
      this.unsaved++;
    }
    const missing = ids.filter((id) => !this.indexed.has(id));
    for (let first = 0; first < missing.length; first += BATCH) {
      const batch = missing.slice(first, first + BATCH);
      const [records, texts] = await db.transaction('r', db.articles, db.articleTexts, () =>
        Promise.all([db.articles.bulkGet(batch), db.articleTexts.bulkGet(batch)]),
      );
      batch.forEach((id, position) => {
        const text = texts[position]?.text;
        if (text === undefined || this.indexed.has(id)) return;
        this.index.add({ id, title: records[position]?.title ?? '', text });
        this.indexed.add(id);
        this.unsaved++;
      });
      if (dueMidway(this.unsaved, this.indexed.size)) this.saveSoon(db);
    }
    this.currentWith = revision;
  }
}

/** The first word of `text` whose stem is one of `terms`, the words of the index the search matched. */
function firstPlace(text: string, terms: ReadonlySet<string>): Pick<TextHit, 'start' | 'end' | 'before' | 'match' | 'after'> {
  // Word by word up to the first match: the hits' whole texts split into words cost more than the search itself.
  let found: RegExpExecArray | undefined;
  for (const word of text.matchAll(WORD)) {
    if (!terms.has(cachedStem(word[0]))) continue;
    found = word;
    break;
  }
  // A match in the title only: the title is the start of the text.
  const start = found?.index ?? 0;
  const end = found ? start + found[0].length : 0;
  const oneLine = (part: string) => part.replace(/\s+/g, ' ');
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  // Cut where the text goes on: at a space, with an ellipsis, rather than in the middle of a word.
  const before = oneLine(text.slice(from, start)).trimStart();
  const after = oneLine(text.slice(end, to)).trimEnd();
  return {
    start,
    end,
    before: from > 0 ? `…${before.replace(/^\S*\s+/u, '')}` : before,
    match: text.slice(start, end),
    after: to < text.length ? `${after.replace(/\s+\S*$/u, '')}…` : after,
  };
}
