/**
 * Turns what a user typed into a Lucene query for the full-text index, so
 * that it is always plain text: every Lucene special character is escaped and
 * the operators AND, OR, NOT are lowercased into ordinary words. Each word is
 * searched as written (analysed by the index's accent-folding analyzer), as a
 * prefix (`kater*`) and, for longer words, with one typo allowed (`struk~1`).
 */

/** Lucene's classic query syntax: + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

const OPERATORS = new Set(['AND', 'OR', 'NOT']);

/** Letters that have no decomposition but that ASCII folding maps to Latin letters. */
const FOLD: Record<string, string> = {
  đ: 'd',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ı: 'i',
};

export const MAX_SEARCH_TEXT = 200;
const MAX_WORDS = 12;
const PREFIX_MIN = 3;
const FUZZY_MIN = 5;

export interface FulltextQuery {
  /** The Lucene query to pass, as a parameter, to db.index.fulltext.queryNodes. */
  readonly lucene: string;
  /** The words' letters and digits, lowercased and folded: to tell which name matched. */
  readonly terms: string[];
}

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * Lowercases and removes accents from Latin letters as the index's
 * ASCII-folding analyzer does (Štruc → struc), leaving other scripts as they
 * are (Екатеринбург → екатеринбург). Prefix and fuzzy terms are not analysed
 * by Lucene, so they must be folded here.
 */
export function foldLatin(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[đłøæœßþı]/g, (c) => FOLD[c] ?? c);
}

/** The query for a non-blank text; words beyond the twelfth are ignored. */
export function fulltextQuery(text: string): FulltextQuery {
  const words = text.trim().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const terms: string[] = [];
  const groups = words.map((word) => {
    const clauses = [escapeLucene(OPERATORS.has(word) ? word.toLowerCase() : word)];
    for (const run of foldLatin(word).match(/[\p{L}\p{N}]+/gu) ?? []) {
      terms.push(run);
      if (run.length >= PREFIX_MIN) clauses.push(`${escapeLucene(run)}*`);
      if (run.length >= FUZZY_MIN) clauses.push(`${escapeLucene(run)}~1`);
    }
    return `(${clauses.join(' OR ')})`;
  });
  return { lucene: groups.join(' '), terms: [...new Set(terms)] };
}
