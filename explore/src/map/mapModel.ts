import type { GeoProjection } from 'd3-geo';
import { arcRuns, EUROPE, hasCoordinates, pathOf, projectPoint, type Point } from './mapGeometry';
import type { MapCityData, MapData } from './mapQuery';
import { statusColour } from './statusColours';

/** A city drawn on the map. */
export interface MapCity {
  readonly id: string;
  readonly name: string;
  /** The English name when it differs from the original. */
  readonly nameEn: string | null;
  readonly x: number;
  readonly y: number;
  readonly home: boolean;
  /** Partners: the twinnings with this city, most recent first (the first is the one a click opens). */
  readonly twinningIds: readonly string[];
  /** Partners: the status of the first twinning. */
  readonly status: string | null;
  readonly colour: string;
  /** The partner's country, "Rusija (Russia)". */
  readonly country: string | null;
}

/** A great-circle arc from a home city to a partner, for one twinning. */
export interface MapArc {
  readonly id: string;
  readonly twinningId: string;
  readonly from: string;
  readonly to: string;
  readonly status: string | null;
  readonly colour: string;
  readonly d: string;
}

/** A city the map cannot place (no coordinates in the graph). */
export interface UnplacedCity {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string | null;
  readonly home: boolean;
  readonly twinningId: string | null;
}

export interface MapModel {
  readonly homes: readonly MapCity[];
  readonly partners: readonly MapCity[];
  readonly arcs: readonly MapArc[];
  readonly unplaced: readonly UnplacedCity[];
  /** What a "fit" view frames: Europe, the home cities and the partners. */
  readonly framePoints: readonly Point[];
  /** What the "Europe" view frames: Europe and the home cities. */
  readonly europePoints: readonly Point[];
  readonly statuses: readonly (string | null)[];
  readonly municipality: { id: string; name: string; nameEn: string | null } | null;
}

const norm = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase();

/** The English name, when there is one that differs from the original. */
export function englishBeside(name: string, nameEn: string | null | undefined): string | null {
  const en = (nameEn ?? '').trim();
  return en && norm(en) !== norm(name) ? en : null;
}

/** "Jekaterinburg (Yekaterinburg)"; "Kranj". */
export function cityLabel(city: { name: string; nameEn: string | null }): string {
  return city.nameEn ? `${city.name} (${city.nameEn})` : city.name;
}

/**
 * The map's elements from the API's answer: the municipality's own cities
 * as home dots, each partner city once (coloured by the status of its most
 * recent twinning), one arc per twinning and home city, and the cities that
 * have no coordinates. Pure.
 */
export function buildMapModel(data: MapData, projection: GeoProjection): MapModel {
  const municipality = data.municipalities[0] ?? null;
  const unplaced: UnplacedCity[] = [];
  const unplacedIds = new Set<string>();
  const addUnplaced = (city: MapCityData, home: boolean, twinningId: string | null): void => {
    if (unplacedIds.has(city.id)) return;
    unplacedIds.add(city.id);
    unplaced.push({ id: city.id, name: city.name, nameEn: englishBeside(city.name, city.nameEn), home, twinningId });
  };

  const homes: MapCity[] = [];
  for (const city of municipality?.governs ?? []) {
    const p = hasCoordinates(city) ? projectPoint(projection, city) : null;
    if (!p || !hasCoordinates(city)) {
      addUnplaced(city, true, null);
      continue;
    }
    homes.push({
      id: city.id,
      name: city.name,
      nameEn: englishBeside(city.name, city.nameEn),
      x: p[0],
      y: p[1],
      home: true,
      twinningIds: [],
      status: null,
      colour: '',
      country: null,
    });
  }
  const homeIds = new Set((municipality?.governs ?? []).map((c) => c.id));

  const partners = new Map<string, MapCity & { twinningIds: string[] }>();
  const arcs: MapArc[] = [];
  for (const twinning of data.twinnings) {
    const status = twinning.status ?? null;
    for (const partner of twinning.partners) {
      if (homeIds.has(partner.id)) continue;
      const p = hasCoordinates(partner) ? projectPoint(projection, partner) : null;
      if (!p || !hasCoordinates(partner)) {
        addUnplaced(partner, false, twinning.id);
        continue;
      }
      const known = partners.get(partner.id);
      if (known) {
        if (!known.twinningIds.includes(twinning.id)) known.twinningIds.push(twinning.id);
      } else {
        const country = partner.country
          ? cityLabel({
              name: partner.country.name,
              nameEn: englishBeside(partner.country.name, partner.country.nameEn),
            })
          : null;
        partners.set(partner.id, {
          id: partner.id,
          name: partner.name,
          nameEn: englishBeside(partner.name, partner.nameEn),
          x: p[0],
          y: p[1],
          home: false,
          twinningIds: [twinning.id],
          status,
          colour: statusColour(status),
          country,
        });
      }
      for (const home of municipality?.governs ?? []) {
        if (!hasCoordinates(home)) continue;
        const d = pathOf(arcRuns(projection, home, partner));
        if (!d) continue;
        arcs.push({
          id: `${twinning.id}|${home.id}>${partner.id}`,
          twinningId: twinning.id,
          from: home.id,
          to: partner.id,
          status,
          colour: statusColour(status),
          d,
        });
      }
    }
  }

  const partnerList = [...partners.values()];
  const europe = EUROPE.map((c) => projectPoint(projection, c)).filter((p): p is Point => p !== null);
  return {
    homes,
    partners: partnerList,
    arcs,
    unplaced,
    framePoints: [...europe, ...homes.map((c): Point => [c.x, c.y]), ...partnerList.map((c): Point => [c.x, c.y])],
    europePoints: [...europe, ...homes.map((c): Point => [c.x, c.y])],
    statuses: [...new Set([...partnerList.map((c) => c.status), ...arcs.map((a) => a.status)])],
    municipality: municipality
      ? { id: municipality.id, name: municipality.name, nameEn: englishBeside(municipality.name, municipality.nameEn) }
      : null,
  };
}
