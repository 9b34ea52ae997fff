import { randomFor, type Random } from './random.js';
import { monthOf } from './terms.js';
import type { WorldPlaces } from './worldPlaces.js';

export type TwinningKind = 'TWINNING' | 'PARTNERSHIP' | 'FRIENDSHIP';
export type StepStatus = 'PROPOSED' | 'SUPPORTED' | 'APPROVED' | 'SIGNED' | 'SUSPENDED' | 'ENDED';

/** One planned step: the status and the month from which a session may record it. */
export interface PlannedStep {
  readonly status: StepStatus;
  readonly month: number;
}

export interface PlannedTwinning {
  /** Unique over the world: municipality * 1000 + its number. */
  readonly index: number;
  readonly partnerCity: number;
  readonly kind: TwinningKind;
  readonly steps: readonly PlannedStep[];
  /** The next step to record. */
  stage: number;
}

/** Where Slovenian municipalities find partners: neighbours and former Yugoslavia first, then a long tail. */
const COUNTRY_WEIGHTS: Readonly<Record<string, number>> = {
  HR: 14,
  IT: 9,
  AT: 8,
  RS: 8,
  DE: 8,
  BA: 7,
  HU: 4,
  MK: 4,
  CZ: 4,
  PL: 4,
  FR: 4,
  ME: 3,
  SK: 3,
  RU: 3,
  CN: 3,
  UA: 2,
  BG: 2,
  RO: 2,
  US: 2,
  BE: 2,
  NL: 2,
  ES: 2,
  PT: 1,
  GR: 1,
  AL: 1,
  XK: 1,
  IL: 1,
  JP: 1,
  TR: 1,
  GB: 1,
};
const TAIL_WEIGHT = 0.15;

function pickCountry(rng: Random, places: WorldPlaces): number {
  let total = 0;
  const options: [number, number][] = [];
  for (const [country, cities] of places.partnersByCountry) {
    if (cities.length === 0) continue;
    const w = COUNTRY_WEIGHTS[places.countries[country]?.isoCode ?? ''] ?? TAIL_WEIGHT;
    options.push([country, w]);
    total += w;
  }
  let u = rng.next() * total;
  for (const [country, w] of options) {
    u -= w;
    if (u <= 0) return country;
  }
  return options[options.length - 1]?.[0] ?? 0;
}

/** How many partners a municipality of this size rank has: most 0–3, the largest 20 and more. */
export function twinningCount(rng: Random, rank: number): number {
  const mean = 40 * Math.pow(rank + 1, -1.1) + 0.7;
  const sigma = 0.4;
  return Math.min(60, Math.round(rng.logNormal(Math.log(mean) - (sigma * sigma) / 2, sigma)));
}

const FIRST = monthOf(1996, 1);
const LAST = monthOf(2026, 4);

/**
 * The partnerships a municipality will have, each with its steps: proposed,
 * supported by a commission (where there is one), approved by the council,
 * signed; some stall, Russian and Belarusian ones are suspended in 2022, a few
 * end. Drawn once per municipality from the seed.
 */
export function planTwinnings(
  seed: number,
  municipality: number,
  rank: number,
  places: WorldPlaces,
): PlannedTwinning[] {
  const rng = randomFor(seed, 'twinnings', municipality);
  const count = twinningCount(rng, rank);
  const partners = new Set<number>();
  const out: PlannedTwinning[] = [];
  for (let k = 0; k < count * 3 && out.length < count; k++) {
    const country = pickCountry(rng, places);
    const cities = places.partnersByCountry.get(country) ?? [];
    const city = cities[rng.zipf(cities.length, 0.9)];
    if (city === undefined || partners.has(city)) continue;
    partners.add(city);
    const kindDraw = rng.next();
    const kind: TwinningKind = kindDraw < 0.6 ? 'TWINNING' : kindDraw < 0.9 ? 'PARTNERSHIP' : 'FRIENDSHIP';
    const steps: PlannedStep[] = [];
    let month = rng.int(FIRST, LAST);
    steps.push({ status: 'PROPOSED', month });
    const stalls = rng.chance(0.12);
    month += rng.int(1, 4);
    steps.push({ status: 'SUPPORTED', month });
    if (!stalls) {
      month += rng.int(1, 8);
      steps.push({ status: 'APPROVED', month });
      month += rng.int(1, 10);
      steps.push({ status: 'SIGNED', month });
      const iso = places.countries[country]?.isoCode;
      if ((iso === 'RU' || iso === 'BY') && month < monthOf(2022, 3))
        steps.push({ status: 'SUSPENDED', month: monthOf(2022, 3) });
      else if (rng.chance(0.04)) steps.push({ status: 'ENDED', month: month + rng.int(24, 120) });
    }
    out.push({ index: municipality * 1000 + out.length, partnerCity: city, kind, steps, stage: 0 });
  }
  return out;
}
