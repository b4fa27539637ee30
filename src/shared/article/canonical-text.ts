// The normalisation every decoded document goes through before offsets are taken (DESIGN.md).
import { msg } from '@lit/localize';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Removes a leading BOM, turns CRLF and lone CR into LF, replaces a lone surrogate with U+FFFD (as a decoder does
 * with a byte it cannot read: no offset may fall inside a character) and applies Unicode NFC.
 */
export function normalizeDecodedText(decoded: string): string {
  const withoutBom = decoded.startsWith(BYTE_ORDER_MARK) ? decoded.slice(1) : decoded;
  return withoutBom
    .replace(/\r\n?/g, '\n')
    .replace(/[\uD800-\uDFFF]/gu, '\uFFFD')
    .normalize('NFC');
}

/** Why `text` is not canonical text, or null when it is. */
export function canonicalTextProblem(text: string): string | null {
  if (text.startsWith(BYTE_ORDER_MARK)) return msg('starts with a byte order mark');
  if (text.includes('\r')) return msg('has CR line endings; canonical text has LF only');
  if (/[\uD800-\uDFFF]/u.test(text)) return msg('is not well-formed Unicode (a lone surrogate)');
  if (text !== text.normalize('NFC')) return msg('is not in Unicode NFC');
  return null;
}
