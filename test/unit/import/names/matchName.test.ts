import { describe, expect, it } from 'vitest';
import { places } from '../../../../src/import/names/gazetteer.js';
import { buildNameIndex, matchName, type NameCandidate } from '../../../../src/import/names/matchName.js';

const people: NameCandidate[] = [
  { id: 'person:katja-struc', type: 'Person', names: ['Katja Štruc', 'Katja Struc'] },
  { id: 'person:jure-kristan', type: 'Person', names: ['Jure Kristan'] },
  { id: 'person:kristina-camaj', type: 'Person', names: ['Kristina Camaj'] },
  { id: 'person:bostjan-trilar', type: 'Person', names: ['Boštjan Trilar'] },
  { id: 'person:janez-novak', type: 'Person', names: ['Janez Novak'] },
  { id: 'person:marko-novakovic', type: 'Person', names: ['Marko Novakovič'] },
];
const placeCandidates: NameCandidate[] = places().map((p) => ({
  id: p.id,
  type: p.type,
  names: [p.name, p.nameEn, ...p.aliases],
}));
const all = [...people, ...placeCandidates];

describe('matchName', () => {
  it('ranks an exact name first with method exact', () => {
    expect(matchName('Katja Štruc', all)[0]).toEqual({ id: 'person:katja-struc', score: 1, method: 'exact' });
  });

  it('matches a name without diacritics as folded', () => {
    expect(matchName('KATJA STRUC', all)[0]).toMatchObject({ id: 'person:katja-struc', method: 'folded' });
  });

  it('matches inflected forms, with or without a preposition, as inflection', () => {
    expect(matchName('Katji Štruc', all)[0]).toMatchObject({ id: 'person:katja-struc', method: 'inflection' });
    expect(matchName('z Jekaterinburgom', all)[0]).toMatchObject({ id: 'city:yekaterinburg', method: 'inflection' });
    expect(matchName('Mestne občine Kranj', all)[0]).toMatchObject({
      id: 'org:mestna-obcina-kranj',
      method: 'inflection',
    });
    expect(matchName('Boštjanu Trilarju', all)[0]).toMatchObject({ id: 'person:bostjan-trilar', method: 'inflection' });
  });

  it('offers a surname-only mention as a partial match', () => {
    const matches = matchName('Trilarja', people);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ id: 'person:bostjan-trilar', method: 'partial' });
    expect(matches[0]?.score).toBeGreaterThanOrEqual(0.5);
    expect(matches[0]?.score).toBeLessThan(0.9);
  });

  it('finds a place by its original script alias', () => {
    expect(matchName('Екатеринбург', all)[0]).toMatchObject({ id: 'city:yekaterinburg', method: 'exact' });
    expect(matchName('ЕКАТЕРИНБУРГ', all)[0]).toMatchObject({ id: 'city:yekaterinburg', method: 'folded' });
    expect(matchName('张家口', all)[0]).toMatchObject({ id: 'city:zhangjiakou', method: 'exact' });
  });

  it('keeps only the requested kinds', () => {
    const cities = matchName('Kranju', all, ['City']);
    expect(cities.map((m) => m.id)).toEqual(['city:kranj']);
    expect(matchName('Kranju', all, ['Person'])).toEqual([]);
  });

  it('ranks the full name above a partial one', () => {
    const ranked = matchName('Kranj', all).map((m) => m.id);
    expect(ranked[0]).toBe('city:kranj');
    expect(ranked).toContain('org:mestna-obcina-kranj');
  });

  it('does not offer look-alike names', () => {
    expect(matchName('Kristan', people).map((m) => m.id)).toEqual(['person:jure-kristan']);
    expect(matchName('Novak', people).map((m) => m.id)).toEqual(['person:janez-novak']);
    expect(matchName('Kranjec', all, ['City', 'Municipality'])).toEqual([]);
    expect(matchName('Kopa', all, ['City'])).toEqual([]);
  });

  it('stays fast with 10,000 candidates and does not drown a full name in first-name matches', () => {
    const letters = (n: number): string => {
      let out = '';
      do {
        out += 'bcdfgklmnprstvz'[n % 15];
        n = Math.floor(n / 15);
      } while (n > 0);
      return out;
    };
    const many: NameCandidate[] = [...all];
    for (let i = 0; many.length < 10_000; i++)
      many.push({ id: `person:p${i}`, type: 'Person', names: [`Ana Kova${letters(i)}ar`] });
    const started = performance.now();
    const index = buildNameIndex(many);
    for (let i = 0; i < 500; i++) index.match(i % 2 ? 'Katji Štruc' : 'v Jekaterinburgu');
    expect(index.match(`Kova${letters(1234)}arja`)[0]).toMatchObject({ id: 'person:p1234', method: 'partial' });
    expect(index.match(`Ani Kova${letters(1234)}ar`)).toEqual([
      { id: 'person:p1234', score: 0.9, method: 'inflection' },
    ]);
    expect(index.match('Ana')).toHaveLength(25);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
