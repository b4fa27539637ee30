import { describe, expect, it } from 'vitest';
import { sameRecord } from '../../src/shared/same-record';

describe('sameRecord', () => {
  const annotation = {
    id: 'a1',
    tag: 'claim',
    start: 3,
    end: 9,
    claim: { status: 'verified', note: 'Checked', sources: ['https://example.org/a', 'https://example.org/b'] },
  };

  it('finds a record read back from the database equal to the one written, whatever the key order', () => {
    const readBack = {
      end: 9,
      start: 3,
      claim: { sources: ['https://example.org/a', 'https://example.org/b'], note: 'Checked', status: 'verified' },
      tag: 'claim',
      id: 'a1',
    };
    expect(sameRecord(annotation, structuredClone(annotation))).toBe(true);
    expect(sameRecord(annotation, readBack)).toBe(true);
  });

  it('tells apart records that differ anywhere, nested values and array order included', () => {
    expect(sameRecord(annotation, { ...annotation, end: 10 })).toBe(false);
    expect(sameRecord(annotation, { ...annotation, entityId: 'e1' })).toBe(false);
    expect(sameRecord(annotation, { ...annotation, claim: { ...annotation.claim, status: 'false' } })).toBe(false);
    const reordered = { ...annotation, claim: { ...annotation.claim, sources: [...annotation.claim.sources].reverse() } };
    expect(sameRecord(annotation, reordered)).toBe(false);
    expect(sameRecord([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameRecord(null, {})).toBe(false);
  });

  it('counts a field holding undefined as absent, as JSON does', () => {
    expect(sameRecord(annotation, { ...annotation, note: undefined })).toBe(true);
    expect(sameRecord({ ...annotation, note: undefined }, { ...annotation, note: '' })).toBe(false);
  });
});
