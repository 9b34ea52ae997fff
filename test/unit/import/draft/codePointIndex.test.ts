import { describe, expect, it } from 'vitest';
import { codePointIndex } from '../../../../src/import/draft/codePointIndex.js';

describe('codePointIndex', () => {
  it('counts a character outside the Basic Multilingual Plane as one code point', () => {
    const text = 'a😀b张c';
    const toPoint = codePointIndex(text);
    expect(toPoint(text.indexOf('b'))).toBe(2);
    expect(toPoint(text.indexOf('张'))).toBe(3);
    expect(toPoint(text.length)).toBe(Array.from(text).length);
  });

  it('agrees with Array.from on every index of a mixed text', () => {
    const text = 'Štruc 😀 Екатеринбург 𝔸 end';
    const toPoint = codePointIndex(text);
    for (let i = 0; i <= text.length; i++) {
      if (i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) continue;
      expect(toPoint(i)).toBe(Array.from(text.slice(0, i)).length);
    }
  });
});
