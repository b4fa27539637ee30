// Article identity: a digest of the canonical text, so reopening the same text finds the same article.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function articleIdForText(canonicalText: string): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalText)))}`;
}
