import type { Span } from '../span.js';
import { personNameParts } from './personNameParts.js';
import { isRoleWord } from './personNameRoleWords.js';

// A period after these ends a word, not a paragraph: "mag.", "dr.", "l.r.", "d.o.o.".
const ABBREVIATION =
  /(?<!\p{L})(?:mag|dr|prof|doc|izr|univ|dipl|inž|ing|spec|ekon|prav|org|upr|oec|jur|med|arh|grad|soc|str|g|ga|gdč|l\.\s?r|d\.o\.o|d\.d|s\.p|št)\.$/iu;
// The line stops in the middle of an entry: after a separator, a dash or a joining word.
const OPEN_END = /(?:[,;–—(/-]|(?<!\p{L})(?:in|ter|ali|za|z|s|v|na|pri|iz|od|do|ob|pod)\s*)$/iu;
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** "predsednik komisije Matjaž Zupan": a role in lower case first, a whole person's name ending the line. */
function roleThenName(line: string): boolean {
  const first = /^\p{Ll}+/u.exec(line)?.[0];
  if (first === undefined || !isRoleWord(first)) return false;
  const name = personNameParts(line, { start: 0, end: line.length });
  return name !== undefined && name.fullSpan.start > 0 && name.fullSpan.end >= line.replace(/[\s.,;]+$/u, '').length;
}

/** The part of a line after its last comma or semicolon outside brackets. */
function lastChunk(line: string): string {
  let depth = 0;
  for (let i = line.length - 1; i >= 0; i--) {
    const c = line[i];
    if (c === ')') depth++;
    else if (c === '(') depth--;
    else if (depth === 0 && (c === ',' || c === ';')) return line.slice(i + 1).trim();
  }
  return line.trim();
}

/**
 * True when `next` (a line right below, not blank, not a new label or bullet)
 * continues the paragraph line `previous` rather than starting an entry of
 * its own: the previous line stops mid-entry (a separator, a dash, an open
 * bracket, a lone first name), the next line goes on in lower case, or the
 * previous line was full (`width` characters, see typicalLineWidth) so the
 * word processor wrapped it. Both spans are trimmed line contents.
 */
export function continuesLine(text: string, previous: Span, next: Span, width: number): boolean {
  const before = text.slice(previous.start, previous.end);
  const after = text.slice(next.start, next.end);
  if (before === '' || after === '') return false;
  // Table rows end where they end: a cell that wraps is not a paragraph.
  if (/[\t|]/u.test(before) || /[\t|]/u.test(after)) return false;
  if (/[.!?:]$/u.test(before) && !ABBREVIATION.test(before)) return false;
  if (OPEN_END.test(before)) return true;
  if ((before.match(/\(/gu)?.length ?? 0) > (before.match(/\)/gu)?.length ?? 0)) return true;
  // One entry a line, each naming its role before the person: the lower-case start is a new entry.
  if (roleThenName(after) && (roleThenName(before) || /\p{Lu}\p{Ll}+$/u.test(before))) return false;
  if (/^\p{Ll}/u.test(after) && !/^\p{Ll}{1,6}\./u.test(after)) return true;
  // "…, Janko Petrovič, Barbara" / "Pučko, …": a first name waiting for its surname.
  const tail = lastChunk(before);
  if (NAME_WORD.test(tail) && !isRoleWord(tail) && /^\p{Lu}\p{Ll}+(?:[\s,;(]|$)/u.test(after)) {
    const joined = `${tail} ${after.split(/[,;(]/u)[0] ?? ''}`;
    if (personNameParts(joined, { start: 0, end: joined.length })) return true;
  }
  if (width < 50) return false;
  let lineStart = previous.end;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  const firstWord = /^\S+/u.exec(after)?.[0].length ?? 0;
  return previous.end - lineStart + 1 + firstWord > width * 0.9;
}
