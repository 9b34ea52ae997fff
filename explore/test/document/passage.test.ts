import { describe, expect, it } from 'vitest';
import { codePointLength, findQuote, sliceCodePoints, splitPassage } from '../../src/document/passage';

describe('splitPassage (code point offsets)', () => {
  const text = 'Komisija je soglasno sprejela SKLEP: podpira pobratenje s Jekaterinburgom.';

  it('splits the text into before, passage and after, and says that the passage is the quote', () => {
    const s = splitPassage(text, 30, 35, 'SKLEP');
    expect(s).toMatchObject({ before: text.slice(0, 30), passage: 'SKLEP', after: text.slice(35), matches: true });
    expect(s.before + s.passage + s.after).toBe(text);
    expect(s.foundAt).toBeNull();
  });

  it('counts č, š, ž as one character each (BMP) and agrees with the server on them', () => {
    const t = 'Katja Štruc, vodja kabineta župana';
    const s = splitPassage(t, 6, 11, 'Štruc');
    expect(s.passage).toBe('Štruc');
    expect(s.matches).toBe(true);
  });

  it('counts a character outside the BMP once, where UTF-16 indexes would drift', () => {
    const t = '𝐀𝐁 Kranj 😀 in Jekaterinburg';
    // code points: 𝐀=0 𝐁=1 ' '=2 K=3 … 'Kranj' is 3..8; 😀 is 9; 'Jekaterinburg' starts at 14
    const s = splitPassage(t, 14, 27, 'Jekaterinburg');
    expect(s.passage).toBe('Jekaterinburg');
    expect(s.matches).toBe(true);
    expect(s.before).toBe('𝐀𝐁 Kranj 😀 in ');
    expect(t.slice(14, 27)).not.toBe('Jekaterinburg'); // the naive UTF-16 slice would be wrong
    expect(splitPassage(t, 3, 8, 'Kranj').passage).toBe('Kranj');
  });

  it('still splits when the text at the offsets is not the quote, and says where the quote is', () => {
    const t = 'aaa Kranj bbb Kranj ccc';
    const s = splitPassage(t, 0, 5, 'Kranj');
    expect(s.matches).toBe(false);
    expect(s.passage).toBe('aaa K');
    expect(s.foundAt).toBe(4);
    // the occurrence nearest to the offsets
    expect(splitPassage(t, 13, 18, 'Kranj').foundAt).toBe(14);
  });

  it('clamps offsets outside the text and never matches then', () => {
    const s = splitPassage('Kranj', 3, 99, 'nj');
    expect(s).toMatchObject({ before: 'Kra', passage: 'nj', after: '', start: 3, end: 5, matches: false, foundAt: 3 });
    const neg = splitPassage('Kranj', -2, 2, 'Kr');
    expect(neg).toMatchObject({ start: 0, end: 2, passage: 'Kr', matches: false });
    const reversed = splitPassage('Kranj', 4, 1, 'x');
    expect(reversed).toMatchObject({ start: 4, end: 4, passage: '', after: 'j', foundAt: null });
  });
});

describe('code point helpers', () => {
  it('measures and slices by code points', () => {
    expect(codePointLength('žaba')).toBe(4);
    expect(codePointLength('😀a')).toBe(2);
    expect('😀a'.length).toBe(3);
    expect(sliceCodePoints('a😀bč', 1, 3)).toBe('😀b');
    expect(sliceCodePoints('a😀bč', 3)).toBe('č');
  });

  it('finds a quote as a code point offset and ignores empty quotes', () => {
    expect(findQuote('😀😀 Kranj', 'Kranj')).toBe(3);
    expect(findQuote('Kranj', '')).toBeNull();
    expect(findQuote('Kranj', 'Ljubljana')).toBeNull();
  });
});
