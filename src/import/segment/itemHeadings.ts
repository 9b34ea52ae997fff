import type { AgendaEntry } from '../parsedMinutes.js';
import type { Span } from '../span.js';
import { itemTitleMatches } from './itemTitleMatches.js';

export interface ItemHeading {
  readonly number: number;
  readonly span: Span;
}

interface Candidate extends ItemHeading {
  readonly strength: number;
  readonly style: string;
}

// Explicit item markers at the start of a line, each with the style a clerk keeps through one document.
const EXPLICIT: readonly (readonly [string, RegExp])[] = [
  ['ad', /^[ \t]*ad\s*[./]?\s*(\d{1,2})(?!\d)[ \t]*[.):/–-]?/diu],
  ['k', /^[ \t]*k\s+(\d{1,2})\.?\s*točk\p{L}*(?:\s+dnevnega\s+reda)?[ \t]*[:.–-]?/diu],
  ['k', /^[ \t]*k\s+točki\s+(?:št\.\s*)?(\d{1,2})(?!\d)(?:\s+dnevnega\s+reda)?[ \t]*[:.–-]?/diu],
  ['n-tocka', /^[ \t]*(\d{1,2})\s*\.\s*točk[ai](?!\p{L})(?:\s+dnevnega\s+reda)?[ \t]*[:.–-]?/diu],
  ['tocka-n', /^[ \t]*točka\s+(?:št\.\s*)?(\d{1,2})(?!\d)\.?(?:\s+dnevnega\s+reda)?[ \t]*[:.–-]?/diu],
  ['pod', /^[ \t]*pod\s+(\d{1,2})\.\s*točko(?:\s+dnevnega\s+reda)?[ \t]*[:.–-]?/diu],
];
const NUMBERED = /^[ \t]*(\d{1,2})(?!\d)\s*[.)]?[ \t]+(?=\p{L}|["„(])/du;
const NUMBER_ALONE = /^[ \t]*(\d{1,2})\s*[.)]?[ \t]*$/u;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function linesFrom(text: string, from: number): Line[] {
  const lines: Line[] = [];
  // Line ends as a regex `.` sees them; only lines that start at or after `from` count.
  const lineEnd = /[\n\r\u2028\u2029]/gu;
  let start = from;
  while (start > 0 && !/[\n\r\u2028\u2029]/u.test(text[start - 1] ?? '')) start--;
  while (start <= text.length) {
    lineEnd.lastIndex = start;
    const end = lineEnd.exec(text)?.index ?? text.length;
    if (start >= from) lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/** For each line, the index of the next line that is not blank (undefined at the end). */
function nextNonBlankIndex(lines: readonly Line[]): (number | undefined)[] {
  const next: (number | undefined)[] = new Array<number | undefined>(lines.length);
  let found: number | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = found;
    if ((lines[i]?.text.trim().length ?? 0) > 0) found = i;
  }
  return next;
}

function isCapitals(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

function trimmedEnd(text: string, end: number, start: number): number {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1] ?? '')) e--;
  return e;
}

function explicitCandidate(text: string, line: Line, next: Line | undefined, titles: Map<number, string>) {
  for (const [style, rule] of EXPLICIT) {
    const m = rule.exec(line.text);
    if (!m) continue;
    const number = Number(m[1]);
    const markerEnd = line.start + m[0].length;
    const rest = line.text.slice(m[0].length).trim();
    const title = titles.get(number);
    const restIsTitle =
      rest.length > 0 &&
      ((title !== undefined && itemTitleMatches(rest, title)) ||
        isCapitals(rest) ||
        (titles.size === 0 && rest.length <= 150 && !/[.!?]\s+\S/u.test(rest)));
    // "2. točka sklepa se spremeni …" is a sentence, not a heading.
    if (rest.length > 0 && !restIsTitle && !/[:.)–-]\s*$/u.test(m[0]) && style === 'n-tocka') return undefined;
    let end = restIsTitle ? trimmedEnd(text, line.end, line.start) : markerEnd;
    if (rest.length === 0 && next && title !== undefined && itemTitleMatches(next.text, title)) {
      end = trimmedEnd(text, next.end, next.start);
    }
    const start = line.start + (line.text.length - line.text.trimStart().length);
    return { number, style, span: { start, end: trimmedEnd(text, end, line.start) } };
  }
  return undefined;
}

/**
 * A numbered line set apart like a heading whose wording differs from the
 * agenda title ("3. Odlok o proračunu 2023" for "Predlog Odloka o proračunu
 * … – druga obravnava"): a blank line before it, a capital after the number,
 * one phrase, and a blank line after it unless it is in capitals.
 */
