import type { Span } from '../span.js';

// A period after these does not end a sentence ("dr. Novak", "št. 5").
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:dr|mag|prof|št|g|ga|gdč|gos|ing|univ|dipl|oz|npr|tj|mr|sv|ul|tel|str|čl|odst|l\.r|ipd)$/iu;

function endsSentence(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  const after = text.slice(i + 1, i + 40);
  if (ch === '\n') return /^[ \t]*\n/u.test(after);
  if (ch === ':') return /^[ \t]*\n/u.test(after);
  if (!/[.!?]/u.test(ch)) return false;
  if (/^[ \t]*(?:\n|$)/u.test(after)) return true;
  if (!/^\s+["„(]?[\p{Lu}]/u.test(after)) return false;
  const before = text.slice(Math.max(0, i - 12), i);
  // "1. Potrditev" in an inline list, "14. 12. 2021", "dr. Novak": not sentence ends.
  return !/\d$/u.test(before) && !ABBREVIATION.test(before);
}

/** The sentences of `text` between `from` and `to`, trimmed: ends at ". X", a line end after a period or colon, or a blank line. */
export function itemSentences(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    if (endsSentence(text, i)) {
      push(i + 1);
      start = i + 1;
    }
  }
  push(to);
  return spans;
}
