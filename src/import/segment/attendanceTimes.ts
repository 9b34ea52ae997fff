import type { Span } from '../span.js';
import { findTimes } from './findTimes.js';

export interface AttendanceTimes {
  readonly arrivedAt?: string;
  readonly leftAt?: string;
  /** A temporary absence or a time whose meaning was not clear, as written. */
  readonly note?: string;
  /** The stretches that said it, to be kept out of the role. */
  readonly spans: Span[];
}

const LEAVING = /(?:odšel|odšl\p{L}*|zapust\p{L}*|odsot\p{L}*)(?:\s+\p{L}+)?\s*$/iu;
const ARRIVING =
  /(?:prispel\p{L}*|prišel|prišl\p{L}*|pristop\p{L}*|pridruži\p{L}*|zamud\p{L}*|prisot\p{L}*|navzoč\p{L}*)(?:\s+\p{L}+)?\s*$/iu;
const PRESENCE_WORD = /prispel|prišel|prišl|pristop|pridruž|zamud|prisot|navzoč|odšel|odšl|zapust|odsot/iu;
const TEMPORARY =
  /(?:začasno\s+)?(?:odsot\p{L}*|ni\s+bil\p{L}*(?:\s+prisot\p{L}*)?)\s+od\s+\S+\s+do\s+\d\S*(?:\s+ure?i?)?|od\s+\S+\s+do\s+\d\S*(?:\s+uri)?\s+(?:začasno\s+)?(?:odsot\p{L}*|ni\s+bil\p{L}*)/iu;

/**
 * Late arrival, early departure or temporary absence written in an attendance
 * entry: "(prispela ob 18.10)", "prisoten od 19.45", "(odšel ob 19.30)",
 * "zapustil sejo ob 20.05"; "od 18.20 do 18.40 odsoten" is a temporary absence
 * and comes back as a note.
 */
export function attendanceTimes(text: string, span: Span): AttendanceTimes {
  const slice = text.slice(span.start, span.end);
  const times = findTimes(slice);
  if (times.length === 0) return { spans: [] };
  const spans: Span[] = [];
  for (const m of slice.matchAll(/\([^()]*\)/gu)) {
    if (times.some((t) => t.span.start >= m.index && t.span.end <= m.index + m[0].length)) {
      spans.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
    }
  }
  const temporary = TEMPORARY.exec(slice);
  if (temporary) {
    spans.push({ start: span.start + temporary.index, end: span.start + temporary.index + temporary[0].length });
    return { note: temporary[0].trim(), spans };
  }
  let arrivedAt: string | undefined;
  let leftAt: string | undefined;
  let note: string | undefined;
  for (const t of times) {
    const introducer = /^(ob|od|do)\s/iu.exec(slice.slice(t.span.start, t.span.end))?.[1]?.toLowerCase();
    const context = slice.slice(Math.max(0, t.span.start - 40), t.span.start);
    if (LEAVING.test(context) || (introducer === 'do' && !ARRIVING.test(context))) leftAt ??= t.time;
    else if (ARRIVING.test(context) || introducer === 'od') arrivedAt ??= t.time;
    else note ??= slice.trim();
    // The words that introduce the time go with it: "zapustil sejo ob 20.05".
    const phrase = /(?:\p{L}+\s+){0,2}$/u.exec(slice.slice(0, t.span.start));
    const from = phrase && PRESENCE_WORD.test(phrase[0]) ? phrase.index : t.span.start;
    const onward = /^\s+(?:dalje|naprej)\b/u.exec(slice.slice(t.span.end));
    spans.push({ start: span.start + from, end: span.start + t.span.end + (onward?.[0].length ?? 0) });
  }
  return { arrivedAt, leftAt, note, spans };
}