function looseHeading(previous: Line | undefined, line: Line, rest: string, next: Line | undefined): boolean {
  const apart = previous === undefined || previous.text.trim().length === 0;
  const phrase = rest.trim();
  const single = phrase.length <= 160 && /^\p{Lu}/u.test(phrase) && !/[.!?:]\s+\S/u.test(phrase);
  const followedByBlank = next === undefined || next.start > line.end + 1;
  return apart && single && (followedByBlank || isCapitals(phrase));
}

/** Loose headings out of order with the sure ones are stray numbered lines. */
function inOrder(chosen: readonly Candidate[]): Candidate[] {
  const sure = chosen.filter((c) => c.style !== 'loose');
  return chosen.filter(
    (c) =>
      c.style !== 'loose' ||
      sure.every((o) => (o.span.start < c.span.start ? o.number < c.number : o.number > c.number)),
  );
}

/**
 * The headings that open each agenda item's discussion, after `from` (the end
 * of the agenda): "Ad 1)", "AD/2", "K 2. točki", "K točki 1", "2. točka",
 * "Točka 3:", a repeated agenda line "1. Potrditev zapisnika 1. seje." (also
 * in capitals, or with its number on the line before), or a title alone in
 * capitals. One heading per item number, in text order.
 */
export function findItemHeadings(text: string, agenda: readonly AgendaEntry[], from: number): ItemHeading[] {
  const titles = new Map(agenda.map((e) => [e.number, e.title]));
  const lines = linesFrom(text, from);
  const following = nextNonBlankIndex(lines);
  const candidates: Candidate[] = [];
  lines.forEach((line, i) => {
    if (line.text.trim().length === 0) return;
    const nextIndex = following[i];
    const next = nextIndex === undefined ? undefined : lines[nextIndex];
    const explicit = explicitCandidate(text, line, next, titles);
    if (explicit) {
      candidates.push({ ...explicit, strength: 3 });
      return;
    }
    const numbered = NUMBERED.exec(line.text);
    if (numbered) {
      const number = Number(numbered[1]);
      const title = titles.get(number);
      const rest = line.text.slice(numbered[0].length);
      if (title !== undefined && itemTitleMatches(rest, title)) {
        let end = trimmedEnd(text, line.end, line.start);
        // A title that runs over two lines: the heading holds both.
        if (next && next.start === line.end + 1 && itemTitleMatches(`${rest} ${next.text}`, title, true)) {
          end = trimmedEnd(text, next.end, next.start);
        }
        const start = line.start + (numbered.indices?.[1]?.[0] ?? 0);
        candidates.push({ number, span: { start, end }, strength: 2, style: 'numbered' });
      } else if (title !== undefined && looseHeading(lines[i - 1], line, rest, next)) {
        const start = line.start + (numbered.indices?.[1]?.[0] ?? 0);
        candidates.push({
          number,
          span: { start, end: trimmedEnd(text, line.end, line.start) },
          strength: 1,
          style: 'loose',
        });
      }
      return;
    }
    const alone = NUMBER_ALONE.exec(line.text);
    if (alone && next) {
      const number = Number(alone[1]);
      const title = titles.get(number);
      if (title !== undefined && itemTitleMatches(next.text, title)) {
        const start = line.start + line.text.indexOf(alone[1] ?? '');
        const after = nextIndex === undefined ? undefined : lines[nextIndex + 1];
        const runsOver =
          after && after.start === next.end + 1 && itemTitleMatches(`${next.text} ${after.text}`, title, true);
        const end = runsOver ? trimmedEnd(text, after.end, after.start) : trimmedEnd(text, next.end, next.start);
        candidates.push({ number, span: { start, end }, strength: 2, style: 'numbered' });
      }
      return;
    }
    if (!isCapitals(line.text)) return;
    for (const [number, title] of titles) {
      if (itemTitleMatches(line.text, title, true)) {
        const start = line.start + (line.text.length - line.text.trimStart().length);
        candidates.push({
          number,
          span: { start, end: trimmedEnd(text, line.end, line.start) },
          strength: 1,
          style: 'capitals',
        });
      }
    }
  });
  // The style a document uses most wins over stray matches of another style.
  const styleCount = new Map<string, number>();
  for (const c of candidates) styleCount.set(c.style, (styleCount.get(c.style) ?? 0) + 1);
  const score = (c: Candidate) => c.strength * 100 + (styleCount.get(c.style) ?? 0);
  const best = new Map<number, Candidate>();
  for (const c of candidates) {
    const held = best.get(c.number);
    if (!held || score(c) > score(held)) best.set(c.number, c);
  }
  const chosen = inOrder([...best.values()].sort((a, b) => a.span.start - b.span.start));
  return chosen.map(({ number, span }) => ({ number, span }));
}
