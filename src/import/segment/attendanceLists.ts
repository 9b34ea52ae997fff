import type { Span } from '../span.js';
import { attendanceLabel, type AttendanceLabel } from './attendanceLabel.js';
import { continuesLine } from './continuesLine.js';
import { personNameParts } from './personNameParts.js';
import { typicalLineWidth } from './typicalLineWidth.js';

export interface AttendanceList {
  readonly label: AttendanceLabel;
  readonly labelSpan: Span;
  /**
   * One span per line (or table row) of the list, bullets and the label left out. A line the
   * word processor wrapped is one span across its line breaks: read them as spaces.
   */
  readonly lines: Span[];
}

// A label at the start of a line or a sentence: "PRISOTNI:", "Opravičeno odsotni:", "Odsotni – opravičeno:".
// Bilingual minutes write both languages in the label: "Prisotni / Presenti:".
const LABEL =
  /(?<=^|[.!?][ \t]+)[ \t]*(?:[-–•*·▪][ \t]*)?(?<label>\p{L}[\p{L} \t/–-]{2,70}?(?:,[ \t]*\p{L}[\p{L} \t–-]{2,30}?)?)[ \t]*:/dgmu;
// "Odsotna, opravičeno:": a label may add its status after a comma.
const ANY_LABEL = /^[ \t]*(?:[-–•*·▪][ \t]*)?\p{L}[\p{L} \t/–-]{2,40}(?:,[ \t]*\p{L}[\p{L} \t–-]{2,30})?:/u;
// The header row of an attendance table: "Ime in priimek<TAB>Funkcija", "Prisotni | Funkcija | Podpis".
const TABLE_HEADER =
  /^(?:ime\s+in\s+priimek|priimek\s+in\s+ime|ime|priimek|prisotni|navzoči|odsotni|član\p{L}*|zap\.\s*št\.?|št\.?)[ \t]*(?:\||\t|[ ]{3,})[ \t]*(?:funkcija|vloga|organizacija|status|prisotnost|podpis|opomba|\p{L}+)/iu;
const BULLET = /^[ \t]*(?:[-–•*·▪]|\d{1,2}[.)]|[a-z]\))[ \t]+/u;
const SENTENCE_VERB =
  /\b(?:je|so|sta|bil[aio]?|se|smo|ugotovil\p{L}*|pozdravil\p{L}*|predlagal\p{L}*|pričel\p{L}*|začel\p{L}*|odprl\p{L}*)\b/iu;
const TITLE_ABBREVIATION = /\b(?:mag|dr|prof|doc|izr|univ|dipl|inž|ing|spec|ekon|prav|org|upr|l\.\s?r|g|ga|st|ml)$/iu;

/** The line's span without its bullet or number and without surrounding white space. */
function content(text: string, start: number, end: number): Span {
  const line = text.slice(start, end);
  const bullet = BULLET.exec(line);
  let s = start + (bullet ? bullet[0].length : 0);
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** True when a line reads as a list entry: a name, no sentence verb outside brackets. */
function looksLikeEntry(text: string, span: Span): boolean {
  const line = text.slice(span.start, span.end);
  if (line.length === 0 || line.length > 220 || ANY_LABEL.test(line)) return false;
  if (SENTENCE_VERB.test(line.replace(/\([^()]*\)/gu, ''))) return false;
  return personNameParts(text, span) !== undefined;
}

/** Where a one-line list ends: before a following sentence that is not part of the list. */
function cutSentences(text: string, span: Span): Span {
  const line = text.slice(span.start, span.end);
  for (const m of line.matchAll(/\.[ \t]+(?=\p{Lu})/gu)) {
    if (TITLE_ABBREVIATION.test(line.slice(0, m.index))) continue;
    if (/\d$/u.test(line.slice(0, m.index))) continue;
    const rest = line.slice(m.index + m[0].length);
    if (SENTENCE_VERB.test(rest.replace(/\([^()]*\)/gu, '')) || ANY_LABEL.test(rest)) {
      return { start: span.start, end: span.start + m.index };
    }
  }
  return span;
}

/**
 * Every labelled attendance list in the text ("PRISOTNI: …", "Opravičeno
 * odsotni:" followed by bulleted lines, "Vabljeni:" …), with the lines that
 * belong to it: the rest of the label's line, lines wrapped after a comma, and
 * following lines that read as entries (blank lines between them allowed).
 * A paragraph wrapped over visual lines ("…, Janko Petrovič, Barbara" /
 * "Pučko, …") stays one line (see continuesLine).
 */
export function attendanceLists(text: string): AttendanceList[] {
  const lists: AttendanceList[] = [];
  let width: number | undefined;
  for (const m of text.matchAll(LABEL)) {
    const label = attendanceLabel(m.groups?.label ?? '');
    if (!label) continue;
    const start = m.index;
    const end = start + m[0].length;
    const labelStart = m.indices?.groups?.label?.[0] ?? start;
    const lines: Span[] = [];
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0) lineEnd = text.length;
    let first = content(text, end, lineEnd);
    // A later label on the same line ends this list: "Prisotni: A, B. Odsotni: C."
    const nextOnLine = [...text.slice(first.start, first.end).matchAll(LABEL)].find((n) =>
      attendanceLabel(n.groups?.label ?? ''),
    );
    if (nextOnLine) first = { start: first.start, end: first.start + nextOnLine.index };
    first = cutSentences(text, first);
    if (first.end > first.start) lines.push(first);
    let pos = lineEnd;
    let previous = first;
    let blankBefore = false;
    // A line cut before a following sentence is complete: nothing below continues it.
    let open = first.end === content(text, end, lineEnd).end;
    while (pos < text.length && !nextOnLine) {
      let nextEnd = text.indexOf('\n', pos + 1);
      if (nextEnd < 0) nextEnd = text.length;
      const next = content(text, pos + 1, nextEnd);
      if (next.end === next.start) {
        blankBefore = true;
        pos = nextEnd;
        continue;
      }
      const nextText = text.slice(next.start, next.end);
      if (lines.length === 0 && TABLE_HEADER.test(nextText)) {
        pos = nextEnd;
        continue;
      }
      const startsEntry = ANY_LABEL.test(nextText) || BULLET.test(text.slice(pos + 1, nextEnd));
      const kept = cutSentences(text, next);
      const last = lines[lines.length - 1];
      if (last && open && !blankBefore && !startsEntry) {
        width ??= typicalLineWidth(text);
        const sentence =
          /^\p{Lu}/u.test(nextText) && SENTENCE_VERB.test(text.slice(kept.start, kept.end).replace(/\([^()]*\)/gu, ''));
        if (!sentence && continuesLine(text, last, next, width)) {
          previous = { start: last.start, end: kept.end };
          lines[lines.length - 1] = previous;
          pos = nextEnd;
          if (kept.end < next.end) break;
          continue;
        }
      }
      blankBefore = false;
      const wrapped = lines.length > 0 && /[,;]$/u.test(text.slice(previous.start, previous.end));
      if (!(wrapped && !ANY_LABEL.test(nextText)) && !looksLikeEntry(text, next)) break;
      lines.push(kept);
      previous = kept;
      open = kept.end === next.end;
      pos = nextEnd;
      if (kept.end < next.end) break;
    }
    lists.push({ label, labelSpan: { start: labelStart, end }, lines });
  }
  return lists;
}
