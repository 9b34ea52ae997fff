import { COMMISSIONS, COMMITTEES, councilKind, localCommunityKind, type BodyKind } from './bodyKinds.js';
import { placeName } from './personNames.js';
import { randomFor } from './random.js';
import type { SizePlan } from './sizePlan.js';
import { planTwinnings, type PlannedTwinning } from './twinningPlan.js';
import { slugify } from '../import/names/slugify.js';
import type { MunicipalityPlace, WorldPlaces } from './worldPlaces.js';

/** Who sits on a body in one term: chair, vice-chair, members (people and their memberships), and its secretary. */
export interface Roster {
  readonly term: number;
  /** Person numbers; 0 is the chair, 1 the vice-chair (not for councils: the mayor chairs them). */
  readonly people: Int32Array;
  readonly memberships: Int32Array;
  readonly secretary: number;
  readonly secretaryMembership: number;
}

/** A session already written, as the next one restates it. */
export interface PastSession {
  readonly id: string;
  readonly number: number;
  readonly kind: 'REGULAR' | 'EXTRAORDINARY' | 'CONSTITUTIVE';
  readonly title: string;
  readonly date: string;
  readonly term: number;
}

export interface Body {
  readonly index: number;
  readonly key: string;
  readonly id: string;
  readonly kind: BodyKind;
  readonly municipality: number;
  readonly seats: number;
  readonly perYear: number;
  roster: Roster | undefined;
  previous: PastSession | undefined;
  regularCount: number;
  extraCount: number;
}

export interface Municipality {
  readonly index: number;
  readonly place: MunicipalityPlace;
  readonly name: string;
  readonly nameEn: string;
  readonly genitive: string;
  /** "Občino X" / "Mestno občino X" (with "z" and "med … in"). */
  readonly instrumental: string;
  readonly rank: number;
  readonly council: Body;
  readonly bodies: readonly Body[];
  readonly international: Body | undefined;
  readonly twinnings: readonly PlannedTwinning[];
  /** Mayor and director of the municipal administration, per term (person numbers; -1 before chosen). */
  mayorTerm: number;
  mayor: number;
  mayorMembership: number;
  directorTerm: number;
  director: number;
  directorMembership: number;
  /** Local companies (global company numbers), most active first. */
  readonly companies: number[];
}

/** Everything the generator keeps between documents: places, bodies, rosters and counters, no text. */
export interface World {
  readonly seed: number;
  readonly plan: SizePlan;
  readonly places: WorldPlaces;
  readonly municipalities: readonly Municipality[];
  readonly bodies: readonly Body[];
  persons: number;
  foreignPersons: number;
  memberships: number;
  /** Municipality of each company (global company number → municipality). */
  companyHome: number[];
  /** Ambassador person per country (-1: none yet), and their memberships. */
  readonly ambassadors: Int32Array;
  readonly ambassadorMemberships: Int32Array;
  /** Mayor (foreign person) per partner city, allocated on first need. */
  readonly partnerMayors: Map<number, number>;
}

function councilSeats(rank: number): number {
  const seats = Math.round(45 * Math.pow(rank + 1, -0.3));
  return Math.max(7, Math.min(45, seats % 2 === 0 ? seats + 1 : seats));
}

function makeBody(
  bodies: Body[],
  kind: BodyKind,
  municipality: number,
  place: MunicipalityPlace,
  seats: number,
  perYear: number,
): Body {
  const key = `${place.slug}-${kind.slug}`;
  const body: Body = {
    index: bodies.length,
    key,
    id: `org:${key}`,
    kind,
    municipality,
    seats,
    perYear,
    roster: undefined,
    previous: undefined,
    regularCount: 0,
    extraCount: 0,
  };
  bodies.push(body);
  return body;
}

/**
 * Builds the world for a plan: per municipality its council, commissions,
 * committees and local community councils (more for larger ones, long-tailed),
 * how often each meets, and its planned twinnings. People are chosen term by
 * term as the minutes need them (rosters.ts).
 */
export function buildWorld(seed: number, plan: SizePlan, places: WorldPlaces): World {
  const bodies: Body[] = [];
  const municipalities: Municipality[] = [];
  for (const [index, place] of places.municipalities.entries()) {
    const rng = randomFor(seed, 'municipality', index);
    const rank = index;
    const prefix = place.urban ? 'Mestna občina' : 'Občina';
    const own: Body[] = [];
    const council = makeBody(bodies, councilKind(place.urban), index, place, councilSeats(rank), rng.int(7, 11));
    own.push(council);
    const big = Math.pow(rank + 1, -0.3);
    let international: Body | undefined;
    for (const kind of COMMISSIONS) {
      const p = kind.international ? Math.min(0.95, 0.15 + 1.6 * big) : kind.slug === 'kmvvi' ? 1 : 0.5;
      if (!rng.chance(p)) continue;
      const body = makeBody(bodies, kind, index, place, rng.int(5, 9), rng.int(kind.perYear[0], kind.perYear[1]));
      own.push(body);
      if (kind.international) international = body;
    }
    const committees = Math.max(1, Math.min(COMMITTEES.length, Math.round(9 * big)));
    for (const kind of COMMITTEES.slice(0, committees))
      own.push(makeBody(bodies, kind, index, place, rng.int(5, 9), rng.int(kind.perYear[0], kind.perYear[1])));
    const communities = Math.min(25, Math.round(rng.logNormal(1.3, 0.8)));
    const villages = new Set<string>();
    for (let k = 0; k < communities; k++) {
      const village = placeName(seed, `village-${index}`, k);
      if (villages.has(village)) continue;
      villages.add(village);
      const kind = localCommunityKind(village, slugify(village));
      own.push(makeBody(bodies, kind, index, place, rng.int(5, 11), rng.int(kind.perYear[0], kind.perYear[1])));
    }
    municipalities.push({
      index,
      place,
      name: `${prefix} ${place.plainName}`,
      nameEn: `${place.urban ? 'City Municipality' : 'Municipality'} of ${place.plainName}`,
      genitive: `${place.urban ? 'Mestne občine' : 'Občine'} ${place.plainName}`,
      instrumental: `${place.urban ? 'Mestno občino' : 'Občino'} ${place.plainName}`,
      rank,
      council,
      bodies: own,
      international,
      twinnings: planTwinnings(seed, index, rank, places),
      mayorTerm: -1,
      mayor: -1,
      mayorMembership: -1,
      directorTerm: -1,
      director: -1,
      directorMembership: -1,
      companies: [],
    });
  }
  return {
    seed,
    plan,
    places,
    municipalities,
    bodies,
    persons: 0,
    foreignPersons: 0,
    memberships: 0,
    companyHome: [],
    ambassadors: new Int32Array(places.countries.length).fill(-1),
    ambassadorMemberships: new Int32Array(places.countries.length).fill(-1),
    partnerMayors: new Map(),
  };
}
