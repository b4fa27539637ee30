// Compares stored records by content: field by field, nested objects and arrays included, whatever the key order.
// A field holding undefined counts as absent, as it does once the record is written out as JSON.

function definedKeys(record: object): string[] {
  return Object.entries(record).flatMap(([key, value]) => (value === undefined ? [] : [key]));
}

/** Whether `a` and `b` hold the same data. */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = definedKeys(a);
  const fields = b as Record<string, unknown>;
  return (
    keys.length === definedKeys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameRecord((a as Record<string, unknown>)[key], fields[key]))
  );
}
