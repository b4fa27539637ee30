// Az.js (OpenCorpora's dictionary, as pymorphy2 has it) as the suggestions' Morphology. The dictionary files are
// loaded by the caller: the library worker fetches them from the app's origin, the tests read them from disk.
import type { AzMorph } from 'az';
import type { Morphology, WordReading } from './morphology';

/** What a word keeps when put in the nominative: its gender and number. */
const KEPT_IN_NOMINATIVE = ['masc', 'femn', 'neut', 'sing', 'plur'];

/** Readings of one word are asked again and again (every mention of a name): kept, up to this many words. */
const CACHE_LIMIT = 50_000;

export function azMorphology(morph: AzMorph): Morphology {
  const cache = new Map<string, readonly WordReading[]>();
  return {
    readings(word: string): readonly WordReading[] {
      const cached = cache.get(word);
      if (cached) return cached;
      let readings: WordReading[];
      try {
        readings = morph(word).map((parse) => {
          const grammemes = new Set(parse.tag.toString().split(/[ ,]/u));
          // In the nominative of the word's own gender and number: `Ивановой` → `иванова`, not the lemma `иванов`.
          const inflected = parse.inflect(['nomn', ...KEPT_IN_NOMINATIVE.filter((grammeme) => grammemes.has(grammeme))]);
          return {
            lemma: parse.normalize().word,
            nominative: inflected ? inflected.word : null,
            grammemes,
            known: parse.parser === 'Dictionary',
            score: parse.score,
          };
        });
      } catch {
        // A word the analyser trips over is a word it cannot read.
        readings = [];
      }
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, readings);
      return readings;
    },
  };
}
