import type { ParseNote } from '../parsedMinutes.js';
import type { Span } from '../span.js';
import { findDates, type FoundDate } from './findDates.js';

// Labels and lines that carry the document's own date, not the session's.
const DOCUMENT_DATE_LINE = /^[ \t]*(?:datum|številka|št\.|zadeva|\p{Lu}[\p{L} ]{1,30},(?:\s+dne)?)\s*:?[ \t]*$/iu;
// After the title a "Datum:" line is the session's (labelled headers); a place and date line is still the document's.
const DOCUMENT_DATE_LINE_AFTER_TITLE = /^[ \t]*(?:številka|št\.|zadeva|\p{Lu}[\p{L} ]{1,30},(?:\s+dne)?)\s*:?[ \t]*$/iu;
const SESSION_DATE_LABEL =
  /\b(?:datum\s+(?:in\s+(?:ura|čas)\s+)?seje|seja\s+(?:je\s+)?(?:bila|potekala)\b[^.\n]{0,40}?\bdne|termin\s+seje)\s*:?\s*$/iu;

function lineBefore(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(lineStart, at);
}

/**
 * The session date: in the passage that states the session (after "dne" when
 * several; the last one of a range "od … do …" of a correspondence session),
 * else after a label such as "Datum seje:", else a date after the title that
 * is not on a "Datum:"/"Številka:"/"Kranj, …" line of the document itself.
 */
export function headerDate(
  text: string,
  passage: Span | undefined,
  region: Span,
): { date?: string; dateSpan?: Span; notes: ParseNote[] } {
  const notes: ParseNote[] = [];
  const full = (d: FoundDate): boolean => /^\d{4}-\d{2}-\d{2}$/u.test(d.date);
  if (passage) {
    const inPassage = findDates(text.slice(passage.start, passage.end))
      .filter(full)
      .map((d) => ({ ...d, span: { start: d.span.start + passage.start, end: d.span.end + passage.start } }));
    const range = /\bod\s*$/iu.test(lineBefore(text, inPassage[0]?.span.start ?? 0).slice(-6)) && inPassage.length >= 2;
    if (range) {
      const last = inPassage[inPassage.length - 1];
      if (last) {
        notes.push({
          span: { start: inPassage[0]?.span.start ?? last.span.start, end: last.span.end },
          message: `The session ran over several days (${inPassage[0]?.date} to ${last.date}); the last day is taken as its date.`,
        });
        return { date: last.date, dateSpan: last.span, notes };
      }
    }
    const afterDne = inPassage.find((d) => /\bdne\s*$/iu.test(text.slice(Math.max(0, d.span.start - 6), d.span.start)));
    const chosen = afterDne ?? inPassage[0];
    if (chosen) return { date: chosen.date, dateSpan: chosen.span, notes };
  }
  const candidates = findDates(text.slice(region.start, region.end))
    .filter(full)
    .map((d) => ({ ...d, span: { start: d.span.start + region.start, end: d.span.end + region.start } }));
  const labelled = candidates.find((d) => SESSION_DATE_LABEL.test(lineBefore(text, d.span.start)));
  if (labelled) return { date: labelled.date, dateSpan: labelled.span, notes };
  const afterTitle = candidates.filter((d) =>
    passage === undefined
      ? !DOCUMENT_DATE_LINE.test(lineBefore(text, d.span.start))
      : d.span.start >= passage.start && !DOCUMENT_DATE_LINE_AFTER_TITLE.test(lineBefore(text, d.span.start)),
  );
  const fallback = afterTitle[0];
  if (fallback) {
    notes.push({ span: fallback.span, message: 'Session date taken from the first date after the title; check it.' });
    return { date: fallback.date, dateSpan: fallback.span, notes };
  }
  const documentDate = candidates[0];
  if (documentDate) {
    notes.push({ span: documentDate.span, message: 'Only a document date was found; the session date is not stated.' });
  }
  return { notes };
}
