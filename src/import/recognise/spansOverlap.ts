import type { Span } from '../span.js';

/** True when two spans share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
