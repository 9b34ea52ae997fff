/**
 * Cyrillic → Latin, one letter at a time (Russian, Ukrainian, Serbian and
 * Macedonian letters), so that "Екатеринбург" and "Ekaterinburg", "Београд"
 * and "Beograd" fold to the same key. English-style digraphs (zh, kh, ts…)
 * because that is how foreign names reach Slovenian texts in Latin.
 */
// prettier-ignore
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ђ: 'dj', ј: 'j', љ: 'lj',
  њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz', ў: 'u',
};

/** Latin letters that NFD does not decompose. */
// prettier-ignore
const LATIN: Readonly<Record<string, string>> = { đ: 'dj', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th', ð: 'd' };

/**
 * The comparison form of a name: NFD with combining marks removed, lower
 * case, Cyrillic transliterated to Latin, every run of punctuation or white
 * space turned into one space, trimmed. "Štruc" → "struc", "Mestna občina
 * Kranj" → "mestna obcina kranj", "Екатеринбург" → "ekaterinburg",
 * "Dobrova-Polhov Gradec" → "dobrova polhov gradec". Scripts without a table
 * (Chinese, Greek, Arabic…) keep their letters, lower-cased.
 */
export function foldName(s: string): string {
  // Cyrillic first, on composed letters, so that й, ё, ї keep their own Latin spelling.
  let latin = '';
  for (const ch of s.normalize('NFC').toLowerCase()) latin += CYRILLIC[ch] ?? ch;
  let out = '';
  for (const ch of latin.normalize('NFD').replace(/\p{M}+/gu, '')) out += LATIN[ch] ?? ch;
  return out
    .replace(/['’ʼ`]/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
