import type { Span } from '../span.js';
import { findTimes } from './findTimes.js';
import { personNameParts } from './personNameParts.js';

export interface AttendanceMove {
  readonly name: string;
  readonly nameSpan: Span;
  readonly titles: readonly string[];
  /** The sentence that says it. */
  readonly span: Span;
  readonly arrivedAt?: string;
  readonly leftAt?: string;
  /** The sentence calls the person a member or councillor. */
  readonly member: boolean;
}

const ARRIVAL =
  /\b(?:prispel\p{L}*|prišel|prišla|pridružil\p{L}*|(?:je|so|sta)\s+(?:na\s+seji\s+)?(?:prisot\p{L}*|navzoč\p{L}*))/iu;
const DEPARTURE = /\b(?:odšel|odšla|zapustil\p{L}*|zapustila|se\s+je\s+opravičil\p{L}*\s+in\s+odšl\p{L}*)/iu;
const SENTENCE = /[^.\n]*(?:\.(?!\s+\p{Lu}|\s*$|\s*\n)[^.\n]*)*(?:\.|$)/gmu;

/**
 * Late arrivals and early departures told in sentences outside the lists:
 * "Od 17.10 je na seji prisotna tudi Ana Novak.", "Svetnik Janez Kos je
 * prispel ob 18.10.", "Ob 19.30 je sejo zapustila svetnica Ana Novak."
 */
export function attendanceMoves(text: string): AttendanceMove[] {
  const moves: AttendanceMove[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0];
    if (sentence.length < 10 || sentence.length > 300) continue;
    const arrival = ARRIVAL.exec(sentence);
    const departure = DEPARTURE.exec(sentence);
    if (!arrival && !departure) continue;
    if (/:/u.test(sentence)) continue;
    const time = findTimes(sentence)[0];
    if (!time) continue;
    const span = { start: m.index, end: m.index + sentence.length };
    const name = personNameParts(text, span);
    if (!name) continue;
    const leaving = departure !== null && (arrival === null || departure.index < arrival.index);
    moves.push({
      name: name.name,
      nameSpan: name.nameSpan,
      titles: name.titles,
      span: { start: m.index + (/^\s*/u.exec(sentence)?.[0].length ?? 0), end: span.end },
      ...(leaving ? { leftAt: time.time } : { arrivedAt: time.time }),
      member: /svetni|član/iu.test(sentence),
    });
  }
  return moves;
}
