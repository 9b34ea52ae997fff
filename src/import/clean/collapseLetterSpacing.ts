import type { CleaningRule } from './cleaningRule.js';

// Single letters separated by single spaces; groups (words) separated by two or three spaces.
const GROUP = String.raw`\p{L}(?: \p{L})+`;
const PHRASE = new RegExp(String.raw`(?<![\p{L}\p{N}])${GROUP}(?: {2,3}${GROUP})*(?![\p{L}\p{N}])`, 'gu');

// A run made only of Slovenian one-letter words ("k v s z") is prose, not a spaced heading.
const ONE_LETTER_WORDS = /^[aikosuvz ]+$/iu;

/**
 * Collapses letter-spaced headings ("Z A P I S N I K" → "ZAPISNIK", "D N E V N I   R E D" →
 * "DNEVNI RED") when at least one word has four or more letters, so that ordinary runs of
 * Slovenian one-letter words ("k", "v", "s", "z") are left alone.
 */
export const collapseLetterSpacing: CleaningRule = {
  rule: 'letter-spacing',
  apply(text) {
    let count = 0;
    const result = text.replace(PHRASE, (phrase) => {
      const words = phrase.split(/ {2,3}/u).map((word) => word.replaceAll(' ', ''));
      if (!words.some((word) => word.length >= 4) || ONE_LETTER_WORDS.test(phrase)) return phrase;
      count++;
      return words.join(' ');
    });
    return { text: result, count };
  },
};
