import { foldName } from './foldName.js';
import { tokensMatchScore } from './namesMatch.js';
import { nameTokens } from './nameTokens.js';
import { cachedNameKeys } from './tokensMatch.js';

/** Something with names that a mention may refer to: a graph entity, a gazetteer place. */
export interface NameCandidate {
  id: string;
  type: string;
  /** Name, English name, aliases. */
  names: readonly string[];
}

export type NameMatchMethod = 'exact' | 'folded' | 'inflection' | 'partial';

export interface NameMatch {
  id: string;
  score: number;
  method: NameMatchMethod;
}

/** A reusable index over candidates: build once per run, match many mentions. */
export interface NameIndex {
  /** Plausible candidates for a surface form, best first, at most `limit` (default 25). */
  match(surface: string, kinds?: readonly string[], limit?: number): NameMatch[];
}

/** Matches below this score are not worth showing a reviewer. */
export const MIN_NAME_MATCH_SCORE = 0.5;

/** Score of each method for a full match; a partial match scales nameMatchScore by 0.9. */
const METHOD_SCORE = { exact: 1, folded: 0.97, inflection: 0.9 } as const;

interface IndexedName {
  raw: string;
  folded: string;
  tokens: readonly string[];
}

function scoreAgainst(
  surface: string,
  folded: string,
  tokens: readonly string[],
  name: IndexedName,
): { score: number; method: NameMatchMethod } {
  if (surface === name.raw) return { score: METHOD_SCORE.exact, method: 'exact' };
  if (folded === name.folded) return { score: METHOD_SCORE.folded, method: 'folded' };
  const s = tokensMatchScore(tokens, name.tokens);
  if (s >= 0.85) return { score: METHOD_SCORE.inflection * s, method: 'inflection' };
  return { score: 0.9 * s, method: 'partial' };
}

/**
 * An index of candidates by the inflection keys of every word of every name.
 * `match` scores only the candidates that share keys with the most words of
 * the mention (so "Ani Kovač" is not scored against every Ana), and returns
 * the plausible ones (score ≥ MIN_NAME_MATCH_SCORE), best first, each with
 * its best name's score and method: 'exact' (1, spelt as written), 'folded'
 * (0.97, equal but for case, diacritics, script), 'inflection' (0.9, every
 * word matches as a case form: "Mestne občine Kranj"; 0.81 for swapped
 * "Štruc Katja"), 'partial' (0.9 × nameMatchScore: "Štruc" for "Katja
 * Štruc" ≈ 0.63). `kinds` keeps only candidates of those types.
 */
export function buildNameIndex(candidates: readonly NameCandidate[]): NameIndex {
  const byKey = new Map<string, number[]>();
  const names: IndexedName[][] = candidates.map((candidate, i) =>
    candidate.names.map((raw) => {
      const folded = foldName(raw);
      const tokens = folded.split(' ').filter(Boolean);
      for (const token of tokens) {
        for (const key of cachedNameKeys(token)) {
          const list = byKey.get(key);
          if (!list) byKey.set(key, [i]);
          else if (list.at(-1) !== i) list.push(i);
        }
      }
      return { raw: raw.trim(), folded, tokens };
    }),
  );
  return {
    match(surface: string, kinds?: readonly string[], limit = 25): NameMatch[] {
      const trimmed = surface.trim();
      const folded = foldName(trimmed);
      const tokens = nameTokens(trimmed);
      // How many words of the mention each candidate shares a key with.
      const hits = new Map<number, number>();
      for (const token of tokens) {
        const seen = new Set<number>();
        for (const key of cachedNameKeys(token)) for (const i of byKey.get(key) ?? []) seen.add(i);
        for (const i of seen) hits.set(i, (hits.get(i) ?? 0) + 1);
      }
      let most = 0;
      for (const [i, n] of hits) if (n > most && (!kinds || kinds.includes(candidates[i]?.type ?? ''))) most = n;
      const out: NameMatch[] = [];
      for (const [i, n] of hits) {
        const candidate = candidates[i];
        if (n < most || !candidate || (kinds && !kinds.includes(candidate.type))) continue;
        let best: { score: number; method: NameMatchMethod } | undefined;
        for (const name of names[i] ?? []) {
          const scored = scoreAgainst(trimmed, folded, tokens, name);
          if (!best || scored.score > best.score) best = scored;
        }
        if (best && best.score >= MIN_NAME_MATCH_SCORE) out.push({ id: candidate.id, ...best });
      }
      return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
    },
  };
}

const built = new WeakMap<readonly NameCandidate[], NameIndex>();

/**
 * The candidates a surface form may name, best first, at most 25 (see
 * `buildNameIndex` for scores and methods). The index is kept per candidates
 * array, so repeated calls with the same array do not rebuild it.
 */
export function matchName(
  surface: string,
  candidates: readonly NameCandidate[],
  kinds?: readonly string[],
): NameMatch[] {
  let index = built.get(candidates);
  if (!index) {
    index = buildNameIndex(candidates);
    built.set(candidates, index);
  }
  return index.match(surface, kinds);
}
