import type { Span } from '../span.js';
import { trimSpan } from '../span.js';
import { OPEN_LINE_END } from './openLineEnd.js';

// Words that end with a period without ending the sentence ("mag. Ana Kos", "podjetje X d.o.o. je").
const ABBREVIATIONS = new Set([
  'dr',
  'mag',
  'prof',
  'doc',
  'dipl',
  'inž',
  'univ',
  'št',
  'npr',
  'oz',
  'tj',
  'ipd',
  'itd',
  'g',
  'ga',
  'ge',
  'gdč',
  'mr',
  'ul',
  'tel',
  'str',
  'čl',
  'odst',
  'lr',
  'doo',
  'dd',
  'sp',
  'ti',
  'min',
  'ur',
  'cca',
  'pribl',
  'vklj',
]);

// How an item heading is numbered: "3.", "3)", "Ad 2)", "AD 2.", "K 3. točki", "Točka 4:".
const NUMBERED = String.raw`(?:\d{1,2}[.)]|(?:Ad|AD|K|Točka|TOČKA)\.?\s*\d{1,2}[.):]?)`;

function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] ?? '')) start--;
  const word = text.slice(start, dot).replace(/\./g, '').toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital is an initial ("J. Novak").
  return /^\p{Lu}$/u.test(text.slice(start, dot));
}

function isOrdinal(text: string, dot: number): boolean {
  // "na 3. Seji", "2. Pobratenje" inside a line: one or two digits are a number, not a sentence end.
  return /(?<!\d)\d{1,2}$/.test(text.slice(Math.max(0, dot - 3), dot));
}

/**
 * The sentences of a stretch of text, as trimmed spans in text order. A
 * sentence ends at . ! ? before a capital (not after an abbreviation, an
 * initial or an ordinal), at a blank line, and at a line break after . : ; ! ?
 * or before a numbered line, so that hard-wrapped lines of a PDF stay one
 * sentence.
 */
export function splitSentences(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const spans: Span[] = [];
  let start = within.start;
  const push = (end: number): void => {
    const span = trimSpan(text, { start, end });
    if (span.end > span.start) spans.push(span);
    start = end;
  };
  for (let i = within.start; i < within.end; i++) {
    const ch = text[i] ?? '';
    if (/[.!?]/.test(ch)) {
      const rest = text.slice(i + 1, Math.min(within.end, i + 6));
      const m = /^["'”»)]*\s+["'„«(]*(\p{Lu}|\d)/u.exec(rest);
      if (!m) continue;
      if (ch === '.' && (isAbbreviation(text, i) || isOrdinal(text, i))) continue;
      // A numbered line after a period inside a line ("… seje. 2. točka") is not a new sentence.
      if (/\d$/.test(m[0]) && !/\n/.test(m[0])) continue;
      push(i + 1);
    } else if (ch === '\n') {
      const before = text.slice(start, i).trimEnd();
      const after = text.slice(i + 1, within.end);
      const blank = /^[ \t\r]*\n/.test(after);
      const dot = start + before.length - 1;
      // "podpisala 14.\nseptembra 2024", "mag.\nAna Kos": a PDF wrap after an ordinal or abbreviation ends nothing.
      const wrapped =
        before.endsWith('.') && (isOrdinal(text, dot) || isAbbreviation(text, dot)) && /^[ \t]*\p{Ll}/u.test(after);
      const closed = /[.:;!?]$/.test(before) && !wrapped;
      const numbered = new RegExp(String.raw`^[ \t]*(?:[-–•*]|${NUMBERED})\s`, 'u').test(after);
      // A numbered heading ("3. Pismo o nameri") ends at its line even without a period.
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const heading =
        new RegExp(String.raw`^[ \t]*${NUMBERED}\s`, 'u').test(text.slice(Math.max(lineStart, start), i)) &&
        /^[ \t]*\p{Lu}/u.test(after) &&
        !OPEN_LINE_END.test(text.slice(Math.max(lineStart, start), i));
      if (blank || closed || numbered || heading) push(i + 1);
    }
  }
  push(within.end);
  return spans;
}
