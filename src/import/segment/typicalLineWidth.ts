/**
 * How many characters a full line of the text holds: the 90th percentile of
 * its non-blank line lengths. For a PDF or a hard-wrapped text this is about
 * the page width; for a text with one paragraph a line it is a long
 * paragraph, so that no short line looks full.
 */
export function typicalLineWidth(text: string): number {
  const lengths: number[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const length = text.slice(start, end).trimEnd().length;
    if (length > 0) lengths.push(length);
    start = end + 1;
  }
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}
