import type { Span } from '../span.js';
import { trimSpan } from '../span.js';
import { OPEN_LINE_END } from './openLineEnd.js';

function atLineBoundary(text: string, at: number): boolean {
  return (
    /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, at - 40), at)) ||
    /^[ \t]*(?:\r?\n|$)/u.test(text.slice(at, at + 200))
  );
}

/**
 * The sentences with every one that runs over an item heading cut at the
 * heading's start and end, so that the heading is a sentence of its own: a
 * heading without a number or a closing stop (a PDF line, "POROČILO O OBISKU")
 * would otherwise take the first sentence of its item with it, and that
 * sentence would be skipped as part of the heading. A heading that ends
 * on a word that needs a complement ("… in mestom") is not cut at its end:
 * it was wrapped, and the next line is the rest of it.
 */
export function splitAtHeadings(text: string, sentences: readonly Span[], headings: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const sentence of sentences) {
    // Only at line boundaries: a span that covers part of a heading line does not cut it.
    const cuts = headings
      .flatMap((h) => [h.start, h.end])
      .filter((c) => c > sentence.start && c < sentence.end && atLineBoundary(text, c))
      .filter((c) => !(headings.some((h) => h.end === c) && OPEN_LINE_END.test(text.slice(Math.max(0, c - 40), c))))
      .sort((a, b) => a - b);
    let start = sentence.start;
    for (const cut of [...cuts, sentence.end]) {
      const part = trimSpan(text, { start, end: cut });
      if (part.end > part.start) out.push(part);
      start = cut;
    }
  }
  return out;
}
