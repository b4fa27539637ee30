// The normalisation every decoded document goes through before offsets are taken (DESIGN.md).

const BYTE_ORDER_MARK = '\uFEFF';

/** Removes a leading BOM, turns CRLF and lone CR into LF, and applies Unicode NFC. */
export function normalizeDecodedText(decoded: string): string {
  const withoutBom = decoded.startsWith(BYTE_ORDER_MARK) ? decoded.slice(1) : decoded;
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
}
