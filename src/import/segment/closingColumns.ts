import type { Span } from '../span.js';
import { personNameParts } from './personNameParts.js';
import { isRoleWord } from './personNameRoleWords.js';

const PREPARED_LABEL =
  /^(?:zapisal\p{L}*|zapisnik\s+(?:je\s+)?(?:pripravil|sestavil|zapisal|vodil)\p{L}*|pripravil\p{L}*|sestavil\p{L}*|zapisnikar\p{L}*|zapisničar\p{L}*)[ \t\u00a0]*:/iu;
// What may stand around a name in one signature cell: a role after a comma, "l.r.", nothing else.
const ROLE_AFTER = /^(?:,[ \u00a0]*\p{Ll}[\p{Ll} \u00a0]*)?[ \u00a0]*$/u;
const SIGNED_AFTER = /^(?:,?[ \u00a0]*l\.[ \u00a0]?r\.?)?[ \u00a0]*$/iu;
const SIGNED = /^,?[ \u00a0]*l\.[ \u00a0]?r\.?[ \u00a0]*$/iu;
const TITLES_BEFORE = /(?:(?:\p{Ll}{1,6}|Dr|Mag|Prof)\.[ \u00a0]*)+$/u;

function cut(text: string, row: Span, at: number): Span[] {
  let leftEnd = at;
  while (leftEnd > row.start && /\s/u.test(text[leftEnd - 1] ?? '')) leftEnd--;
  return [
    { start: row.start, end: leftEnd },
    { start: at, end: row.end },
  ];
}

/** Where the second signature's cell starts, titles included: "Urška Vrhovnik dr. Andreja Kos, l.r." → at "dr.". */
function secondCellStart(text: string, row: Span, nameStart: number): number {
  const titles = TITLES_BEFORE.exec(text.slice(row.start, nameStart));
  return titles ? row.start + titles.index : nameStart;
}

/** Two names in a row, each with at most a role after it and "l.r." after the second. */
function twoNames(text: string, row: Span, knownNames: readonly string[]): number | undefined {
  const line = text.slice(row.start, row.end);
  const first = personNameParts(text, row);
  if (!first) return undefined;
  // A run of four name words is two people side by side when a known attendee is one of the halves.
  const words = first.name.split(' ');
  if (words.length === 4) {
    const halves = [words.slice(0, 2).join(' '), words.slice(2).join(' ')];
    if (halves.some((h) => knownNames.includes(h)) && SIGNED_AFTER.test(text.slice(first.nameSpan.end, row.end))) {
      const second = text.indexOf(halves[1] ?? '', first.nameSpan.start + (halves[0]?.length ?? 0));
      return second < 0 ? undefined : second;
    }
  }
  const second = personNameParts(text, { start: first.fullSpan.end, end: row.end });
  if (!second) return undefined;
  const between = text.slice(first.fullSpan.end, secondCellStart(text, row, second.nameSpan.start));
  const after = text.slice(second.fullSpan.end, row.end);
  if (!ROLE_AFTER.test(between) || !(SIGNED_AFTER.test(after) || ROLE_AFTER.test(after))) return undefined;
  if (line.length > 140) return undefined;
  return secondCellStart(text, row, second.nameSpan.start);
}

/**
 * A closing row whose two columns lost their gap (HTML collapses spaces, a PDF
 * may set them apart by position only), cut into its two cells: "Zapisala:
 * Predsednica komisije" (the label and the other column's role), "Nataša
 * Horvat, višja svetovalka Mojca Lešnik, l.r." (two names), "Mojca Finc Boštjan
 * Trilar, l.r." (four name words, a known attendee as one half, or signed and
 * `beside` a row in two columns or a lone "Pripravila:"). With `beside`, also a role row "Kabinet župana
 * Predsednik". Undefined when the row reads as one cell.
 */
export function closingColumns(
  text: string,
  row: Span,
  knownNames: readonly string[],
  beside: boolean,
): Span[] | undefined {
  const line = text.slice(row.start, row.end);
  const label = PREPARED_LABEL.exec(line);
  if (label) {
    let restStart = row.start + label[0].length;
    while (restStart < row.end && /\s/u.test(text[restStart] ?? '')) restStart++;
    const rest = text.slice(restStart, row.end);
    const first = /^\p{Lu}\p{L}*/u.exec(rest)?.[0] ?? '';
    if (isRoleWord(first) && !personNameParts(text, { start: restStart, end: row.end })) {
      return cut(text, row, restStart);
    }
    return undefined;
  }
  const second = twoNames(text, row, knownNames);
  if (second !== undefined) return cut(text, row, second);
  if (!beside) return undefined;
  const name = personNameParts(text, row);
  if (name) {
    const words = name.name.split(' ');
    if (words.length !== 4 || name.fullSpan.start !== row.start || !SIGNED.test(text.slice(name.nameSpan.end, row.end)))
      return undefined;
    const at = text.indexOf(words[2] ?? '', name.nameSpan.start + (words[0]?.length ?? 0) + (words[1]?.length ?? 0));
    return at < 0 ? undefined : cut(text, row, at);
  }
  // "Kabinet župana Predsednik": the second column's role is the last capitalised role word.
  const roles = [...line.matchAll(/(?<=\s)\p{Lu}\p{Ll}+/gu)].filter((m) => isRoleWord(m[0]));
  const last = roles[roles.length - 1];
  return last ? cut(text, row, row.start + last.index) : undefined;
}
