import type { AgendaEntry } from '../parsedMinutes.js';
import { isVoteLine } from './voteLine.js';

export interface AgendaList {
  readonly entries: AgendaEntry[];
  /** Where the list ends (after its last entry). */
  readonly end: number;
}

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const ITEM = /^[ \t]*(?:[Aa][Dd]\.?\s*)?(\d{1,2}|[IVX]{1,5})(?![\d\p{L}])[ \t]*(?:\.\)|[.)])?[ \t]+(?=\S)/du;
const NUMBER_ALONE = /^[ \t]*(\d{1,2}|[IVX]{1,5})[ \t]*(?:\.\)|[.)])?[ \t]*$/u;
// Reporter, material or sub-point lines inside an agenda that neither end it nor belong to a title.
const SUB_ITEM =
  /^[ \t]*(?:[-–•·*▪][ \t]|[a-zčšž]\)[ \t]|\d+\.\d+\.?[ \t]|(?:poročeval\p{L}*|predlagatelj\p{L}*|gradivo|obrazložitev|predstavi\p{L}*|predstavnik\p{L}*|pripravil\p{L}*)(?!\p{L}))/iu;
// Lines that close an agenda rather than continue a title.
const STOP =
  /dnevn\p{L}*\s+red|sklep|glasova|soglasn|sprejet|sprejel|potrdil|predsedujoč|prisotn|ugotovi|točk|^[ \t]*(?:ad\s*[./]?\s*\d|k\s+\d|k\s+točki|seja\b|zapisnik\b)/iu;
const CONNECTOR = /(?:[,–\-(/]|\s(?:in|ter|z|s|za|o|na|v|pri|od|do|k|ki|iz|med|ob|po))$/iu;

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };
function numberOf(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const v = ROMAN[token[i] ?? ''] ?? 0;
    const next = ROMAN[token[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function linesFrom(text: string, from: number, limit: number): Line[] {
  const lines: Line[] = [];
  const re = /^.*$/gmu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && lines.length < limit; m = re.exec(text)) {
    lines.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return lines;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1] ?? '')) e--;
  return e;
}

function cleanTitle(raw: string): string {
  return raw
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.;,]$/u, '')
    .trim();
}

/**
 * The numbered list that starts on the line at `from` (after an agenda
 * heading): "1. …", "1) …", "1 …", "I. …", "Ad 1 …", a number on its own line
 * with the title on the next (PDF layout), titles running over two lines,
 * blank lines between items, reporter lines ("- poročevalec: župan") skipped.
 * Undefined when no list starts there.
 */
export function agendaList(text: string, from: number): AgendaList | undefined {
  const lines = linesFrom(text, from, 400);
  const entries: AgendaEntry[] = [];
  let last: { start: number; end: number; lines: string[]; number: number } | undefined;
  let blank = 0;
  let roman: boolean | undefined;
  const flush = () => {
    if (!last) return;
    entries.push({
      number: last.number,
      title: cleanTitle(last.lines.join(' ')),
      span: { start: last.start, end: last.end },
    });
    last = undefined;
  };
  const nextNonBlank = (i: number) => lines.slice(i + 1).find((l) => l.text.trim().length > 0);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const trimmed = line.text.trim();
    if (trimmed.length === 0) {
      blank++;
      if (entries.length === 0 && !last && blank > 3) return undefined;
      continue;
    }
    const expected = last
      ? last.number + 1
      : entries.length === 0
        ? undefined
        : (entries[entries.length - 1]?.number ?? 0) + 1;
    const item = ITEM.exec(line.text);
    const alone = item ? null : NUMBER_ALONE.exec(line.text);
    const token = item?.[1] ?? alone?.[1];
    if (token !== undefined) {
      const isRoman = !/^\d/.test(token);
      const number = numberOf(token);
      const fits =
        (expected === undefined ? number === 1 || number === 0 : number === expected) &&
        (roman === undefined || roman === isRoman);
      if (fits) {
        flush();
        roman = isRoman;
        blank = 0;
        const numberStart = line.start + line.text.indexOf(token);
        if (item) {
          last = {
            start: numberStart,
            end: trimEnd(text, line.start, line.end),
            lines: [line.text.slice(item[0].length)],
            number,
          };
        } else {
          const titleLine = nextNonBlank(i);
          if (!titleLine || ITEM.test(titleLine.text) || NUMBER_ALONE.test(titleLine.text)) break;
          last = {
            start: numberStart,
            end: trimEnd(text, titleLine.start, titleLine.end),
            lines: [titleLine.text],
            number,
          };
          i = lines.indexOf(titleLine);
        }
        continue;
      }
      break;
    }
    if (!last && entries.length === 0) return undefined;
    if (blank > 0) break;
    if (SUB_ITEM.test(line.text)) continue;
    if (last && !STOP.test(line.text) && !isVoteLine(line.text) && trimmed.length <= 160) {
      const previous = (last.lines[last.lines.length - 1] ?? '').trimEnd();
      const follower = nextNonBlank(i);
      const nextItem = follower ? (ITEM.exec(follower.text) ?? NUMBER_ALONE.exec(follower.text)) : null;
      const followedByItem = nextItem !== null && numberOf(nextItem[1] ?? '') === last.number + 1;
      const continues =
        !/[.!?;:]$/u.test(previous) && (/^\p{Ll}/u.test(trimmed) || CONNECTOR.test(previous) || followedByItem);
      if (continues) {
        last.lines.push(line.text);
        last.end = trimEnd(text, line.start, line.end);
        continue;
      }
    }
    break;
  }
  flush();
  if (entries.length === 0) return undefined;
  const end = entries[entries.length - 1]?.span.end ?? from;
  return { entries, end };
}
