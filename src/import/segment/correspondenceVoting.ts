import type { Span } from '../span.js';
import { findDates } from './findDates.js';
import { findTimes } from './findTimes.js';

// Where a correspondence session states when its members voted; the materials' sending day is not the session's.
const VOTING =
  /(?<!\p{L})(?:(?:dopisna\s+|korespondenčna\s+)?seja\s+(?:je\s+)?(?:potekala|trajala)|glasovanje\s+(?:je\s+)?(?:potekalo|trajalo|bilo\s+mogoče)|rok\s+za\s+(?:oddajo\s+|vrnitev\s+)?(?:glasov\p{L}*|glasovnic\p{L}*)|glasovnic\p{L}*\s+(?:je\s+)?(?:bilo\s+)?(?:treba|potrebno)\s+vrniti|glasovati\s+(?:je\s+)?(?:bilo\s+)?(?:mogoče\s+)?do)(?!\p{L})/giu;
// "od 8. do 14. ure", "od 8. ure dalje": hours without minutes, which findTimes leaves alone.
const HOURS = /(?<!\p{L})od\s+(?<hour>\d{1,2})\.?\s+(?:ure\s+(?:dalje|naprej|do)|do\s+\d{1,2}\.?\s+ure)(?!\p{L})/diu;

export interface CorrespondenceVoting {
  readonly date?: string;
  readonly dateSpan?: Span;
  readonly time?: string;
  readonly timeSpan?: Span;
}

function shifted(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

/**
 * When a correspondence (dopisna) session voted, from the sentence that says
 * so ("Dopisna seja je potekala v torek, 11. februarja 2025, od 8. do 14.
 * ure", "glasovanje je potekalo od 7. 2. do 11. 2. 2025", "rok za glasovanje
 * je 11. 2. 2025 do 12. ure"): the last full date there (the closing day of
 * voting) and the start time; undefined when no such sentence is in the
 * first part of the text.
 */
export function correspondenceVoting(text: string): CorrespondenceVoting | undefined {
  const head = text.slice(0, 5000);
  for (const m of head.matchAll(VOTING)) {
    const lineEnd = head.indexOf('\n', m.index);
    const end = Math.min(lineEnd < 0 ? head.length : lineEnd, m.index + m[0].length + 160);
    const passage = text.slice(m.index, end);
    const dates = findDates(passage).filter((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d.date));
    const last = dates[dates.length - 1];
    if (!last) continue;
    const time = findTimes(passage)[0];
    const hours = time ? undefined : HOURS.exec(passage);
    const hour = Number(hours?.groups?.hour);
    const hourSpan = hours?.indices?.groups?.hour;
    return {
      date: last.date,
      dateSpan: shifted(last.span, m.index),
      ...(time ? { time: time.time, timeSpan: shifted(time.span, m.index) } : {}),
      ...(hourSpan && hour < 24
        ? {
            time: `${String(hour).padStart(2, '0')}:00`,
            timeSpan: { start: m.index + hourSpan[0], end: m.index + hourSpan[1] },
          }
        : {}),
    };
  }
  return undefined;
}
