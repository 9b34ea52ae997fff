import type { Span } from '../span.js';
import { COUNT_WORD, countWords } from './countWords.js';

const NUMBER = String.raw`(?<count>\d{1,3}(?!\d)|(?:${COUNT_WORD})(?!\p{L}))`;
const OF_ALL = String.raw`od\s+(?:\d{1,3}|${COUNT_WORD})`;
const PEOPLE = String.raw`(?:članov|članic|članic\s+in\s+članov|članov\s+in\s+članic|svetnikov|svetnic|svetnic\s+in\s+svetnikov|svetnikov\s+in\s+svetnic|svetnici\s+in\s+svetnikov|oseb)`;

// Ordered: the first rule that finds a count wins.
const RULES: readonly RegExp[] = [
  // "Seji je prisostvovalo 17 članov", "Seje se je udeležilo 12 svetnikov"
  new RegExp(
    String.raw`(?:prisostvoval\p{L}*|udeležil\p{L}*)\s+(?:je\s+)?(?:tudi\s+)?${NUMBER}\s+(?:od\s+\d+\s+)?${PEOPLE}`,
    'diu',
  ),
  // A correspondence session: "glasovnice je vrnilo 22 od 27 svetnikov", "vrnjenih je bilo 22 glasovnic"
  new RegExp(
    String.raw`(?:glasovnic\p{L}*\s+(?:je\s+)?(?:\p{L}+\s+)?vrnil\p{L}*|vrnil\p{L}*\s+(?:je\s+)?glasovnic\p{L}*)\s+(?:je\s+)?${NUMBER}(?:\s+od\s+\d+)?\s+${PEOPLE}`,
    'diu',
  ),
  new RegExp(String.raw`vrnjen\p{L}*\s+(?:je\s+)?(?:bil[oi]?\s+)?${NUMBER}\s+glasovnic`, 'diu'),
  // "Prisotnih je bilo 20 svetnikov", "Na seji je bilo prisotnih 15 od 17 svetnic in svetnikov"
  new RegExp(
    String.raw`(?:prisotnih|navzočih)\s+(?:je\s+)?(?:bilo\s+)?(?:že\s+)?${NUMBER}(?![\d.,:;]?\s*(?:za|proti)\b)(?![.,]\d)`,
    'diu',
  ),
  // "prisotni so bili 4 člani", "navzočih je 9 članov"
  new RegExp(
    String.raw`(?:prisotn|navzoč)\p{L}*\s+(?:je|so|sta)\s+(?:bil[oiae]\s+)?${NUMBER}\s+(?:od\s+\d+\s+)?(?:${PEOPLE}|člani|članice|svetniki|svetnice)`,
    'diu',
  ),
  // "15 članov je bilo prisotnih", "bilo je prisotnih 9 od 11 članov"
  new RegExp(
    String.raw`${NUMBER}\s+(?:od\s+\d+\s+)?${PEOPLE}(?:\s+\p{L}+){0,3}?\s+(?:je|so)\s+(?:bil[oi]\s+)?(?:prisotn|navzoč)\p{L}*`,
    'diu',
  ),
  // "so prisotni štirje od šestih članov", "je prisotnih pet od sedmih članov odbora"
  new RegExp(String.raw`(?:prisotn|navzoč)\p{L}*\s+${NUMBER}\s+${OF_ALL}\s+(?:${PEOPLE}|\p{L}+)`, 'diu'),
  // "od šestih članov komisije navzočih pet"
  new RegExp(
    String.raw`${OF_ALL}\s+${PEOPLE}(?:\s+\p{L}+){0,2}?\s+(?:je\s+)?(?:bilo\s+)?(?:prisotnih|navzočih)\s+${NUMBER}`,
    'diu',
  ),
  // "Prisotni: 7 članov"
  new RegExp(String.raw`(?<![\d(]\s*)(?:prisotni|navzoči)\s*:\s*${NUMBER}\s+${PEOPLE}`, 'diu'),
];

/** The sentence around a position: from the previous sentence end or line start to the next. */
function sentenceAround(text: string, start: number, end: number): Span {
  let s = start;
  while (
    s > 0 &&
    !/[\n]/u.test(text[s - 1] ?? '') &&
    !(
      /[.!?]/u.test(text[s - 2] ?? '') &&
      /\s/u.test(text[s - 1] ?? '') &&
      /\p{Lu}/u.test(text[s] ?? '') &&
      !/\d/u.test(text[s - 3] ?? '')
    )
  )
    s--;
  let e = end;
  while (
    e < text.length &&
    text[e] !== '\n' &&
    !(text[e] === '.' && /\s/u.test(text[e + 1] ?? ' ') && !/\d/u.test(text[e - 1] ?? ''))
  )
    e++;
  if (text[e] === '.') e++;
  while (/\s/u.test(text[s] ?? '')) s++;
  return { start: s, end: e };
}

/**
 * Attendance stated as a number in prose ("Seji je prisostvovalo 17 članov",
 * "Prisotnih je bilo 20 svetnikov", "Na seji je bilo prisotnih 15 od 17
 * svetnic in svetnikov"), with the sentence that says it; never a vote count
 * such as "(4 PRISOTNI: 4 ZA)".
 */
export function attendanceCount(text: string): { count: number; span: Span } | undefined {
  for (const rule of RULES) {
    const m = rule.exec(text);
    if (!m) continue;
    const count = countWords(m.groups?.count ?? '');
    if (count === undefined) continue;
    return { count, span: sentenceAround(text, m.index, m.index + m[0].length) };
  }
  return undefined;
}
