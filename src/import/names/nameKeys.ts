/**
 * Case endings of Slovenian nouns and adjectives, longest first so that
 * "-ega" wins over "-a". Beyond the research list (importer-research §4.2)
 * the plural locative/dative endings -ah, -eh, -am are here because many
 * Slovenian place names are plurals (Jesenice → na Jesenicah, Žiri → v Žireh).
 */
// prettier-ignore
const ENDINGS = [
  'ega', 'emu', 'ima', 'imi', 'ami', 'ama',
  'om', 'em', 'im', 'ih', 'ov', 'ev', 'mi', 'ah', 'eh', 'am',
  'a', 'e', 'i', 'o', 'u',
] as const;

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Consonants before which a nominative keeps a fleeting e: Kranjec/Kranjca, Koper/Kopra, Videm/Vidma, Mengeš/Mengša. */
const FLEETING_BEFORE = new Set(['c', 'k', 'r', 'l', 'm', 'n', 's']);

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z]/.test(ch) && !VOWELS.has(ch);
}

/** The nominative-side stems one stripped stem can stand for. */
function restored(stem: string): string[] {
  const out: string[] = [];
  // j-insertion after r: Trilarja → trilarj → trilar. Not in short stems, where "rj" is the root (Gorje is not Gora).
  if (stem.endsWith('rj') && stem.length >= 5) out.push(stem.slice(0, -1));
  // t-extension of masculine names in -e: Jureta → juret → jure.
  if (stem.endsWith('et') && stem.length >= 4) out.push(stem.slice(0, -1));
  // Fleeting e: kranjc → kranjec, kopr → koper, bruslj → bruselj, trbovlj → trbovelj.
  const last2 = stem.slice(-2);
  if ((last2 === 'lj' || last2 === 'nj') && isConsonant(stem.at(-3)) && stem.length >= 4) {
    out.push(`${stem.slice(0, -2)}e${last2}`);
  } else if (FLEETING_BEFORE.has(stem.at(-1) ?? '') && isConsonant(stem.at(-2)) && stem.length >= 3) {
    out.push(`${stem.slice(0, -1)}e${stem.at(-1) ?? ''}`);
  }
  return out;
}

/**
 * The candidate base forms of one folded word (see `foldName`) under
 * Slovenian inflection: the word itself, the word with one case ending
 * stripped (at least 3 letters left, or 2 for a one-vowel ending: Ig → Igu),
 * and for each such stem the nominative it may come from (j-insertion
 * Trilarja → trilar, t-extension Jureta → jure, fleeting e Kranjca →
 * kranjec). Nominatives that end in a vowel lose it too (Katja → katj), so
 * Katja/Katji/Katjo, Celje/Celju and Mestna/Mestne/Mestnem all share a key.
 * Two words may be forms of one name when their key sets intersect.
 */
export function nameKeys(word: string): ReadonlySet<string> {
  const keys = new Set<string>([word]);
  for (const variant of restored(word)) keys.add(variant);
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    const minimum = ending.length === 1 ? 2 : 3;
    if (stem.length < minimum || !/\p{L}$/u.test(stem)) continue;
    keys.add(stem);
    for (const variant of restored(stem)) keys.add(variant);
  }
  return keys;
}
