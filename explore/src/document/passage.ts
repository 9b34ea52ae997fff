/**
 * Passages are addressed by Unicode CODE POINT offsets into Document.text
 * (what the server stores), while JavaScript strings index UTF-16 code units.
 * Everything here converts through Array.from(text), so a character outside
 * the Basic Multilingual Plane counts once, as it does on the server.
 */

export interface PassageSplit {
  /** The text before the passage. */
  before: string;
  /** The text at [start, end) (clamped into the text). */
  passage: string;
  /** The text after the passage. */
  after: string;
  /** The clamped code point offsets actually used. */
  start: number;
  end: number;
  /** True when the text at the offsets is exactly the quote. */
  matches: boolean;
  /** Where the quote does occur in the text (code points), when it is not at the offsets; null if nowhere. */
  foundAt: number | null;
}

/** The number of code points in a string (not its UTF-16 length). */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/** Slice by code point offsets, like String.prototype.slice but counting code points. */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** The code point offset of the first occurrence of `quote` in `text` nearest to `near`, or null. */
export function findQuote(text: string, quote: string, near = 0): number | null {
  if (!quote) return null;
  const chars = Array.from(text);
  // The UTF-16 index of each code point, to translate indexOf's answers back into code points.
  const unitToPoint = new Map<number, number>();
  let unit = 0;
  chars.forEach((c, i) => {
    unitToPoint.set(unit, i);
    unit += c.length;
  });
  let best: number | null = null;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const point = unitToPoint.get(at);
    if (point === undefined) continue; // inside a surrogate pair: not a real occurrence
    if (best === null || Math.abs(point - near) < Math.abs(best - near)) best = point;
  }
  return best;
}

/**
 * Split a document's text into before / passage / after at code point
 * offsets [start, end). Offsets outside the text are clamped (and then the
 * passage cannot match its quote); `matches` says whether the text there is
 * the quote, and `foundAt` where the quote really is, if elsewhere.
 */
export function splitPassage(text: string, start: number, end: number, quote: string): PassageSplit {
  const chars = Array.from(text);
  const s = clamp(Math.trunc(Number.isFinite(start) ? start : 0), 0, chars.length);
  const e = clamp(Math.trunc(Number.isFinite(end) ? end : s), s, chars.length);
  const passage = chars.slice(s, e).join('');
  const matches = passage === quote && s === start && e === end;
  return {
    before: chars.slice(0, s).join(''),
    passage,
    after: chars.slice(e).join(''),
    start: s,
    end: e,
    matches,
    foundAt: matches ? null : findQuote(text, quote, s),
  };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), hi);
}
