import { describe, expect, it } from 'vitest';
import { placeById, places } from '../../../../src/import/names/gazetteer.js';
import { buildNameIndex } from '../../../../src/import/names/matchName.js';

const all = places();
const municipalities = all.filter((p) => p.type === 'Municipality');
const countries = all.filter((p) => p.type === 'Country');
const cities = all.filter((p) => p.type === 'City');

describe('the bundled gazetteer', () => {
  it('has all 212 Slovenian municipalities, 12 of them city municipalities', () => {
    expect(municipalities).toHaveLength(212);
    const city = municipalities.filter((m) => m.name.startsWith('Mestna občina ')).map((m) => m.name.slice(14));
    expect(city.sort()).toEqual([
      'Celje',
      'Koper',
      'Kranj',
      'Krško',
      'Ljubljana',
      'Maribor',
      'Murska Sobota',
      'Nova Gorica',
      'Novo mesto',
      'Ptuj',
      'Slovenj Gradec',
      'Velenje',
    ]);
  });

  it('gives every place a unique id of the right prefix and a source', () => {
    const ids = all.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of all) {
      expect(p.id).toMatch(
        p.type === 'Municipality' ? /^org:(mestna-)?obcina-[a-z0-9-]+$/ : /^(city|country):[a-z0-9-]+$/,
      );
      expect(p.source.length).toBeGreaterThan(10);
    }
  });

  it('links every city to an existing country and every municipality to an existing seat', () => {
    for (const c of cities) expect(placeById(c.countryId ?? '')?.type, c.id).toBe('Country');
    for (const m of municipalities) expect(placeById(m.municipalityOf ?? '')?.type, m.id).toBe('City');
  });

  it('has every UN member plus Kosovo, Taiwan, Palestine and the Vatican, with unique ISO codes', () => {
    expect(countries).toHaveLength(197);
    const codes = countries.map((c) => c.isoCode);
    expect(new Set(codes).size).toBe(197);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    for (const iso of ['XK', 'TW', 'PS', 'VA']) expect(codes).toContain(iso);
  });

  it('has at least 300 cities besides the municipal seats', () => {
    const foreign = cities.filter((c) => c.countryId !== 'country:slovenia');
    expect(foreign.length).toBeGreaterThanOrEqual(300);
  });

  it('keeps the ids the seed facts use', () => {
    expect(placeById('city:kranj')).toMatchObject({ name: 'Kranj', countryId: 'country:slovenia' });
    expect(placeById('city:yekaterinburg')).toMatchObject({ name: 'Jekaterinburg', countryId: 'country:russia' });
    expect(placeById('city:yekaterinburg')?.aliases).toContain('Екатеринбург');
    expect(placeById('city:zhangjiakou')).toMatchObject({ countryId: 'country:china' });
    expect(placeById('country:russia')).toMatchObject({ name: 'Rusija', isoCode: 'RU', adjective: 'rusk' });
    expect(placeById('country:china')).toMatchObject({ name: 'Kitajska', isoCode: 'CN', adjective: 'kitajsk' });
    expect(placeById('country:slovenia')).toMatchObject({ name: 'Slovenija', isoCode: 'SI' });
    expect(placeById('org:mestna-obcina-kranj')).toMatchObject({
      name: 'Mestna občina Kranj',
      nameEn: 'City Municipality of Kranj',
      municipalityOf: 'city:kranj',
    });
  });

  it('names ordinary municipalities "Občina X" and uses Slovenian exonyms for foreign cities', () => {
    expect(placeById('org:obcina-bohinj')).toMatchObject({
      name: 'Občina Bohinj',
      municipalityOf: 'city:bohinjska-bistrica',
    });
    expect(placeById('city:vienna')?.name).toBe('Dunaj');
    expect(placeById('city:graz')?.name).toBe('Gradec');
    expect(placeById('city:klagenfurt')?.name).toBe('Celovec');
    expect(placeById('city:udine')?.name).toBe('Videm');
    expect(placeById('country:united-states')?.aliases).toContain('ZDA');
  });

  it('has no two cities or countries whose names match up to inflection, but for known homonyms', () => {
    const candidates = [...cities, ...countries].map((p) => ({
      id: p.id,
      type: p.type,
      names: [p.name, p.nameEn, ...p.aliases],
    }));
    const index = buildNameIndex(candidates);
    const clashes = new Set<string>();
    for (const c of candidates)
      for (const name of c.names)
        for (const m of index.match(name, undefined, 10))
          if (m.id !== c.id && m.score >= 0.8) clashes.add([c.id, m.id].sort().join(' ~ '));
    // Real homonyms or genuinely shared case forms (Miren → gen. Mirna; Grad → gen. Grada ~ Grado).
    expect([...clashes].sort()).toEqual([
      'city:dobrova ~ city:dobrovo',
      'city:grad ~ city:grado',
      'city:miren ~ city:mirna',
      'city:udine ~ city:videm-dobrepolje',
      'city:udine ~ city:videm-pri-ptuju',
      'city:videm-dobrepolje ~ city:videm-pri-ptuju',
    ]);
  });
});
