// The interface's language: the editor's choice, kept between starts, or else the system's. Switching keeps every
// state of the window; only its words change.
import type { InterfaceLanguage } from '../../../shared/i18n/localization';
import { isInterfaceLanguage, languageFromSystem, useInterfaceLanguage } from '../../../shared/i18n/localization';
import type { Host } from '../host/host';
import type { Preferences } from './preferences';

export const LANGUAGE_SETTING = 'newsroom-annotator:language';

/** A language the editor chose, or `system` to follow the system's. */
export type LanguageChoice = InterfaceLanguage | 'system';

export interface InterfaceLanguageParts {
  preferences: Preferences;
  host: Pick<Host, 'setInterfaceLanguage'>;
  /** The languages the system prefers, most preferred first (`navigator.languages`). */
  systemLanguages: readonly string[];
}

export class InterfaceLanguageChoice {
  private _language: InterfaceLanguage;

  /** Starts speaking the chosen language at once, before anything is said. */
  constructor(
    private readonly parts: InterfaceLanguageParts,
    private readonly changed: () => void,
  ) {
    this._language = this.apply();
  }

  /** What the editor chose in the settings. */
  get choice(): LanguageChoice {
    const stored = this.parts.preferences.getItem(LANGUAGE_SETTING);
    return isInterfaceLanguage(stored) ? stored : 'system';
  }

  /** The language the interface speaks. */
  get language(): InterfaceLanguage {
    return this._language;
  }

  /** The system's language, as far as the interface speaks it. */
  get systemLanguage(): InterfaceLanguage {
    return languageFromSystem(this.parts.systemLanguages);
  }

  choose(choice: LanguageChoice): void {
    this.parts.preferences.setItem(LANGUAGE_SETTING, choice);
    const before = this._language;
    this._language = this.apply();
    if (this._language !== before) this.changed();
  }

  private apply(): InterfaceLanguage {
    const { choice } = this;
    const language = choice === 'system' ? this.systemLanguage : choice;
    useInterfaceLanguage(language);
    this.parts.host.setInterfaceLanguage(language);
    return language;
  }
}
