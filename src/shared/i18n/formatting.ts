// Numbers, dates and plural categories in the interface's language, so that the same date or count reads the same
// everywhere the window shows it.
import { interfaceLanguage } from './localization';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, make: (language: string) => T): T {
  const language = interfaceLanguage();
  let format = cache.get(language);
  if (!format) {
    format = make(language);
    cache.set(language, format);
  }
  return format;
}

/** `10 001` in Russian, `10,001` in English. */
export function formatNumber(value: number): string {
  return cached(numberFormats, (language) => new Intl.NumberFormat(language)).format(value);
}

/**
 * A calendar date (`2026-01-09`, as articles carry it) as the interface writes dates: `9 янв. 2026 г.`,
 * `Jan 9, 2026`. It is read in UTC, so it is the same day in every time zone. Anything that is not such a date is
 * returned as it is.
 */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(time)) return isoDate;
  return cached(dateFormats, (language) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })).format(
    time,
  );
}

/** A moment (an ISO timestamp or milliseconds) in local time: `1 дек. 2026 г., 05:54`, `Dec 1, 2026, 5:54 AM`. */
export function formatDateTime(moment: string | number): string {
  const time = typeof moment === 'number' ? moment : Date.parse(moment);
  if (Number.isNaN(time)) return String(moment);
  return cached(
    dateTimeFormats,
    (language) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(time);
}

/** Which plural form `count` takes in the interface's language: Russian has one, few, many and other; English one and other. */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  return cached(pluralRules, (language) => new Intl.PluralRules(language)).select(count);
}
