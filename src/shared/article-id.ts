// Article identity: a digest of the canonical text, so reopening the same text finds the same article.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The SHA-256 of a text's UTF-8 bytes, in hex: a name for content that needs no other name. */
export function contentDigest(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function articleIdForText(canonicalText: string): string {
  return `sha256:${contentDigest(canonicalText)}`;
}
