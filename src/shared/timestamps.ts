// Times of changes, compared as instants: an import may write `2026-01-01T23:00-05:00`, which sorts as text before
// `2026-01-02T01:00Z` though it is three hours later.

/** An instant as UTC, in the form the app writes: what is stored compares as text too. */
export function utcTimestamp(timestamp: string): string {
  return new Date(timestamp).toISOString();
}

/** Milliseconds from `b` to `a`: positive when `a` is the later instant. */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

/** Now, or just after `previous` if the clock has not moved on since: each edit of a record must be the newer. */
export function timeAfter(previous: string): string {
  return new Date(Math.max(Date.now(), Date.parse(previous) + 1)).toISOString();
}
