// Types for az (Az.js), which ships none: the calls the app makes.
declare module 'az' {
  interface AzParse {
    tag: { toString(): string };
    /** `Dictionary` for a word the dictionary knows; the names of its guessers otherwise. */
    parser: string;
    score: number;
    normalize(): { word: string };
    inflect(grammemes: string[]): { word: string } | false | undefined;
  }

  type AzMorph = (word: string) => AzParse[];

  interface AzMorphModule extends AzMorph {
    init(path: string, callback: (error: unknown, morph: AzMorph) => void): void;
  }

  const Az: {
    Morph: AzMorphModule;
    /** How Az.js reads a dictionary file; the library worker sets a fetch that reports failures. */
    load(url: string, responseType: 'json' | 'arraybuffer', callback: (error: unknown, data?: unknown) => void): void;
  };
  export default Az;
  export type { AzMorph, AzParse };
}
