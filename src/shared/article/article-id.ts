// Article identity: a digest of the canonical text, so reopening the same text finds the same article.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { isWellFormed } from '../text/code-points';

/**
 * The generalised UTF-8 (WTF-8) bytes of a text: UTF-8 for well-formed text, and a lone surrogate as the three bytes
 * its code unit would take. UTF-8 itself turns every lone surrogate into U+FFFD, so two texts that differ only there
 * would get one digest; WTF-8 gives every JavaScript string bytes of its own.
 */
function wtf8Bytes(text: string): Uint8Array {
  if (isWellFormed(text)) return utf8ToBytes(text);
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return Uint8Array.from(bytes);
}

/** The SHA-256 of a text's bytes, in hex: a name for content that needs no other name. */
export function contentDigest(text: string): string {
  return bytesToHex(sha256(wtf8Bytes(text)));
}

export function articleIdForText(canonicalText: string): string {
  return `sha256:${contentDigest(canonicalText)}`;
}
