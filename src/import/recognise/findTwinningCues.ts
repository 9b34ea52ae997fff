import type { Span } from '../span.js';
import type { TwinningKind } from './relationsFound.js';

export interface TwinningCue {
  /** Undefined for words that only refer back to a twinning already named ("ta korak"). */
  readonly kind?: TwinningKind;
  readonly span: Span;
}

const CUES: readonly (readonly [TwinningKind | undefined, RegExp])[] = [
  ['TWINNING', /(?<![\p{L}])pobrat\p{L}*/dgiu],
  [
    'FRIENDSHIP',
    /(?<![\p{L}])(?:prijateljsk\p{L}*\s+(?:mest|občin|sodelovanj|odnos|povezav)\p{L}*|(?:listin|sporazum|pogodb)\p{L}*\s+o\s+prijateljstvu|prijateljstv\p{L}*\s+med\s+mest\p{L}*)/dgiu,
  ],
  [
    'PARTNERSHIP',
    /(?<![\p{L}])(?:partnersk\p{L}*\s+(?:mest|občin|sodelovanj|odnos|povezav)\p{L}*|partnerstv\p{L}*|(?:sporazum|memorand|dogovor)\p{L}*\s+o\s+(?:\p{L}+\s+){0,2}?sodelovanj\p{L}*|pism\p{L}*\s+o\s+nameri)/dgiu,
  ],
  [
    undefined,
    /(?<![\p{L}])(?:ta\s+korak|tega\s+koraka|temu\s+koraku|to\s+sodelovanje|obojestransk\p{L}*|(?:t[oae]j?|omenjen\p{L}*)\s+pobud\p{L}*)(?![\p{L}])|^\s*Pobud[oa](?=\s+(?:je\s+)?(?:podpr|podpir|soglaš|pozdrav))|(?<![\p{L}])(?:srečanj|stik|pogovor)\p{L}*(?=\s+(?:je|so|sta)\s+(?:\p{Ll}+\s+)?posredoval)/dgiu,
  ],
  // "…, da društvo pobudo podpira", "… je tudi to pobudo podprl": the cue is the group; the words before it are
  // matched forwards (a lookbehind with \s+ rescans a long run of spaces at every position: quadratic), and a
  // run of spaces is entered only at its first space.
  [
    undefined,
    /(?:,\s*da|(?<!\s)\s+je)\s+(?:\p{L}+\s+){0,5}?(?<cue>pobud[oa])(?=\s+(?:tudi\s+)?(?:podpr|podpir|soglaš|pozdrav))/dgiu,
  ],
];

const RANK: Record<TwinningKind, number> = { TWINNING: 3, FRIENDSHIP: 2, PARTNERSHIP: 1 };

/** The stronger of two kinds: a twinning outranks a friendship, which outranks a partnership. */
export function strongerKind(a: TwinningKind | undefined, b: TwinningKind | undefined): TwinningKind | undefined {
  if (!a) return b;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * The words in a stretch of text that speak of a twinning or partnership,
 * with the kind each implies: "pobratenje", "pobrateno mesto", "se je
 * pobratila" (TWINNING); "prijateljsko mesto", "listina o prijateljstvu"
 * (FRIENDSHIP); "partnersko mesto", "sporazum o sodelovanju", "pismo o
 * nameri" (PARTNERSHIP); and words that only refer back to one ("ta korak",
 * "to pobudo", a sentence that opens "Pobudo podpira …", "…, da društvo pobudo
 * podpira", "Srečanje je posredovalo veleposlaništvo" right after the twinning).
 */
export function findTwinningCues(text: string, within: Span): TwinningCue[] {
  const slice = text.slice(within.start, within.end);
  const found: TwinningCue[] = [];
  for (const [kind, pattern] of CUES) {
    for (const m of slice.matchAll(pattern)) {
      const [from, to] = m.indices?.groups?.['cue'] ?? [m.index, m.index + m[0].length];
      const span = { start: within.start + from, end: within.start + to };
      if (found.some((f) => f.span.start < span.end && span.start < f.span.end)) continue;
      found.push(kind ? { kind, span } : { span });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
