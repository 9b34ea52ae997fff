/**
 * Local terms of office in Slovenia: councils and mayors are elected every
 * four years (1998, 2002, 2006, 2010, 2014, 2018, 2022) and take office about a
 * month later. Months are counted from year 0 (year * 12 + month - 1).
 */
const TERM_STARTS: readonly number[] = [
  [1998, 12],
  [2002, 12],
  [2006, 11],
  [2010, 11],
  [2014, 11],
  [2018, 12],
  [2022, 12],
  [2026, 12],
].map(([y = 0, m = 1]) => y * 12 + m - 1);

/** The month number of a year and month (1–12). */
export function monthOf(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function yearOfMonth(month: number): number {
  return Math.floor(month / 12);
}

/** The term a month falls in: 0 for 1998–2002 … 6 for 2022–2026. */
export function termOf(month: number): number {
  let t = 0;
  while (t + 1 < TERM_STARTS.length - 1 && month >= (TERM_STARTS[t + 1] ?? Infinity)) t++;
  return t;
}

/** The month a term began. */
export function termStartMonth(term: number): number {
  return TERM_STARTS[term] ?? 0;
}

/** The election year that opened the term. */
export function termYear(term: number): number {
  return 1998 + 4 * term;
}

/** The term's first and last month as partial dates ("2018-12", "2022-11"). */
export function termBounds(term: number): { start: string; end: string } {
  const from = TERM_STARTS[term] ?? 0;
  const to = (TERM_STARTS[term + 1] ?? from + 48) - 1;
  return { start: partialMonth(from), end: partialMonth(to) };
}

/** "2021-12" for a month number. */
export function partialMonth(month: number): string {
  return `${yearOfMonth(month)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The last month the generator writes minutes for: October 2026, before the 2026 elections. */
export const LAST_MONTH = monthOf(2026, 10);
