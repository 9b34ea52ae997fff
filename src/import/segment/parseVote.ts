import type { Vote } from '../parsedMinutes.js';
import type { Span } from '../span.js';
import { COUNT_WORD, countWords } from './countWords.js';

type Role = 'present' | 'voted' | 'for' | 'against' | 'abstained';

const WORD = COUNT_WORD;

// A count is never a date ("1. 1. 2022"), an ordinal ("2. točka") or an amount ("za 15 minut").
const DIGITS = String.raw`\d{1,3}(?!\d)(?![.,/]\d)(?!\s*(?:%|odst|eur|€|minut|min\b|ur[aei]?(?!\p{L})|dni|dan|let(?!\p{L})|mesec|tisoč|kom(?!\p{L})|m2))`;
const COUNT = String.raw`(?:${DIGITS}|(?:${WORD})(?!\p{L}))`;
// What clerks write for "nobody": "proti: /", "proti: –", "Proti ni glasoval nihče", "Vzdržanih ni bilo".
const ZERO = String.raw`(?:[/–—-](?!\s*\d)|nihče(?!\p{L})|noben\p{L}*|ni\s+glasoval\p{L}*\s+nihče|ni\s+bilo(?!\p{L}))`;
const NOUN = String.raw`(?:svetni\p{L}*|član\p{L}*|glas(?:ov|ova|ovi|om)?(?!\p{L})|oseb(?!\p{L}))`;
const FILLER = String.raw`(?:je|so|sta|bilo|bili|bil|bila|glasoval\p{L}*|oddan\p{L}*|sklep\p{L}*|predlog\p{L}*|glas(?:ov|ova|ovi)?|se|pa|od|tega)`;
// "se je vzdržal", "sta se glasovanja vzdržala"
const ABSTAIN = String.raw`(?:(?:se\s+(?:je|sta|so)|(?:je|sta|so)\s+se|se)\s+(?:glasovanja\s+)?)?vzdrž\p{L}*`;
function roles(withVoted: boolean): string {
  const voted = withVoted ? String.raw`|(?<voted>glasoval[aoi]?|oddanih\s+glasov)` : '';
  return String.raw`(?:(?<present>prisotn\p{L}*|navzoč\p{L}*)${voted}|(?<for>za)|(?<against>proti)|(?<abstained>${ABSTAIN}))(?!\p{L})`;
}

/** "ZA: 12", "ZA (24): Ana Kos, …" (a named vote), "Za je glasovalo 19 svetnikov", "proti: /", "za: soglasno". */
const ROLE_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])${roles(true)}\s*[:=–—-]?\s*(?:${FILLER}(?!\p{L})\s*:?\s*){0,4}(?:(?<count>${COUNT})|\((?<bracketed>${COUNT})\)|(?<zero>${ZERO})|(?<all>soglasno(?!\p{L})))(?:\s+${NOUN})?`,
  'dgiu',
);
/** "4 PRISOTNI", "15 ZA", "18 glasovi ZA", "1 VZDRŽANIM", "15 svetnikov je glasovalo za". */
const COUNT_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d.,/])(?<count>${COUNT})(?:\s+${NOUN})?(?:\s+(?:je|so|sta)(?:\s+glasoval\p{L}*)?|\s+glasoval\p{L}*)?\s+${roles(false)}`,
  'dgiu',
);
/** "…, sta se vzdržala" / "…, se je vzdržal": the verb's number tells how many abstained when no count is written. */
const IMPLIED_ABSTAIN =
  /(?<=(?:^|[,;.]|\sin)\s*)(?:(?<two>sta\s+se|se\s+sta)|(?<one>se\s+je|je\s+se))\s+(?:glasovanja\s+)?(?<abstained>vzdržal[ai]?)(?!\p{L})/dgiu;
/** "nihče proti", "nobeden proti": nobody against. */
const NOBODY_FIRST = new RegExp(
  String.raw`(?<!\p{L})(?<zero>nihče|nobeden)\s+(?:ni\s+)?(?:glasoval\s+)?${roles(false)}`,
  'dgiu',
);
const UNANIMOUS =
  /(?<!\p{L})(?:so|eno)glasno(?!\p{L})|z\s+vsemi\s+glasovi|vsi\s+prisotni\s+(?:\p{L}+\s+)?(?:so\s+)?glasovali\s+za/diu;
const REJECTED =
  /(?<!\p{L})(?:(?:ni|niso|nista)\s+(?:bil[aoi]?\s+)?(?:\p{L}+\s+)?(?:sprejet|izglasovan|potrjen)\p{L}*|zavrnjen\p{L}*|zavrnil\p{L}*|ni\s+(?:dobil|prejel)\p{L}*\s+(?:\p{L}+\s+){0,2}(?:večin|glasov)\p{L}*)/diu;
const ADOPTED = /(?<!\p{L})(?:sprejet[aoi]?|sprejel[aoi]?|izglasovan[aoi]?|potrjen[aoi]?|potrdil[aoi]?)(?!\p{L})/diu;

// Counts further apart than this belong to another vote.
const MAX_GAP = 80;

interface Count {
  readonly role: Role;
  readonly value?: number;
  readonly unanimous: boolean;
  readonly start: number;
  readonly end: number;
}

