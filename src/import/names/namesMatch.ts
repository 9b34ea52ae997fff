import { nameTokens } from './nameTokens.js';
import { tokensMatch } from './tokensMatch.js';

/** `namesMatch` says yes from this score on: every token matched, in order or as "Surname Name". */
export const NAME_MATCH_THRESHOLD = 0.85;

/** Indices in `longer` that the tokens of `shorter` match, in order, or undefined when one does not match. */
function align(shorter: readonly string[], longer: readonly string[]): number[] | undefined {
  const matched: number[] = [];
  let from = 0;
  for (const token of shorter) {
    let found = -1;
    for (let j = from; j < longer.length; j++) {
      if (tokensMatch(token, longer[j] ?? '')) {
        found = j;
        break;
      }
    }
    if (found < 0) return undefined;
    matched.push(found);
    from = found + 1;
  }
  return matched;
}

/**
 * How well a mention (inflected, perhaps with a leading preposition) fits a
 * name, in [0, 1], token by token after folding. 1 when both have the same
 * number of tokens and each matches its counterpart by inflection keys
 * ("Mestne občine Kranj" ~ "Mestna občina Kranj", "Katji Štruc" ~ "Katja
 * Štruc": a feminine surname on a consonant simply stays equal); 0.9 for two
 * tokens in swapped order ("Štruc Katja", as attendance lists write); for a
 * partial match (every token of the shorter found in order in the longer:
 * "Štruc" ~ "Katja Štruc", "Kranj" ~ "Mestna občina Kranj") 0.5 + 0.3 ×
 * matched/longer, plus 0.05 when the last tokens (the surname, the head
 * place) match; 0 when any token of the shorter finds no counterpart
 * (Kristina/Kristan, Kranj/Kranjec, Koper/Kopa, Novak/Novakovič).
 */
export function nameMatchScore(mention: string, name: string): number {
  return tokensMatchScore(nameTokens(mention), nameTokens(name));
}

/** `nameMatchScore` on names already split into folded words (for callers that fold once and score many times). */
export function tokensMatchScore(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const matched = align(shorter, longer);
  if (matched) {
    if (shorter.length === longer.length) return 1;
    const lastToo = matched.at(-1) === longer.length - 1 ? 0.05 : 0;
    return 0.5 + (0.3 * shorter.length) / longer.length + lastToo;
  }
  if (a.length === 2 && b.length === 2 && align([a[1] ?? '', a[0] ?? ''], b)) return 0.9;
  return 0;
}

/** Whether a mention and a name are the same name in different case forms (score ≥ NAME_MATCH_THRESHOLD). */
export function namesMatch(a: string, b: string): boolean {
  return nameMatchScore(a, b) >= NAME_MATCH_THRESHOLD;
}
