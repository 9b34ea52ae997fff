/**
 * The table's text filter, sort and paging: pure functions of rows.
 */

/** Combining marks (diacritics) left by canonical decomposition: Latin, Cyrillic, Greek and the extended blocks. */
// eslint-disable-next-line no-misleading-character-class -- a range of lone combining marks is the point here
const MARKS = /[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const LETTERS: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', ı: 'i' };
/** Printable ASCII and whitespace: nothing to fold but case. */
const ASCII = /^[\t\n\r -~]*$/;

/**
 * Text for accent-insensitive matching: lower-cased, decomposed, marks
 * dropped, a few letters that do not decompose mapped ("Štručl" → "strucl").
 * (NFD and a mark range rather than NFKD and \p{M}: six times faster, and the
 * table folds every row's text.)
 */
export function foldText(value: string): string {
  const lower = value.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đłøßæı]/g, (c) => LETTERS[c] ?? c);
}

/** Rows whose folded `search` holds every word of the query (in any order); an empty query keeps all. */
export function filterRows<T extends { search: string }>(rows: readonly T[], query: string): T[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => words.every((w) => row.search.includes(w)));
}

/** Rows of one kind (`type`), or all when the kind is ''. */
export function filterByKind<T extends { type: string }>(rows: readonly T[], kind: string): T[] {
  return kind === '' ? [...rows] : rows.filter((row) => row.type === kind);
}

export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string = string> {
  key: K;
  direction: SortDirection;
}

/** The sort after clicking a column header: the same column flips direction, another starts ascending. */
export function nextSort<K extends string>(current: SortState<K> | null, key: K): SortState<K> {
  if (current && current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: 'ascending' };
}

/** What `aria-sort` says of a column. */
export function ariaSort(sort: SortState | null, key: string): 'ascending' | 'descending' | 'none' {
  return sort && sort.key === key ? sort.direction : 'none';
}

type Sortable = string | number | null | undefined;

/**
 * Rows sorted by one column (stable; the view's order breaks ties): numbers
 * by value, text by the language's collation with numbers inside text in
 * numeric order, accents and case secondary. Empty cells go last either way.
 */
export function sortRows<T>(
  rows: readonly T[],
  sort: SortState | null,
  value: (row: T, key: string) => Sortable,
  locale = 'sl',
): T[] {
  if (!sort) return [...rows];
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, v: value(row, sort.key) }));
  keyed.sort((a, b) => {
    const ea = a.v === null || a.v === undefined || a.v === '';
    const eb = b.v === null || b.v === undefined || b.v === '';
    if (ea || eb) return ea === eb ? a.index - b.index : ea ? 1 : -1;
    const c =
      typeof a.v === 'number' && typeof b.v === 'number'
        ? a.v - b.v
        : collator.compare(String(a.v), String(b.v)) ||
          (String(a.v) < String(b.v) ? -1 : String(a.v) > String(b.v) ? 1 : 0);
    return c !== 0 ? sign * c : a.index - b.index;
  });
  return keyed.map((k) => k.row);
}

/** Above this many rows the table shows pages instead of every row at once. */
export const PAGE_THRESHOLD = 500;
export const PAGE_SIZE = 250;

export interface Page {
  /** Zero-based page shown (clamped to the pages there are). */
  page: number;
  pages: number;
  /** Row range [start, end) of the page. */
  start: number;
  end: number;
}

/** Which rows to render: all up to PAGE_THRESHOLD, else one page of PAGE_SIZE. */
export function pageOf(total: number, page: number, size = PAGE_SIZE, threshold = PAGE_THRESHOLD): Page {
  if (total <= threshold) return { page: 0, pages: 1, start: 0, end: total };
  const pages = Math.ceil(total / size);
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { page: p, pages, start: p * size, end: Math.min(total, (p + 1) * size) };
}

/** The kinds present in rows, with how many rows each, in the given order. */
export function kindCounts<T extends { type: string }>(
  rows: readonly T[],
  compare: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0),
): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.type, (counts.get(row.type) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => compare(a, b)).map(([type, count]) => ({ type, count }));
}
