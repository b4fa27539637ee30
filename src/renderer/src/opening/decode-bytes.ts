// Decodes the bytes of a text file: byte order mark first, then strict UTF-8, then detection among the Cyrillic
// encodings of old Windows, Unix and DOS systems. Refuses binary files instead of showing them as garbage.
import { msg } from '@lit/localize';
import { detect } from 'jschardet';

/** jschardet's names for the encodings it may choose between, mapped to WHATWG labels. */
const DETECTABLE: Readonly<Record<string, string>> = {
  'windows-1251': 'windows-1251',
  'koi8-r': 'koi8-r',
  ibm866: 'ibm866',
  cp866: 'ibm866',
  'iso-8859-5': 'iso-8859-5',
  maccyrillic: 'x-mac-cyrillic',
  'mac-cyrillic': 'x-mac-cyrillic',
  'windows-1252': 'windows-1252',
  ascii: 'utf-8',
};

/** Signatures of binary formats that arrive renamed as text: PDF, ZIP (DOCX, ODT), images, office binaries. */
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV, AVI)
  [0xd0, 0xcf, 0x11, 0xe0], // old Office documents
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; problem: string };

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Control characters other than tab, line breaks, form feed and escape never appear in text. */
function hasBinaryControls(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls++;
  }
  return controls > sample.length / 200;
}

function decodeAs(bytes: Uint8Array, label: string, fatal: boolean): string {
  return new TextDecoder(label, { fatal }).decode(bytes);
}

/** Decodes with the given encoding (the editor's choice), or detects it when `label` is null. */
export function decodeBytes(bytes: Uint8Array, label: string | null): Decoded {
  if (label !== null) return { ok: true, text: decodeAs(bytes, label, false), encoding: label };

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { ok: true, text: decodeAs(bytes, 'utf-8', false), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: decodeAs(bytes, 'utf-16le', false), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: decodeAs(bytes, 'utf-16be', false), encoding: 'utf-16be' };

  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature)) || hasBinaryControls(bytes)) {
    return { ok: false, problem: msg('this is not a text file (it contains binary data)') };
  }
  try {
    return { ok: true, text: decodeAs(bytes, 'utf-8', true), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: an older single-byte encoding, detected below.
  }
  const detected = detect(bytes, { detectEncodings: Object.keys(DETECTABLE) });
  const detectedLabel = detected.encoding === null ? undefined : DETECTABLE[detected.encoding.toLowerCase()];
  if (detectedLabel === undefined) {
    return { ok: false, problem: msg('its text encoding could not be recognised; it may not be a text file') };
  }
  return { ok: true, text: decodeAs(bytes, detectedLabel, false), encoding: detectedLabel };
}
