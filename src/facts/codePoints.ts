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
