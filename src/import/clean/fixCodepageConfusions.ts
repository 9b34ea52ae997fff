import type { CleaningRule } from './cleaningRule.js';

// Letters that occur in Romanian but never in Slovenian: a word with one of them is a real
// Romanian name ("Timişoara"), so its ţ is left alone.
const ROMANIAN_WORD = /[ăâîșşțĂÂÎȘŞȚ]/u;
// Every word, checked for ţ inside the callback: `\p{L}*[ţŢ]\p{L}*` would rescan a long word from each of its
// letters (quadratic: a 100,000-letter word took 90 s).
const WORD = /\p{L}+/gu;

/**
 * Repairs the two mis-encodings of Slovenian letters that are common in municipal documents
 * and cannot be a real spelling in Slovenian text:
 * - ţ/Ţ (t-cedilla) for ž/Ž, which PDF and old Word exports with broken font encodings
 *   produce; words that are evidently Romanian are kept;
 * - è/È for č/Č, which is Windows-1250 text read as Windows-1252 or Latin-1 (č and è share
 *   byte 0xE8; š and ž survive that confusion). Applied only when the text has no č at all
 *   and at least three è, because Italian or French names legitimately contain è.
 * ş is not touched: it is both a Romanian letter and no common Slovenian artefact.
 */
export const fixCodepageConfusions: CleaningRule = {
  rule: 'codepage-confusions',
  apply(text) {
    let count = 0;
    let result = text.replace(WORD, (word) => {
      if (!/[ţŢ]/u.test(word) || ROMANIAN_WORD.test(word)) return word;
      return word.replace(/[ţŢ]/gu, (c) => {
        count++;
        return c === 'ţ' ? 'ž' : 'Ž';
      });
    });
    const graves = result.match(/[èÈ]/gu)?.length ?? 0;
    if (graves >= 3 && !/[čČ]/u.test(result)) {
      result = result.replace(/[èÈ]/gu, (c) => {
        count++;
        return c === 'è' ? 'č' : 'Č';
      });
    }
    return { text: result, count };
  },
};
