import type { ParsedMinutes } from '../parsedMinutes.js';

/** The number of the agenda item whose heading or discussion holds the position, if any. */
export function itemNumberAt(minutes: ParsedMinutes, position: number): number | undefined {
  const item = minutes.items.find((i) => i.headingSpan.start <= position && position < i.bodySpan.end);
  return item?.number;
}
