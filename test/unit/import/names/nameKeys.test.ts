import { describe, expect, it } from 'vitest';
import { nameKeys } from '../../../../src/import/names/nameKeys.js';

function meet(a: string, b: string): boolean {
  const kb = nameKeys(b);
  return [...nameKeys(a)].some((k) => kb.has(k));
}

describe('nameKeys', () => {
  it('always contains the word itself', () => {
    expect(nameKeys('kranj').has('kranj')).toBe(true);
  });

  it('strips one case ending, keeping at least three letters for long endings', () => {
    expect(nameKeys('jekaterinburgom').has('jekaterinburg')).toBe(true);
    expect(nameKeys('novega').has('nov')).toBe(true);
    expect(nameKeys('mestnem').has('mestn')).toBe(true);
    expect(nameKeys('irom').has('ir')).toBe(false);
  });

  it('allows a two-letter stem for a one-vowel ending (Ig, na Igu)', () => {
    expect(meet('ig', 'igu')).toBe(true);
  });

  it('undoes j-insertion after r', () => {
    expect(nameKeys('trilarja').has('trilar')).toBe(true);
    expect(nameKeys('sencurju').has('sencur')).toBe(true);
  });

  it('undoes the t-extension of names in -e', () => {
    expect(nameKeys('jureta').has('jure')).toBe(true);
    expect(meet('jure', 'juretom')).toBe(true);
  });

  it('restores a fleeting e', () => {
    expect(nameKeys('kranjca').has('kranjec')).toBe(true);
    expect(nameKeys('gradca').has('gradec')).toBe(true);
    expect(nameKeys('kopra').has('koper')).toBe(true);
    expect(nameKeys('bruslja').has('bruselj')).toBe(true);
    expect(nameKeys('mengsa').has('menges')).toBe(true);
  });

  it('drops the final vowel of a nominative so it meets the other cases', () => {
    expect(meet('katja', 'katji')).toBe(true);
    expect(meet('mojca', 'mojco')).toBe(true);
    expect(meet('celje', 'celju')).toBe(true);
  });

  it('keeps different names apart', () => {
    expect(meet('kristina', 'kristan')).toBe(false);
    expect(meet('kranj', 'kranjec')).toBe(false);
    expect(meet('kranju', 'kranjca')).toBe(false);
    expect(meet('koper', 'kopa')).toBe(false);
    expect(meet('novak', 'novakovic')).toBe(false);
  });
});
