import type { AttendanceEntry, ParseNote } from '../parsedMinutes.js';
import type { Span } from '../span.js';

type Order = 'SURNAME_FIRST' | 'GIVEN_FIRST' | undefined;

const CAPITALS = /^\p{Lu}[\p{Lu}-]+$/u;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

// Slovenian inflects both parts ("Janeza Kovačiča"): match each word by its stem.
function stem(word: string): string {
  return escape(word.length > 4 ? word.slice(0, -1) : word);
}

/** Longer than any word of a real name; a pattern of such a word can overflow the regular expression compiler. */
const MAX_NAME_WORD = 64;

/** True when "first second" (inflected) is written somewhere outside the given spans. */
function writtenElsewhere(text: string, first: string, second: string, skip: readonly Span[]): boolean {
  if (first.length > MAX_NAME_WORD || second.length > MAX_NAME_WORD) return false;
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])${stem(first)}\p{Ll}{0,3}\s+${stem(second)}\p{Ll}{0,3}(?![\p{L}])`,
    'giu',
  );
  for (const m of text.matchAll(pattern)) {
    if (skip.some((s) => m.index < s.end && s.start < m.index + m[0].length)) continue;
    // Case must agree with a name: both words start with a capital.
    if (/^\p{Lu}/u.test(m[0]) && /\s\p{Lu}/u.test(m[0])) return true;
  }
  return false;
}

/** What one entry's own text says about its order. */
function orderOf(text: string, words: readonly string[], skip: readonly Span[]): Order {
  const [first, second] = words;
  if (first === undefined || second === undefined) return undefined;
  if (CAPITALS.test(first) && !CAPITALS.test(second)) return 'SURNAME_FIRST';
  if (CAPITALS.test(second) && !CAPITALS.test(first)) return 'GIVEN_FIRST';
  const reversed = writtenElsewhere(text, second, first, skip);
  const asWritten = writtenElsewhere(text, first, second, skip);
  if (reversed && !asWritten) return 'SURNAME_FIRST';
  if (asWritten && !reversed) return 'GIVEN_FIRST';
  return undefined;
}

function titleCase(word: string): string {
  return CAPITALS.test(word)
    ? word.toLowerCase().replace(/(^|-)(\p{Ll})/gu, (_, dash: string, c: string) => dash + c.toUpperCase())
    : word;
}

/**
 * The attendance with names written surname first ("Kovačič Janez",
 * "KOVAČIČ Janez") turned to given name first ("Janez Kovačič"), nameSpan
 * kept on the name as written. A name's order is known from a surname in
 * capitals or from the same person written the other way round elsewhere in
 * the text (the chair sentence, the signature); when the known names agree,
 * the document's other two-word names follow them. When they disagree the
 * names stay as written and a note says so.
 */
export function surnameFirstNames(
  text: string,
  attendance: readonly AttendanceEntry[],
): { attendance: AttendanceEntry[]; notes: ParseNote[] } {
  const skip = attendance.map((e) => e.span);
  const words = attendance.map((e) => e.name.split(/\s+/u));
  const orders = words.map((w) => (w.length === 2 ? orderOf(text, w, skip) : undefined));
  const capitalsFirst = words.map((w) => {
    const caps = w.findIndex((x) => CAPITALS.test(x));
    return caps === 0 && w.length > 2 && !w.every((x) => CAPITALS.test(x));
  });
  const surnameFirst = orders.filter((o) => o === 'SURNAME_FIRST').length;
  const givenFirst = orders.filter((o) => o === 'GIVEN_FIRST').length;
  const notes: ParseNote[] = [];
  const documentOrder: Order =
    surnameFirst > 0 && givenFirst === 0
      ? 'SURNAME_FIRST'
      : givenFirst > 0 && surnameFirst === 0
        ? 'GIVEN_FIRST'
        : undefined;
  const result = attendance.map((entry, i) => {
    const w = words[i] ?? [];
    if (capitalsFirst[i]) {
      // "NOVAK KOS Ana": the capital words are the surname, the rest the given names.
      const cut = w.findIndex((x) => !CAPITALS.test(x));
      const name = [...w.slice(cut), ...w.slice(0, cut).map(titleCase)].join(' ');
      return { ...entry, name };
    }
    if (w.length !== 2) return entry;
    const order = orders[i] ?? documentOrder;
    if (order === undefined && surnameFirst > 0) {
      notes.push({
        span: entry.nameSpan,
        message: `${entry.name}: could not tell whether the surname is written first; kept as written.`,
      });
    }
    if (order !== 'SURNAME_FIRST') return entry;
    return { ...entry, name: `${w[1] ?? ''} ${titleCase(w[0] ?? '')}` };
  });
  return { attendance: result, notes };
}
