import type { Span } from '../span.js';
import { isNotNameWord } from './personNameStopWords.js';

export interface PersonNameParts {
  /** The name with academic titles removed: "Ana Novak". */
  readonly name: string;
  readonly nameSpan: Span;
  /** Title groups as written before and after the name: ["prof. dr."], ["univ. dipl. inž."]. */
  readonly titles: string[];
  /** The name with the titles written next to it. */
  readonly fullSpan: Span;
}

// A name word: "Ana", "Kozjek-Kranjc", "D'Alessandro", or all capitals ("NOVAK").
const WORD = /\p{Lu}(?:[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}+(?:-\p{Lu}+)?)/duy;
// Abbreviated titles: "mag.", "dr.", "prof. dr.", "univ. dipl. inž.", "Dr.".
const TITLE_BEFORE = /(?:(?:\p{Ll}{1,6}|Dr|Mag|Prof|Doc|Izr)\.[ \u00a0]*)+$/du;
const TITLE_AFTER = /^,?[ \u00a0]*((?:\p{Ll}{1,6}\.[ \u00a0]*)+)/du;
const HONORIFIC = /^(?:g|ga|gdč|gospa|gospod)\.?$/iu;
const SIGNED = /^,?\s*l\.\s?r\.?/iu;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function wordsIn(text: string, span: Span): Word[] {
  const words: Word[] = [];
  let i = span.start;
  while (i < span.end) {
    const before = text[i - 1] ?? ' ';
    WORD.lastIndex = i;
    const m = /[\p{L}\d]/u.test(before) && i > span.start ? null : WORD.exec(text);
    if (m && m.index + m[0].length <= span.end && !/[\p{L}\d]/u.test(text[m.index + m[0].length] ?? ' ')) {
      words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
      i = m.index + m[0].length;
    } else {
      i++;
    }
  }
  return words;
}

function isCaps(word: string): boolean {
  return word === word.toUpperCase();
}

/** Consecutive name words separated by single spaces, cut at words that are roles or offices. */
function nameRuns(text: string, words: Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = (): void => {
    // "ŽUPAN Janez Novak" is a heading and a name; "PODGORNIK Marta" one name, surname first;
    // "KS Lucija", "ČS Rožnik": an abbreviation before a place.
    const caps = run.findIndex((w) => !isCaps(w.text));
    const surnameFirst = run.slice(0, caps).every((w) => w.text.length >= 3);
    if (caps > 0 && (run.length - caps >= 2 || !surnameFirst)) runs.push(run.slice(0, caps), run.slice(caps));
    else if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const w of words) {
    const last = run[run.length - 1];
    if (isNotNameWord(w.text)) {
      close();
      continue;
    }
    if (last && !/^[ \u00a0]$/u.test(text.slice(last.end, w.start))) close();
    run.push(w);
  }
  close();
  return runs;
}

/**
 * The first person's name in a span ("mag. Ana Novak – predsednica" → "Ana
 * Novak", titles ["mag."]): two to four capitalised words that are not roles,
 * offices or organisations, with the abbreviated titles written around them.
 * Undefined when the span holds no such name.
 */
export function personNameParts(text: string, span: Span): PersonNameParts | undefined {
  const runs = nameRuns(text, wordsIn(text, span)).filter((r) => r.length >= 2 && r.length <= 4);
  const run = runs[0];
  if (!run) return undefined;
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return undefined;
  const nameSpan = { start: first.start, end: last.end };
  const titles: string[] = [];
  let fullStart = nameSpan.start;
  let fullEnd = nameSpan.end;
  const before = TITLE_BEFORE.exec(text.slice(span.start, nameSpan.start));
  if (before) {
    const written = before[0].trim();
    const kept = written
      .split(/(?<=\.)\s*/u)
      .filter((t) => t !== '' && !HONORIFIC.test(t.replace(/\.$/u, '')))
      .join(' ');
    if (kept !== '') titles.push(kept);
    fullStart = span.start + before.index;
  }
  const rest = text.slice(nameSpan.end, span.end);
  const after = SIGNED.test(rest) ? null : TITLE_AFTER.exec(rest);
  if (after?.[1]) {
    titles.push(after[1].trim());
    fullEnd = nameSpan.end + after[0].trimEnd().length;
  }
  return {
    name: text.slice(nameSpan.start, nameSpan.end).replace(/\u00a0/gu, ' '),
    nameSpan,
    titles,
    fullSpan: { start: fullStart, end: fullEnd },
  };
}
