import { placeById } from '../names/gazetteer.js';
import type { DraftNode, DraftRelation } from '../draft/DraftFacts.js';
import { cityCoordinates, type CoordinateFinder } from './cityCoordinates.js';

/** The ISO code of a city's country: the gazetteer's, else the country the draft locates it in. */
function countryCodeOf(
  city: DraftNode,
  nodes: ReadonlyMap<string, DraftNode>,
  relations: readonly DraftRelation[],
): string | undefined {
  const known = placeById(city.id)?.countryId;
  const countryId = known ?? relations.find((r) => r.type === 'LOCATED_IN' && r.from === city.id)?.to;
  if (!countryId) return undefined;
  const iso = nodes.get(countryId)?.properties['isoCode'] ?? placeById(countryId)?.isoCode;
  return typeof iso === 'string' ? iso : undefined;
}

/** The names to look a city up by: its English name first; with a country known, its other names too. */
function namesOf(city: DraftNode, country: string | undefined): string[] {
  const place = placeById(city.id);
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
  const english = [
    ...strings(city.properties['nameEn']),
    ...strings(place?.nameEn),
    ...strings(city.properties['name']),
  ];
  const others = country
    ? [...strings(place?.name), ...(place?.aliases ?? []), ...strings(city.properties['aliases'])]
    : [];
  return [...new Set([...english.slice(0, 1), ...english.slice(1), ...others])];
}

/**
 * Gives every City of a draft its coordinates (lat, lng and their source)
 * from the gazetteer: by its English name within its country (the
 * gazetteer's, or the country the draft locates it in), then by its other
 * names there (GeoNames writes "Köln", "Padova"). A city the gazetteer lacks
 * or cannot tell apart gets none, and a note says why. The gazetteer is read
 * only when the draft has a city.
 */
export function addCityCoordinates(
  nodes: readonly DraftNode[],
  relations: readonly DraftRelation[],
  notes: string[],
  find: CoordinateFinder = cityCoordinates,
): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const city of nodes) {
    if (city.type !== 'City' || city.properties['lat'] !== undefined) continue;
    const country = countryCodeOf(city, byId, relations);
    const names = namesOf(city, country);
    let reason: string | undefined;
    for (const name of names) {
      const result = find(name, country);
      if (result.found) {
        Object.assign(city.properties, result.found);
        reason = undefined;
        break;
      }
      reason ??= result.reason;
    }
    if (reason) notes.push(`${city.id} has no coordinates: ${reason}`);
  }
}
