// The interface's language: which one is in use, and the catalogues `msg()` reads. The same module serves the window,
// its workers and the main process, each told the language by the one that knows it (the editor's setting or the
// system), so that a message reads the same wherever it was written.
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import * as ru from '../locales/ru';

type LoadLocaleSync = Parameters<typeof configureReentrantLocalization>[0]['loadLocaleSync'];

/** The language the interface is written in; its words are the catalogues' keys. */
const SOURCE_LANGUAGE = 'en';
/** The languages it is translated into, as tests/lit-localize.json lists them. */
const TRANSLATED_LANGUAGES = ['ru'] as const;

/** Every language the interface speaks: the source language and each catalogue's. */
export const INTERFACE_LANGUAGES = [SOURCE_LANGUAGE, ...TRANSLATED_LANGUAGES] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** Each language by its own name, as a choice of language is offered in every language. */
export const LANGUAGE_NAMES: Readonly<Record<InterfaceLanguage, string>> = { en: 'English', ru: 'Русский' };

const catalogues: Readonly<Record<(typeof TRANSLATED_LANGUAGES)[number], { templates: unknown }>> = { ru };

let current: InterfaceLanguage = SOURCE_LANGUAGE;

configureReentrantLocalization({
  sourceLocale: SOURCE_LANGUAGE,
  targetLocales: [...TRANSLATED_LANGUAGES],
  getLocale: () => current,
  loadLocaleSync: (language) => catalogues[language as keyof typeof catalogues] as ReturnType<LoadLocaleSync>,
});

/** The language `msg()` answers in now. */
export function interfaceLanguage(): InterfaceLanguage {
  return current;
}

/** From now on `msg()` answers in `language`. */
export function useInterfaceLanguage(language: InterfaceLanguage): void {
  current = language;
}

/** Every translation the catalogues hold for the message `id` (the source text is not among them). */
export function translationsOf(id: string): string[] {
  return Object.values(catalogues).flatMap(({ templates }) => {
    const translation: unknown = (templates as Record<string, unknown>)[id];
    return typeof translation === 'string' ? [translation] : [];
  });
}

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && (INTERFACE_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the languages the system prefers (BCP 47 tags, most preferred first) that the interface speaks,
 * matched on the primary subtag (`ru-RU`, `ru` → `ru`); English when it speaks none of them.
 */
export function languageFromSystem(preferred: readonly string[]): InterfaceLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isInterfaceLanguage(primary)) return primary;
  }
  return SOURCE_LANGUAGE;
}
