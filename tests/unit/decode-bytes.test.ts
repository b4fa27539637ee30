import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/renderer/src/opening/decode-bytes';
import { ARTICLE_TEXT, encodedWithCrlf } from '../support/article-forms';

const crlf = ARTICLE_TEXT.replace(/\n/g, '\r\n');

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode(ARTICLE_TEXT);
    expect(decodeBytes(plain, null)).toEqual({ ok: true, text: ARTICLE_TEXT, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeBytes(withBom, null)).toEqual({ ok: true, text: ARTICLE_TEXT, encoding: 'utf-8' });
  });

  it.each([
    ['win1251', 'windows-1251'],
    ['utf16-le', 'utf-16le'],
  ] as const)('detects %s and decodes it exactly', (encoding, label) => {
    const decoded = decodeBytes(new Uint8Array(encodedWithCrlf(encoding)), null);
    expect(decoded).toEqual({ ok: true, text: crlf, encoding: label });
  });

  it.each([
    ['koi8-r', 'koi8-r'],
    ['cp866', 'ibm866'],
  ] as const)('detects %s and decodes it as an independent decoder does', (encoding, label) => {
    // These encodings lack some of the article's characters (№, «»), so the file itself holds less than the
    // original; the decoded text must be what the file holds.
    const bytes = encodedWithCrlf(encoding);
    const decoded = decodeBytes(new Uint8Array(bytes), null);
    expect(decoded).toEqual({ ok: true, text: iconv.decode(bytes, encoding), encoding: label });
    expect(decoded.ok && decoded.text).toContain('Городской совет Новосибирска');
  });

  it('reads UTF-16 big-endian by its byte order mark', () => {
    const littleEndian = encodedWithCrlf('utf16-le');
    const bigEndian = new Uint8Array(littleEndian.length);
    for (let index = 0; index + 1 < littleEndian.length; index += 2) {
      bigEndian[index] = littleEndian[index + 1] as number;
      bigEndian[index + 1] = littleEndian[index] as number;
    }
    expect(decodeBytes(bigEndian, null)).toEqual({ ok: true, text: crlf, encoding: 'utf-16be' });
  });

  it('decodes with the encoding the editor chose, even against detection', () => {
    const bytes = new Uint8Array(encodedWithCrlf('win1251'));
    const asKoi8 = decodeBytes(bytes, 'koi8-r');
    expect(asKoi8.ok && asKoi8.encoding).toBe('koi8-r');
    expect(asKoi8.ok && asKoi8.text).not.toBe(crlf);
  });

  it('refuses images, PDFs and other binary files renamed to .txt', () => {
    const png = new Uint8Array(readFileSync(new URL('../fixtures/binary.txt', import.meta.url)));
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    const controls = new Uint8Array(Array.from({ length: 400 }, (_, index) => (index % 10 === 0 ? 0x01 : 0x41)));
    for (const bytes of [png, pdf, zip, controls]) {
      expect(decodeBytes(bytes, null)).toEqual({ ok: false, problem: 'this is not a text file (it contains binary data)' });
    }
  });
});
