/**
 * Offsets in facts files count Unicode code points, not UTF-16 units, so that
 * tools in any language agree on them (张家口 or an emoji is one unit each).
 */
export class CodePointText {
  private readonly points: readonly string[];

  constructor(readonly text: string) {
    this.points = Array.from(text);
  }

  get length(): number {
    return this.points.length;
  }

  /** The text from code point `start` (inclusive) to `end` (exclusive). */
  slice(start: number, end: number): string {
    return this.points.slice(start, end).join('');
  }

  /** Every code point offset at which `quote` occurs, in order. */
  occurrences(quote: string): number[] {
    const found: number[] = [];
    const utf16ToPoint = new Map<number, number>();
    let unit = 0;
    this.points.forEach((p, i) => {
      utf16ToPoint.set(unit, i);
      unit += p.length;
    });
    for (let at = this.text.indexOf(quote); at !== -1; at = this.text.indexOf(quote, at + 1)) {
      const point = utf16ToPoint.get(at);
      if (point !== undefined) found.push(point);
    }
    return found;
  }
}

/** Length of a string in code points. */
export function codePointLength(s: string): number {
  return Array.from(s).length;
}

/**
 * `at`, moved by one UTF-16 unit when it falls between the two halves of a
 * surrogate pair (an emoji): back to the pair's start by default, or past its
 * end with `'forward'`. A slice of `text` that starts or ends there keeps
 * whole code points, never a lone surrogate.
 */
export function codePointBoundary(text: string, at: number, direction: 'back' | 'forward' = 'back'): number {
  if (at <= 0 || at >= text.length) return at;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  const splitsPair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  if (!splitsPair) return at;
  return direction === 'back' ? at - 1 : at + 1;
}
