// The Russian catalogue: every message of the interface is translated, keeps its placeholders, and the catalogue the
// app loads is the one built from the translations (npm run translations after any msg() changes).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import { templates } from '../../src/shared/locales/ru';
import { INTERFACE_LANGUAGES } from '../../src/shared/i18n/localization';

const config = readConfigFileAndWriteSchema('tests/lit-localize.json');
const localizer = new RuntimeLitLocalizer({ ...config, output: config.output as RuntimeOutputConfig });
const { messages, errors } = localizer.extractSourceMessages();
const [, russian = []] = [...localizer.readTranslationsSync().translations].find(([locale]) => locale === 'ru') ?? [];

describe('the Russian catalogue', () => {
  it('is read from every msg() of the code without errors', () => {
    expect(errors).toEqual([]);
    expect(messages.length).toBeGreaterThan(400);
  });

  it('translates every message', () => {
    const translated = new Set(russian.map((message) => message.name));
    expect(messages.map((message) => message.name).filter((name) => !translated.has(name))).toEqual([]);
  });

  it('keeps every placeholder of each message', () => {
    expect(localizer.validateTranslations().errors).toEqual([]);
  });

  it('is the catalogue the app loads, built from the translations', () => {
    expect(Object.keys(templates).sort()).toEqual(messages.map((message) => message.name).sort());
  });

  it('holds plain text only, as the workers and the main process load it where Lit cannot run', () => {
    // A msg(html`…`) would make the catalogue import lit-html, whose browser build needs a document.
    expect(messages.filter((message) => message.tag === 'html').map((message) => message.name)).toEqual([]);
    expect(readFileSync('src/shared/locales/ru.ts', 'utf8')).not.toMatch(/from ['"]lit['"]/);
  });

  it('lists the languages the app offers', () => {
    expect([config.sourceLocale, ...config.targetLocales]).toEqual([...INTERFACE_LANGUAGES]);
  });
});
