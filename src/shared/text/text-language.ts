// The language an article is written in, as far as a screen reader's voice needs it: Russian (or Ukrainian) for
// Cyrillic text, English for Latin text. Read from the letters of its opening, not from the interface's language.

const SAMPLE_LENGTH = 4000;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
/** Letters Ukrainian has and Russian does not. */
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/gu;

/** The BCP 47 tag of the text's language, or undefined when its letters do not say (digits, no letters, a tie). */
export function textLanguage(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (cyrillic > latin) {
    // Ukrainian text has one of its own letters every few dozen; a Russian text quoting a Ukrainian name has a few.
    const ukrainian = sample.match(UKRAINIAN_ONLY)?.length ?? 0;
    return ukrainian * 50 > cyrillic ? 'uk' : 'ru';
  }
  if (latin > cyrillic) return 'en';
  return undefined;
}
