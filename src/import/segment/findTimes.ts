import type { Span } from '../span.js';

export interface FoundTime {
  /** HH:MM. */
  readonly time: string;
  /** From "ob" (when written) to the end of the time ("ob 17. uri", "ob 18.30", "17:00"). */
  readonly span: Span;
}

// "ob 17. uri", "ob 17.00 uri", "ob 18.30", "ob 16,15 uri", "17:00", "od 19.45", "ob 9h".
const TIME =
  /(?<![\p{L}\d.,:])(?:(?:ob|od|do|okoli|pribl\.)\s+)?([01]?\d|2[0-3])(?:(?:[.:,]|\s?h\s?)([0-5]\d)|\.)?(?:\s*(?:uri|h)\b)?(?![\d])/dgiu;

/**
 * Every clock time written in the text, in text order. A bare number counts
 * only with "ob/od/do" before it or "uri"/"h" after it, so that "2. točka"
 * or "4 ZA" is never a time.
 */
export function findTimes(text: string): FoundTime[] {
  const found: FoundTime[] = [];
  for (const m of text.matchAll(TIME)) {
    const whole = m[0];
    const introduced = /^(ob|od|do|okoli|pribl\.)\s/iu.test(whole);
    const hasMinutes = m[2] !== undefined;
    const hasUnit = /(uri|h)\s*$/iu.test(whole) || /\dh/iu.test(whole);
    const colon = /\d:\d/.test(whole);
    if (!(introduced || hasUnit || colon)) continue;
    // "ob 3. seji", "od 1. 1. 2022": a number with a period must be a time only with "uri" or minutes.
    if (!hasMinutes && !hasUnit) continue;
    // Dates such as "14.12" read as times only with ob/od/do or uri.
    if (hasMinutes && !introduced && !hasUnit && !colon) continue;
    const hours = Number(m[1]);
    const minutes = hasMinutes ? Number(m[2]) : 0;
    const [start, end] = m.indices?.[0] ?? [m.index, m.index + whole.length];
    let stop = end;
    while (stop > start && /\s/u.test(text[stop - 1] ?? '')) stop--;
    found.push({
      time: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`,
      span: { start, end: stop },
    });
  }
  return found;
}
