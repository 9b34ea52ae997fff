import type { Span } from '../span.js';

export interface ResolutionLabel {
  /** Where "SKLEP" (in any spelling) stands, with its number and colon. */
  readonly span: Span;
  /** "12", "03/19", "3-12/2021" when the label numbers the resolution. */
  readonly label?: string;
  /** "SKLEPI:", "naslednje sklepe:": several resolutions follow. */
  readonly plural: boolean;
  /** "Predlog sklepa:": a proposal, adopted or not by the vote that follows. */
  readonly proposal: boolean;
  /** Where the resolution's wording may begin. */
  readonly textStart: number;
}

const NUMBER = String.raw`(?:[ \t]*(?:št\.?|ŠT\.?|številka|ŠTEVILKA)?[ \t]*(?<num>\d+(?:[./-]\d+)*)\.?)?`;
// Capitals may be glued to the word before by a PDF ("naslednjiSKLEP:"); the rest must stand alone.
const RULES: readonly (readonly [RegExp, 'capitals' | 'title' | 'lower' | 'spaced' | 'proposal'])[] = [
  [new RegExp(String.raw`(?<!\p{Lu})SKLEP(?<pl>I)?(?!\p{L})${NUMBER}[ \t]*(?<colon>:)?`, 'dgu'), 'capitals'],
  [new RegExp(String.raw`(?<!\p{L})Sklep(?<pl>i)?(?!\p{L})${NUMBER}[ \t]*(?<colon>:)?`, 'dgu'), 'title'],
  [new RegExp(String.raw`(?<!\p{L})sklep(?<pl>i|e)?(?!\p{L})${NUMBER}[ \t]*(?<colon>:)`, 'dgu'), 'lower'],
  [
    new RegExp(
      String.raw`(?<!\p{L})[Ss][ \t]+[Kk][ \t]+[Ll][ \t]+[Ee][ \t]+[Pp](?:[ \t]+(?<pl>[Ii]))?(?!\p{L})${NUMBER}[ \t]*(?<colon>:)?`,
      'dgu',
    ),
    'spaced',
  ],
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:PREDLOG|Predlog|predlog)\s+(?:SKLEPA|sklepa|SKLEPOV|sklepov)(?<pl>)${NUMBER}[ \t]*(?<colon>:)`,
      'dgu',
    ),
    'proposal',
  ],
];

function atLineEnd(text: string, at: number): boolean {
  return /^[ \t]*(?:\n|$)/u.test(text.slice(at, at + 80));
}

function atLineStart(text: string, at: number): boolean {
  return /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, at - 80), at));
}

/**
 * Every resolution label in the text, in order: "SKLEP:", "SKLEP št. 12:",
 * "SKLEP 03/19", "Sklep št. 3-12/2021:", "S K L E P", "naslednjiSKLEP:",
 * "SKLEPI:", "je sprejel naslednji sklep:", "Predlog sklepa:". A word that
 * merely mentions a resolution ("Sklep je bil sprejet") is not a label.
 */
export function findResolutionLabels(text: string): ResolutionLabel[] {
  const found: ResolutionLabel[] = [];
  for (const [rule, kind] of RULES) {
    for (const m of text.matchAll(rule)) {
      const g = m.groups ?? {};
      const end = m.index + m[0].length;
      const colon = g.colon !== undefined;
      const numbered = g.num !== undefined;
      const ok =
        kind === 'capitals'
          ? colon || atLineEnd(text, end) || numbered
          : kind === 'title'
            ? colon ||
              (numbered && atLineStart(text, m.index) && atLineEnd(text, end)) ||
              (atLineStart(text, m.index) && atLineEnd(text, end))
            : true;
      if (!ok) continue;
      let spanEnd = end;
      while (spanEnd > m.index && /[ \t]/u.test(text[spanEnd - 1] ?? '')) spanEnd--;
      found.push({
        span: { start: m.index, end: spanEnd },
        ...(numbered && { label: g.num }),
        plural: g.pl !== undefined && g.pl.length > 0,
        proposal: kind === 'proposal',
        textStart: end,
      });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  // "S K L E P" letters can overlap a capitals match on a half-collapsed line: keep the first.
  return found.filter((l, i) => i === 0 || l.span.start >= (found[i - 1]?.span.end ?? 0));
}
