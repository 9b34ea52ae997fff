import type { Span } from '../span.js';
import { groupSpan } from '../span.js';
import { findDates } from '../segment/findDates.js';

export interface DatePhrase {
  /** YYYY, YYYY-MM, YYYY-MM-DD, or an interval "a/b". */
  readonly date: string;
  readonly span: Span;
  /** True when the date was worked out from the session date or year rather than written in full. */
  readonly inferred: boolean;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

const NUMBER_WORDS: Record<string, number> = {
  en: 1,
  dan: 1,
  dva: 2,
  dve: 2,
  tri: 3,
  štiri: 4,
  pet: 5,
  šest: 6,
  sedem: 7,
};
const ORDINALS: Record<string, number> = { prvi: 1, drugi: 2, tretji: 3, četrti: 4, peti: 5 };
const MONTH_STEMS = [
  'januar',
  'februar',
  'mar',
  'april',
  'maj',
  'junij',
  'julij',
  'avgust',
  'septemb',
  'oktob',
  'novemb',
  'decemb',
];

// "dan pred sejo komisije", "dva dni pred sejo", "teden dni pred današnjo sejo", "en dan po seji".
const AROUND_SESSION =
  /(?<![\p{L}])(?:(?<count>\d+|en|dva|dve|tri|štiri|pet|šest|sedem)\s+)?(?<unit>dan|dni|dneve|teden\s+dni|tedna|teden)\s+(?<dir>pred|po)\s+(?:današnj\p{L}*\s+|tej\s+|t\p{L}\s+)?(?:sej[oi]|seji)(?:\s+(?:komisije|odbora|sveta|kolegija|občinskega\s+sveta|mestnega\s+sveta))?/dgiu;
const WORDS =
  /(?<![\p{L}])(?<word>včeraj|danes|predvčerajšnjim|lani|lansko\s+leto|letos|prihodnje\s+leto|naslednje\s+leto|drugo\s+leto)(?![\p{L}])/dgiu;
// "drugi teden v januarju 2022", "v prvem tednu februarja".
const WEEK_OF_MONTH =
  /(?<![\p{L}])(?<ord>prvi|drugi|tretji|četrti|peti)\s+teden\s+v\s+(?<month>\p{L}+)(?:\s+(?<year>(?:19|20)\d{2}))?/dgiu;

// "leta 2004", "v letu 2019", "od leta 1998": a year alone, which findDates leaves to the caller.
const YEAR = /(?<![\p{L}])(?:leta|letu|leto)\s+(?<year>(?:19|20)\d{2})(?!\d)(?!\s*[./]\s*\d)/dgiu;

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = MONTH_STEMS.findIndex((stem) => w.startsWith(stem));
  return i < 0 ? undefined : i + 1;
}

/** The Monday-to-Sunday week `n` of a month: the n-th week that starts on a Monday in that month. */
function weekOfMonth(year: number, month: number, n: number): string | undefined {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const toMonday = (8 - first.getUTCDay()) % 7;
  const monday = new Date(Date.UTC(year, month - 1, 1 + toMonday + (n - 1) * 7));
  if (monday.getUTCMonth() !== month - 1) return undefined;
  const sunday = new Date(monday);
  sunday.setUTCDate(sunday.getUTCDate() + 6);
  return `${iso(monday)}/${iso(sunday)}`;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Every date a passage gives or implies, in text order: written dates
 * (findDates, a month alone taking the reference year), a year alone ("leta
 * 2004"), weeks of a month
 * ("drugi teden v januarju 2022" → an interval), and dates relative to the
 * session ("dan pred sejo" → the day before, "lani" → the previous year,
 * "letos", "včeraj", "danes"). Relative ones need the session date or year.
 */
export function findDatePhrases(
  text: string,
  within: Span,
  sessionDate: string | undefined,
  referenceYear: number | undefined,
): DatePhrase[] {
  const slice = text.slice(within.start, within.end);
  const found: DatePhrase[] = [];
  const year = referenceYear ?? (sessionDate ? Number(sessionDate.slice(0, 4)) : undefined);
  for (const m of slice.matchAll(WEEK_OF_MONTH)) {
    const month = monthNumber(m.groups?.month ?? '');
    const y = m.groups?.year ? Number(m.groups.year) : year;
    const n = ORDINALS[(m.groups?.ord ?? '').toLowerCase()];
    const span = groupSpan(m, 0, within.start);
    if (month === undefined || y === undefined || n === undefined || !span) continue;
    const date = weekOfMonth(y, month, n);
    if (date) found.push({ date, span, inferred: !m.groups?.year });
  }
  for (const d of findDates(slice, year)) {
    const span = { start: d.span.start + within.start, end: d.span.end + within.start };
    if (found.some((f) => overlaps(f.span, span))) continue;
    found.push({ date: d.date, span, inferred: d.yearInferred });
  }
  for (const m of slice.matchAll(YEAR)) {
    const span = groupSpan(m, 'year', within.start);
    if (!span || found.some((f) => overlaps(f.span, span))) continue;
    found.push({ date: m.groups?.year ?? '', span, inferred: false });
  }
  for (const m of slice.matchAll(AROUND_SESSION)) {
    const span = groupSpan(m, 0, within.start);
    if (!sessionDate || !span) continue;
    const count = m.groups?.count ? (NUMBER_WORDS[m.groups.count.toLowerCase()] ?? Number(m.groups.count)) : 1;
    const unit = (m.groups?.unit ?? '').toLowerCase();
    const days = (unit.startsWith('ted') ? 7 : 1) * (Number.isFinite(count) ? count : 1);
    const sign = (m.groups?.dir ?? '').toLowerCase() === 'pred' ? -1 : 1;
    found.push({ date: shiftDays(sessionDate, sign * days), span, inferred: true });
  }
  for (const m of slice.matchAll(WORDS)) {
    const span = groupSpan(m, 0, within.start);
    if (!span) continue;
    const word = (m.groups?.word ?? '').toLowerCase().replace(/\s+/g, ' ');
    if (word === 'včeraj' && sessionDate) found.push({ date: shiftDays(sessionDate, -1), span, inferred: true });
    else if (word === 'predvčerajšnjim' && sessionDate)
      found.push({ date: shiftDays(sessionDate, -2), span, inferred: true });
    else if (word === 'danes' && sessionDate) found.push({ date: sessionDate, span, inferred: true });
    else if (year === undefined) continue;
    else if (word === 'lani' || word === 'lansko leto') found.push({ date: String(year - 1), span, inferred: true });
    else if (word === 'letos') found.push({ date: String(year), span, inferred: true });
    else if (/^(prihodnje|naslednje|drugo) leto$/.test(word))
      found.push({ date: String(year + 1), span, inferred: true });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
