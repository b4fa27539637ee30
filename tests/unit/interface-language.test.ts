// The interface's language in the core: chosen from the system or the settings, and the counts, dates, tag names and
// announcements it produces in Russian and English (issue 21).
import { afterEach, describe, expect, it } from 'vitest';
import { InterfaceLanguageChoice, LANGUAGE_SETTING } from '../../src/renderer/src/app/interface-language';
import { describeAnnotation } from '../../src/renderer/src/app/article-insights';
import { annotationCountLabel, articleCountLabel } from '../../src/renderer/src/count-labels';
import { storedTagLabel, tagLabel } from '../../src/renderer/src/tag-labels';
import { claimStatusLabel } from '../../src/renderer/src/claim-status-labels';
import { DEFAULT_TAGS } from '../../src/shared/annotation';
import type { Annotation } from '../../src/shared/annotation';
import { formatDate, formatNumber } from '../../src/shared/i18n/formatting';
import type { InterfaceLanguage } from '../../src/shared/i18n/localization';
import { languageFromSystem, useInterfaceLanguage } from '../../src/shared/i18n/localization';
import { textLanguage } from '../../src/shared/text/text-language';

/** A no-break space, as Russian groups the digits of a number. */
const NBSP = '\u00a0';

afterEach(() => useInterfaceLanguage('en'));

describe('the language the interface speaks', () => {
  it('is the first of the system’s languages it speaks, else English', () => {
    expect(languageFromSystem(['ru-RU', 'en-US'])).toBe('ru');
    expect(languageFromSystem(['de-DE', 'ru'])).toBe('ru');
    expect(languageFromSystem(['de-DE', 'fr'])).toBe('en');
    expect(languageFromSystem([])).toBe('en');
  });

  it('follows the system until the editor chooses, keeps the choice, and tells the host each time', () => {
    const stored = new Map<string, string>();
    const preferences = {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
    };
    const told: InterfaceLanguage[] = [];
    let changes = 0;
    const host = { setInterfaceLanguage: (language: InterfaceLanguage) => told.push(language) };
    const choice = new InterfaceLanguageChoice({ preferences, host, systemLanguages: ['ru-RU'] }, () => changes++);
    expect([choice.choice, choice.language]).toEqual(['system', 'ru']);
    expect(annotationCountLabel(2)).toBe('2 аннотации');

    choice.choose('en');
    expect([choice.choice, choice.language, stored.get(LANGUAGE_SETTING)]).toEqual(['en', 'en', 'en']);
    expect(annotationCountLabel(2)).toBe('2 annotations');
    expect(told).toEqual(['ru', 'en']);
    expect(changes).toBe(1);

    // The next start reads the choice, whatever the system says.
    const next = new InterfaceLanguageChoice({ preferences, host, systemLanguages: ['ru-RU'] }, () => changes++);
    expect(next.language).toBe('en');
    next.choose('system');
    expect(next.language).toBe('ru');
  });
});

describe('counts, numbers and dates', () => {
  it('take Russian plural forms and digit groups', () => {
    useInterfaceLanguage('ru');
    expect([1, 2, 5, 11, 21, 22, 25, 10001].map(annotationCountLabel)).toEqual([
      '1 аннотация',
      '2 аннотации',
      '5 аннотаций',
      '11 аннотаций',
      '21 аннотация',
      '22 аннотации',
      '25 аннотаций',
      `10${NBSP}001 аннотация`,
    ]);
    expect(articleCountLabel(3, 30)).toBe('3 из 30 статей');
    expect(formatDate('2026-01-09')).toBe('9 янв. 2026 г.');
  });

  it('take English ones in English', () => {
    expect([1, 2, 10001].map(annotationCountLabel)).toEqual(['1 annotation', '2 annotations', '10,001 annotations']);
    expect(articleCountLabel(3, 30)).toBe('3 of 30 articles');
    expect(formatDate('2026-01-09')).toBe('Jan 9, 2026');
    expect(formatNumber(10001)).toBe('10,001');
  });

  it('leave a date that is not a calendar day as it is', () => {
    expect(formatDate('весной 2025')).toBe('весной 2025');
  });
});

describe('tags, statuses and announcements', () => {
  const person = DEFAULT_TAGS[0];
  if (!person) throw new Error('No default tags');

  it('name the default tags in the interface’s language, and keep a tag the editor named', () => {
    useInterfaceLanguage('ru');
    expect(DEFAULT_TAGS.map(tagLabel)).toEqual(['Персона', 'Организация', 'Место', 'Цитата', 'Утверждение']);
    expect(tagLabel({ id: 'person', label: 'Люди' })).toBe('Люди');
    expect(claimStatusLabel('misleading')).toBe('Вводит в заблуждение');
    useInterfaceLanguage('en');
    expect(tagLabel({ id: 'person', label: 'Персона' })).toBe('Person');
  });

  it('store a default tag’s name in any language as its English default, so exports stay the same', () => {
    expect(storedTagLabel({ id: 'person', label: 'Персона' })).toBe('Person');
    expect(storedTagLabel({ id: 'person', label: 'Люди' })).toBe('Люди');
  });

  it('announce what was tagged as «quote» — tag', () => {
    useInterfaceLanguage('ru');
    const annotation = { tag: 'person', quote: 'Джерри Творек' } as Annotation;
    expect(describeAnnotation(annotation, DEFAULT_TAGS)).toBe('«Джерри Творек» — персона');
  });
});

describe('the language of an article', () => {
  it('is read from its letters', () => {
    expect(textLanguage('Исследователь Джерри Творек (Jerry Tworek) покидает лабораторию')).toBe('ru');
    expect(textLanguage('Researcher Jerry Tworek leaves the lab')).toBe('en');
    expect(textLanguage('Дослідник Джеррі Творек залишає лабораторію і їде')).toBe('uk');
    expect(textLanguage('2026 — 40 %')).toBeUndefined();
  });
});