function roleOf(groups: Record<string, string | undefined>): Role | undefined {
  return (['present', 'voted', 'for', 'against', 'abstained'] as const).find((r) => groups[r] !== undefined);
}

function valueOf(groups: Record<string, string | undefined>): number | undefined {
  if (groups.zero !== undefined) return 0;
  if (groups.two !== undefined) return 2;
  if (groups.one !== undefined) return 1;
  const count = groups.count ?? groups.bracketed;
  if (count === undefined) return undefined;
  return countWords(count);
}

// An ordinal ("2. točka", "1. seje") is no count; checked without the i flag, under which \p{Ll} matches capitals too.
const ORDINAL_AFTER = /^\.\s*\p{Ll}/u;

function earliest(passage: string, from: number): RegExpExecArray | undefined {
  let best: RegExpExecArray | undefined;
  for (const rule of [ROLE_FIRST, COUNT_FIRST, IMPLIED_ABSTAIN, NOBODY_FIRST]) {
    rule.lastIndex = from;
    const m = rule.exec(passage);
    if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best[0].length))) best = m;
  }
  return best;
}

function nextCount(passage: string, from: number): Count | undefined {
  for (let at = from; at < passage.length;) {
    const best = earliest(passage, at);
    if (!best) return undefined;
    const groups = best.groups ?? {};
    const countEnd = best.indices?.groups?.count?.[1];
    const role = roleOf(groups);
    if (!role || (countEnd !== undefined && ORDINAL_AFTER.test(passage.slice(countEnd)))) {
      at = best.index + 1;
      continue;
    }
    return {
      role,
      value: valueOf(groups),
      unanimous: groups.all !== undefined,
      start: best.index,
      end: best.index + best[0].length,
    };
  }
  return undefined;
}

// A named vote lists the voters after each count ("ZA (24): Ana Kos, …"): the names are no gap between counts.
function gap(passage: string, from: number, to: number): number {
  return passage
    .slice(from, to)
    .replace(/^[:\s]*\p{Lu}[\p{L}\s,.'-]*?(?=\s*$|[\n;])/u, '')
    .replace(/\s+/gu, ' ')
    .trim().length;
}

/** The first run of counts in the passage: it stops at a role already counted or a long gap. */
function countRun(passage: string): Count[] {
  const run: Count[] = [];
  let from = 0;
  for (let c = nextCount(passage, from); c; c = nextCount(passage, from)) {
    const last = run[run.length - 1];
    if (last && (gap(passage, last.end, c.start) > MAX_GAP || run.some((r) => r.role === c.role))) break;
    run.push(c);
    from = c.end;
  }
  return run;
}

function spanAround(passage: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 0 && /\s/u.test(passage[s - 1] ?? '')) s--;
  while (e < passage.length && /\s/u.test(passage[e] ?? '')) e++;
  return passage[s - 1] === '(' && passage[e] === ')' ? { start: s - 1, end: e + 1 } : { start, end };
}

/**
 * The vote recorded in `span` of `text`: counts present/voted/for/against/
 * abstained ("(4 PRISOTNI: 4 ZA)", "ZA: 12, PROTI: 3", "z 18 glasovi ZA,
 * 3 PROTI in 1 VZDRŽANIM", "proti: /" = 0), "soglasno", and the outcome
 * when the text states it ("je bil sprejet", "ni bil izglasovan"). Its span
 * covers the counts (with their brackets), else "soglasno", else the outcome
 * words. Undefined when the passage records no vote.
 */
export function parseVote(text: string, span: Span): Vote | undefined {
  const passage = text.slice(span.start, span.end);
  const run = countRun(passage);
  const unanimousWord = UNANIMOUS.exec(passage);
  const rejected = REJECTED.exec(passage);
  const adopted = rejected ? null : ADOPTED.exec(passage);
  const outcomeMatch = rejected ?? adopted;
  if (run.length === 0 && !unanimousWord && !outcomeMatch) return undefined;

  const counts: Partial<Record<Role, number>> = {};
  for (const c of run) if (c.value !== undefined) counts[c.role] = c.value;
  const { present, voted, against, abstained } = counts;
  const forCount = counts.for;
  const everyoneFor =
    forCount !== undefined &&
    forCount > 0 &&
    (against ?? 0) === 0 &&
    (abstained ?? 0) === 0 &&
    (forCount === present || forCount === voted || (against === 0 && abstained === 0));
  const unanimous = unanimousWord !== null || run.some((c) => c.unanimous) || everyoneFor;

  const first = run[0];
  const last = run[run.length - 1];
  let local: { start: number; end: number };
  if (first && last) local = spanAround(passage, first.start, last.end);
  else {
    const m = (unanimousWord ?? outcomeMatch) as RegExpExecArray;
    local = { start: m.index, end: m.index + m[0].length };
  }
  return {
    span: { start: span.start + local.start, end: span.start + local.end },
    ...(present !== undefined && { present }),
    ...(voted !== undefined && { voted }),
    ...(forCount !== undefined && { for: forCount }),
    ...(against !== undefined && { against }),
    ...(abstained !== undefined && { abstained }),
    unanimous,
    ...(outcomeMatch && { outcome: rejected ? 'REJECTED' : 'ADOPTED' }),
  };
}
