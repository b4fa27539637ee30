import { describe, expect, it } from 'vitest';
import { rememberLast } from '../../src/renderer/src/remember-last';

describe('rememberLast', () => {
  it('answers the same inputs with the same result object, and works again when one input changes', () => {
    let calls = 0;
    const joined = rememberLast((items: readonly string[], separator: string) => {
      calls++;
      return { text: items.join(separator) };
    });
    const items = ['a', 'b'];
    const first = joined(items, ',');
    expect(joined(items, ',')).toBe(first);
    expect(calls).toBe(1);
    expect(joined(['a', 'b'], ',')).toEqual(first);
    expect(joined(items, ';').text).toBe('a;b');
    expect(calls).toBe(3);
  });
});
