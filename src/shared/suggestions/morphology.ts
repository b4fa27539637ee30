// What the suggestions ask of a morphological analyser: for a word, its readings (lemma, grammemes, how likely), best
// first. The app answers with Az.js and the OpenCorpora dictionary (az-morphology.ts); the rules only see this.

export interface WordReading {
  /** The dictionary form, lower case: `альтман` for `Альтману`. */
  lemma: string;
  /** The word in the nominative of its own number and gender, lower case: `иванова` for `Ивановой`; null if none. */
  nominative: string | null;
  /** OpenCorpora grammemes: part of speech (NOUN, ADJF, VERB…), case, gender, and Name, Surn, Patr, Geox, Orgn… */
  grammemes: ReadonlySet<string>;
  /** Whether the dictionary knows the word, rather than guessing it from its ending. */
  known: boolean;
  score: number;
}

export interface Morphology {
  /** The readings of `word` as written (any case), the likeliest first; empty for a word it cannot read. */
  readings(word: string): readonly WordReading[];
}
