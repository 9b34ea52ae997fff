import type { Span } from '../span.js';

/** Slovenian month names in every case the minutes use (januar, januarja, januarju, …), by month number. */
const MONTHS: readonly (readonly string[])[] = [
  ['januar', 'januarja', 'januarju'],
  ['februar', 'februarja', 'februarju'],
  ['marec', 'marca', 'marcu'],
  ['april', 'aprila', 'aprilu'],
  ['maj', 'maja', 'maju'],
  ['junij', 'junija', 'juniju'],
  ['julij', 'julija', 'juliju'],
  ['avgust', 'avgusta', 'avgustu'],
  ['september', 'septembra', 'septembru'],
  ['oktober', 'oktobra', 'oktobru'],
  ['november', 'novembra', 'novembru'],
  ['december', 'decembra', 'decembru'],
];

const MONTH_NUMBER = new Map<string, number>(MONTHS.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const)));
const MONTH_WORD = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');

export interface FoundDate {
  /** YYYY-MM-DD, or YYYY-MM when the text names only a month and a year, or a month alone with a reference year. */
  readonly date: string;
  readonly span: Span;
  /** True when the year was not written and came from the reference year. */
  readonly yearInferred: boolean;
}

const NUMERIC = /(?<!\d[.\d]*)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)/dgu;
const WORDED = new RegExp(
  `(?<![\\p{L}\\d])(?:(\\d{1,2})\\.\\s*)?(${MONTH_WORD})(?:\\s+((?:19|20)\\d{2})(?!\\d))?(?!\\p{L})`,
  'dgiu',
);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(year: number, month: number, day?: number): boolean {
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Every date written in the text, in text order: "14. 12. 2021", "3.6.2019",
 * "9. marca 2017", "14. decembra 2021", "julija 2021", and, when a reference
 * year is given, a month alone ("julija" → YYYY-07) or a day and month
 * ("13. decembra"). Impossible dates (31. 2. 2021) are skipped.
 */
export function findDates(text: string, referenceYear?: number): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!valid(year, month, day)) continue;
    const [start, end] = m.indices?.[0] ?? [m.index, m.index + m[0].length];
    found.push({ date: `${year}-${pad(month)}-${pad(day)}`, span: { start, end }, yearInferred: false });
  }
  for (const m of text.matchAll(WORDED)) {
    const month = MONTH_NUMBER.get((m[2] ?? '').toLowerCase());
    if (month === undefined) continue;
    const written = m[3] === undefined ? undefined : Number(m[3]);
    const year = written ?? referenceYear;
    if (year === undefined) continue;
    // A bare "maj" or "marec" without day or year is too often another word to trust.
    if (m[1] === undefined && written === undefined && /^(maj|marec|april)$/i.test(m[2] ?? '')) continue;
    const day = m[1] === undefined ? undefined : Number(m[1]);
    if (!valid(year, month, day)) continue;
    const [start, end] = m.indices?.[0] ?? [m.index, m.index + m[0].length];
    const date = day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    found.push({ date, span: { start, end }, yearInferred: written === undefined });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
