import { readFileSync } from 'node:fs';
import { foldName } from './foldName.js';
import { slugify } from './slugify.js';

/** A known place: a Slovenian municipality, a city or a country, with the names texts use for it. */
export interface Place {
  id: string;
  type: 'City' | 'Country' | 'Municipality';
  /** Slovenian nominative. */
  name: string;
  nameEn: string;
  /** Other languages and spellings, including the original script. */
  aliases: readonly string[];
  /** Irregular inflected forms the rules cannot derive (Sisak → Siska). */
  forms?: readonly string[];
  /** Country adjective stem: 'rusk' (ruski, ruske, ruskim…), 'kitajsk'. */
  adjective?: string;
  /** Countries: ISO 3166-1 alpha-2 (XK for Kosovo). */
  isoCode?: string;
  /** Cities: the country id, 'country:russia'. */
  countryId?: string;
  /** Municipality: the city id of its seat. */
  municipalityOf?: string;
  /** Where the entry comes from. */
  source: string;
}

interface CountryRow {
  iso: string;
  en: string;
  sl: string;
  adjective?: string;
  aliases: string[];
}
interface CityRow {
  en: string;
  sl: string;
  country: string;
  aliases: string[];
  forms?: string[];
}
interface MunicipalityRow {
  name: string;
  city?: boolean;
  seat?: string;
  aliases: string[];
}

function readData<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')) as T;
}

function countries(): Place[] {
  const data = readData<{ source: string; countries: CountryRow[] }>('countries.json');
  return data.countries.map((row) => ({
    id: `country:${slugify(row.en)}`,
    type: 'Country',
    name: row.sl,
    nameEn: row.en,
    aliases: row.aliases,
    ...(row.adjective ? { adjective: row.adjective } : {}),
    isoCode: row.iso,
    source: data.source,
  }));
}

function worldCities(countryIds: ReadonlyMap<string, string>): Place[] {
  const data = readData<{ source: string; cities: CityRow[] }>('cities.json');
  return data.cities.map((row) => {
    const countryId = countryIds.get(row.country);
    if (!countryId) throw new Error(`cities.json: ${row.en} has unknown country ${row.country}`);
    return {
      id: `city:${slugify(row.en)}`,
      type: 'City',
      name: row.sl,
      nameEn: row.en,
      aliases: row.aliases,
      ...(row.forms ? { forms: row.forms } : {}),
      countryId,
      source: data.source,
    };
  });
}

/** Municipalities and their seats; a seat named with a parenthesis ("Videm (Dobrepolje)") keeps it in its id only. */
function slovenianMunicipalities(cityNames: ReadonlySet<string>): Place[] {
  const data = readData<{ source: string; municipalities: MunicipalityRow[] }>('municipalities.json');
  const out: Place[] = [];
  for (const row of data.municipalities) {
    const seatFull = row.seat ?? row.name;
    const seatName = seatFull.replace(/\s*\(.*\)\s*$/, '');
    const seatId = `city:${slugify(seatFull)}`;
    // A one-word minority-language name (Capodistria, Lendva) names the town; phrases and abbreviations the municipality.
    const townish = (a: string) => !/\s/.test(a) && a !== a.toUpperCase();
    const aliases = row.aliases.filter((a) => !townish(a));
    const seatAliases = row.aliases.filter(townish);
    if (row.city) aliases.push(`Občina ${row.name}`);
    if (row.seat?.startsWith(`${row.name} `)) seatAliases.push(row.name);
    // A municipality named after a region (Bohinj, Brda, Loška dolina) is called by that bare name too.
    else if (row.seat && !cityNames.has(foldName(row.name))) aliases.push(row.name);
    out.push({
      id: `org:${row.city ? 'mestna-obcina' : 'obcina'}-${slugify(row.name)}`,
      type: 'Municipality',
      name: `${row.city ? 'Mestna občina' : 'Občina'} ${row.name}`,
      nameEn: `${row.city ? 'City Municipality' : 'Municipality'} of ${row.name}`,
      aliases,
      municipalityOf: seatId,
      source: data.source,
    });
    out.push({
      id: seatId,
      type: 'City',
      name: seatName,
      nameEn: seatName,
      aliases: seatAliases,
      countryId: 'country:slovenia',
      source: `${data.source} (municipal seat)`,
    });
  }
  return out;
}

let cache: readonly Place[] | undefined;

/**
 * Every bundled place, read once: countries, Slovenian municipalities,
 * foreign cities, then the municipal seats. Finders break ties between places
 * of the same name in this order (so "Videm" is Udine before the seat of
 * Dobrepolje).
 */
export function places(): readonly Place[] {
  if (!cache) {
    const countryList = countries();
    const countryIds = new Map(countryList.map((c) => [c.isoCode ?? '', c.id]));
    const cities = worldCities(countryIds);
    const cityNames = new Set(cities.map((c) => foldName(c.name)));
    const slovenian = slovenianMunicipalities(cityNames);
    cache = Object.freeze([
      ...countryList,
      ...slovenian.filter((p) => p.type === 'Municipality'),
      ...cities,
      ...slovenian.filter((p) => p.type === 'City'),
    ]);
  }
  return cache;
}

let byId: ReadonlyMap<string, Place> | undefined;

/** The bundled place with this id, if any. */
export function placeById(id: string): Place | undefined {
  byId ??= new Map(places().map((p) => [p.id, p]));
  return byId.get(id);
}
