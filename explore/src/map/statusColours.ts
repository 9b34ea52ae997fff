/**
 * Twinning statuses as colours on the map: the Okabe–Ito palette, told apart
 * with colour blindness too; the legend names each, so colour is never the
 * only cue (a city's aria-label says its status in words).
 */
export const TWINNING_STATUSES = ['PROPOSED', 'SUPPORTED', 'APPROVED', 'SIGNED', 'SUSPENDED', 'ENDED'] as const;
export type TwinningStatus = (typeof TWINNING_STATUSES)[number];

export const STATUS_COLOURS: Readonly<Record<TwinningStatus, string>> = {
  PROPOSED: '#e69f00',
  SUPPORTED: '#56b4e9',
  APPROVED: '#0072b2',
  SIGNED: '#009e73',
  SUSPENDED: '#cc79a7',
  ENDED: '#7f7f7f',
};

/** A twinning whose status is not known (or not in the vocabulary). */
export const UNKNOWN_STATUS_COLOUR = '#4a4a4a';

/** The home city's dot. */
export const HOME_COLOUR = '#b3261e';

export function isTwinningStatus(status: string | null | undefined): status is TwinningStatus {
  return (TWINNING_STATUSES as readonly string[]).includes(status ?? '');
}

export function statusColour(status: string | null | undefined): string {
  return isTwinningStatus(status) ? STATUS_COLOURS[status] : UNKNOWN_STATUS_COLOUR;
}

/** The legend's rows: the statuses on the map, in the order of a twinning's life; unknown last. */
export function legendStatuses(statuses: Iterable<string | null | undefined>): (TwinningStatus | null)[] {
  const present = new Set<string | null>();
  for (const s of statuses) present.add(isTwinningStatus(s) ? s : null);
  const known = TWINNING_STATUSES.filter((s) => present.has(s));
  return present.has(null) ? [...known, null] : known;
}
