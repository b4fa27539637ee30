// Dates and titles as newsroom copy states them: wire header lines, datelines, ISO and Russian dates.

/** ` date 2026-01-09 Headline` (leading space and a colon after `date` tolerated). */
const WIRE_HEADER = /^\s*date:?\s+(\d{4}-\d{2}-\d{2})\s+(\S.*)$/i;

const RUSSIAN_MONTHS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
] as const;

export function isValidIsoDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(date) ? date : null;
}

/** The headline and date of a wire header line, or null when the line is not one. */
export function parseWireHeader(line: string): { title: string; date: string | null } | null {
  const match = WIRE_HEADER.exec(line);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  return { title: match[2].trim(), date: isValidIsoDate(match[1]) ? match[1] : null };
}

/**
 * Reads a date as publications write it: `2026-01-09` (also the start of an ISO timestamp), `09.01.2026`, or
 * `9 января 2026` (with `г.` or `года` after it). Returns YYYY-MM-DD, or null.
 */
export function parseDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (dotted) return isoDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const russian = /^(\d{1,2})\s+(\p{L}+)\s+(\d{4})(?:\s*(?:г\.?|года))?$/u.exec(value);
  if (russian?.[2] !== undefined) {
    const monthWord = russian[2].toLowerCase();
    // `ма` alone would match any word: May is `мая` or `май`.
    const month = RUSSIAN_MONTHS.findIndex((stem) => (stem === 'ма' ? /^ма[йя]$/.test(monthWord) : monthWord.startsWith(stem)));
    if (month >= 0) return isoDate(Number(russian[3]), month + 1, Number(russian[1]));
  }
  return null;
}
