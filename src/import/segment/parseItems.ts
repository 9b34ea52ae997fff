import type { AgendaEntry, ItemSection } from '../parsedMinutes.js';
import { findItemHeadings } from './itemHeadings.js';
import { itemsEnd } from './itemsEnd.js';

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/**
 * The discussion of each agenda item: the heading that opens it ("Ad 1)",
 * "K 2. točki", "Točka 3:", a repeated agenda line) and its body up to the
 * next heading or the closing of the minutes (end-time sentence, "Zapisala:").
 * Headings are looked for after the agenda list, so the list itself is never
 * taken for the sections.
 */
export function parseItems(text: string, agenda: readonly AgendaEntry[]): ItemSection[] {
  const from = agenda.reduce((end, e) => Math.max(end, e.span.end), 0);
  const headings = findItemHeadings(text, agenda, from);
  const last = headings[headings.length - 1];
  const closing = last ? itemsEnd(text, last.span.end) : text.length;
  return headings.map((h, i) => {
    const next = headings[i + 1];
    const end = Math.min(next ? next.span.start : text.length, closing < h.span.end ? text.length : closing);
    return { number: h.number, headingSpan: h.span, bodySpan: trimmed(text, h.span.end, Math.max(end, h.span.end)) };
  });
}
