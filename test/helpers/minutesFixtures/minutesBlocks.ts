import type { DocxBlock } from '../documentFixtures/makeDocx.js';

const NUMBERED = /^\s*(\d{1,2})\s*[.)]\s+(\S.*?)\s*$/u;

/**
 * The text's lines as blocks for makeDocx and makeHtml: the agenda (the first
 * run of lines numbered 1, 2, 3 …) as a real auto-numbered list without its
 * typed numbers, every other line a paragraph ('' an empty one).
 */
export function minutesBlocks(text: string): DocxBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start = -1;
  let end = -1;
  for (let i = 0; i < lines.length && start < 0; i++) {
    if (NUMBERED.exec(lines[i] ?? '')?.[1] !== '1') continue;
    let j = i;
    while (NUMBERED.exec(lines[j + 1] ?? '')?.[1] === String(j - i + 2)) j++;
    if (j > i) [start, end] = [i, j];
  }
  if (start < 0) return lines;
  const numbered = lines.slice(start, end + 1).map((l) => NUMBERED.exec(l)?.[2] ?? l);
  return [...lines.slice(0, start), { numbered }, ...lines.slice(end + 1)];
}
