import { LAST_MONTH, monthOf } from './terms.js';

const ELECTION_2022 = monthOf(2022, 12);

/** How big a world to build for a target number of nodes. */
export interface SizePlan {
  readonly municipalities: number;
  /** First month with minutes (month number, see terms.ts). */
  readonly firstMonth: number;
  readonly lastMonth: number;
}

/**
 * Graph nodes (entities, documents, passages) one municipality of this size
 * rank adds in a year of minutes, as measured on generated corpora; the plan
 * aims past the target, and generation stops at the target.
 */
export function nodesPerMunicipalityYear(rank: number): number {
  return 7200 * Math.pow(rank + 1, -0.25);
}

const REAL_MUNICIPALITIES = 212;
const MAX_YEARS = 24;
const PREFERRED_YEARS = 4;
const HEADROOM = 1.25;

function estimate(municipalities: number, years: number): number {
  let perYear = 0;
  for (let r = 0; r < municipalities; r++) perYear += nodesPerMunicipalityYear(r);
  return perYear * years;
}

/**
 * Chooses the world for `nodes`: four years of minutes (across the 2022
 * elections) of the largest municipalities first, then more municipalities
 * (up to the real 212), then more years (back to 2002), then synthetic
 * municipalities past 212. Small targets get fewer months.
 */
export function planSize(nodes: number): SizePlan {
  const want = nodes * HEADROOM;
  let municipalities = 1;
  let years = PREFERRED_YEARS;
  if (estimate(1, years) >= want) {
    years = Math.max(0.25, want / estimate(1, 1));
  } else {
    while (municipalities < REAL_MUNICIPALITIES && estimate(municipalities, years) < want) municipalities++;
    if (estimate(municipalities, years) < want) {
      years = Math.min(MAX_YEARS, want / estimate(municipalities, 1));
      while (estimate(municipalities, years) < want) municipalities++;
    }
  }
  const months = Math.max(3, Math.ceil(years * 12));
  // Up to eight years the window straddles the 2022 elections, so that roles change within it.
  const firstMonth =
    years <= PREFERRED_YEARS * 2
      ? Math.min(LAST_MONTH - months + 1, ELECTION_2022 - Math.floor(months / 3))
      : LAST_MONTH - months + 1;
  return { municipalities, firstMonth, lastMonth: Math.min(LAST_MONTH, firstMonth + months - 1) };
}
