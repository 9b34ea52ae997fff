/** One visual line of a PDF page, its items joined left to right. */
export interface PdfLine {
  readonly text: string;
  /** Baseline, PDF user space (grows upwards). */
  readonly y: number;
  readonly fontSize: number;
}

/** The part of a pdf.js text item this stage reads. */
export interface PdfTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

/**
 * The visual lines of a page, top to bottom: items whose baselines lie within 40 % of the font
 * size are one line; between items a gap over 0.2 em becomes a space and over 1 em a tab
 * (table columns, signature blocks), so rows stay rows. pdf.js hands a run of spaces over as
 * one white-space item as wide as the run: it counts as gap, not as text.
 */
export function pdfPageLines(items: readonly PdfTextItem[]): PdfLine[] {
  const placed = items
    .filter((item) => item.str !== '')
    .map((item) => ({
      str: item.str,
      x: item.transform[4] ?? 0,
      y: item.transform[5] ?? 0,
      width: item.width,
      size: Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 10,
    }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: (typeof placed)[] = [];
  for (const item of placed) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && Math.abs(first.y - item.y) <= 0.4 * Math.max(first.size, item.size)) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of group) {
      // A word processor's wide gap (several spaces, a tab stop) separates columns; a justified space rarely reaches 1 em.
      if (/^\s+$/u.test(item.str)) continue;
      const gap = item.x - end;
      if (text !== '' && !/\s$/u.test(text) && !/^\s/u.test(item.str)) {
        if (gap > 1 * item.size) text += '\t';
        else if (gap > 0.2 * item.size) text += ' ';
      }
      text += item.str;
      end = Math.max(end, item.x + item.width);
    }
    const sizes = group.map((item) => item.size).sort((a, b) => a - b);
    return { text, y: group[0]?.y ?? 0, fontSize: sizes[Math.floor(sizes.length / 2)] ?? 10 };
  });
}
