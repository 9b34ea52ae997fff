import { describe, expect, it } from 'vitest';
import { NAME_MATCH_THRESHOLD, nameMatchScore, namesMatch } from '../../../../src/import/names/namesMatch.js';

describe('nameMatchScore', () => {
  it('gives 1 when all tokens match as case forms and counts are equal', () => {
    expect(nameMatchScore('Mestne občine Kranj', 'Mestna občina Kranj')).toBe(1);
    expect(nameMatchScore('Katji Štruc', 'Katja Štruc')).toBe(1);
    expect(nameMatchScore('Boštjanu Trilarju', 'Boštjan Trilar')).toBe(1);
  });

  it('drops the preposition in front of an inflected place', () => {
    expect(nameMatchScore('z Jekaterinburgom', 'Jekaterinburg')).toBe(1);
    expect(nameMatchScore('v Kranju', 'Kranj')).toBe(1);
    expect(nameMatchScore('pri Mestni občini Kranj', 'Mestna občina Kranj')).toBe(1);
  });

  it('ignores case and diacritics', () => {
    expect(nameMatchScore('KATJA STRUC', 'Katja Štruc')).toBe(1);
    expect(nameMatchScore('Екатеринбург', 'Ekaterinburg')).toBe(1);
  });

  it('scores a surname alone as a partial match below the threshold', () => {
    const score = nameMatchScore('Štruc', 'Katja Štruc');
    expect(score).toBeGreaterThanOrEqual(0.5);
    expect(score).toBeLessThan(NAME_MATCH_THRESHOLD);
    expect(score).toBeGreaterThan(nameMatchScore('Katja', 'Katja Štruc'));
    expect(nameMatchScore('Kranj', 'Mestna občina Kranj')).toBeLessThan(NAME_MATCH_THRESHOLD);
  });

  it('accepts surname-first order of two-word names, just below a straight match', () => {
    expect(nameMatchScore('Štruc Katja', 'Katja Štruc')).toBe(0.9);
    expect(namesMatch('Trilar Boštjan', 'Boštjan Trilar')).toBe(true);
  });

  it.each([
    ['Kristina', 'Kristan'],
    ['Kristine', 'Kristana'],
    ['Kranj', 'Kranjec'],
    ['Kranju', 'Kranjcu'],
    ['Koper', 'Kopa'],
    ['Kopra', 'Kopo'],
    ['Novak', 'Novakovič'],
    ['Novaka', 'Novakoviča'],
    ['Kristina Camaj', 'Jure Kristan'],
    ['Gradec', 'Slovenj Gradec'],
  ])('does not match %s with %s', (a, b) => {
    expect(namesMatch(a, b)).toBe(false);
  });

  it('gives 0 when a token finds no counterpart', () => {
    expect(nameMatchScore('Kristina Camaj', 'Kristan Camaj')).toBe(0);
    expect(nameMatchScore('', 'Kranj')).toBe(0);
  });
});

describe('nameMatchScore around people', () => {
  it('ignores academic titles and a closing "l.r."', () => {
    expect(nameMatchScore('dr. Janez Novak', 'Janez Novak')).toBe(1);
    expect(nameMatchScore('mag. Katji Štruc', 'Katja Štruc')).toBe(1);
    expect(nameMatchScore('Boštjan Trilar, l.r.', 'Boštjan Trilar')).toBe(1);
    expect(nameMatchScore('izr. prof. dr. Jure Kristan', 'Jure Kristan')).toBe(1);
  });
});
