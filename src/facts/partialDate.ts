/**
 * Dates in minutes are often partial ("julija" = July of the session's year,
 * "drugi teden v januarju 2022"). We keep them as a small subset of ISO 8601 /
 * EDTF: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an interval `A/B` of those, and
 * derive the first and last calendar day they cover for sorting and timelines.
 */
export interface DateRange {
  /** The partial date exactly as written in the facts file. */
  readonly value: string;
  /** First day covered, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day covered, `YYYY-MM-DD`. */
  readonly to: string;
  readonly precision: 'year' | 'month' | 'day' | 'interval';
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Bounds {
  from: string;
  to: string;
  precision: 'year' | 'month' | 'day';
}

function parsePart(text: string): Bounds | string {
  const m = PART.exec(text);
  if (!m) return `"${text}" is not YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (m[2] === undefined) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${text}" has month ${m[2]}, which is not 01 to 12`;
  const last = daysInMonth(year, month);
  const ym = `${pad(year, 4)}-${pad(month, 2)}`;
  if (m[3] === undefined) return { from: `${ym}-01`, to: `${ym}-${pad(last, 2)}`, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > last) return `"${text}" has day ${m[3]}, which ${ym} does not have`;
  return { from: text, to: text, precision: 'day' };
}

/**
 * Parses a partial date or interval; returns the range, or a message that
 * says what is wrong with it.
 */
export function parsePartialDate(value: string): DateRange | string {
  const parts = value.split('/');
  if (parts.length > 2) return `"${value}" has more than one "/"`;
  const bounds = parts.map(parsePart);
  for (const b of bounds) if (typeof b === 'string') return b;
  const [first, second] = bounds as Bounds[];
  if (first === undefined) return `"${value}" is empty`;
  if (second === undefined) return { value, from: first.from, to: first.to, precision: first.precision };
  if (second.to < first.from) return `"${value}" ends before it starts`;
  return { value, from: first.from, to: second.to, precision: 'interval' };
}
