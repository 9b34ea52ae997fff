import type { PdfLine } from './pdfPageLines.js';

// Page numbers as Slovenian and English documents print them: "Stran 2 od 5", "str. 2",
// "- 2 -", "2/5", "Page 2 of 5".
const PAGE_NUMBER = /^(?:(?:stran|str\.|page)\s*\d+(?:\s*(?:od|of|\/)\s*\d+)?|[-–—]?\s*\d+\s*[-–—]?|\d+\s*\/\s*\d+)$/iu;
// Only the outermost lines of a page can be running headers or footers.
const EDGE = 2;

/**
 * The pages' lines without running headers and footers: among the two top and two bottom lines
 * of each page, a line whose text (digits ignored) recurs at the same height on at least two
 * pages and half the pages, and any page-number line. Returns the kept lines and how many
 * were dropped.
 */
export function dropRunningLines(pages: readonly PdfLine[][]): { pages: PdfLine[][]; dropped: number } {
  const key = (line: PdfLine) =>
    `${line.text.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim()}@${Math.round(line.y / 2)}`;
  const isEdge = (index: number, count: number) => index < EDGE || index >= count - EDGE;
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(lines.filter((_, i) => isEdge(i, lines.length)).map(key));
    for (const k of keys) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  let dropped = 0;
  const kept = pages.map((lines) =>
    lines.filter((line, i) => {
      if (!isEdge(i, lines.length)) return true;
      const running = (pagesWith.get(key(line)) ?? 0) >= threshold || PAGE_NUMBER.test(line.text.trim());
      if (running) dropped++;
      return !running;
    }),
  );
  return { pages: kept, dropped };
}
