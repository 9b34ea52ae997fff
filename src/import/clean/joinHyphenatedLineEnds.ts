import type { CleaningRule } from './cleaningRule.js';

// A hyphen after at least two lowercase letters at a line end, the next line starting with a
// lowercase word. A capital after the break ("Jekaterinburg-⏎Kranj") or a one-letter prefix
// ("e-⏎pošta") marks a real hyphen. The completed word keeps any punctuation glued to it.
const HARD = /(?<=\p{Ll}\p{Ll})-\n[ \t]*(\p{Ll}\p{L}*[^\s]*)([ \t]+)?/gu;
// A soft hyphen is by definition a hyphenation point: always join.
const SOFT = /(?<=\p{L})\u00AD\n[ \t]*(\p{L}[^\s]*)([ \t]+)?/gu;
// "kratko-⏎in dolgoročni": the hyphen belongs to a suspended compound, not a word split.
const CONJUNCTION = /^(?:in|ali|oz\.?|ter|oziroma|pa|do|od)$/u;

/**
 * Joins a word split over a line end by hyphenation ("sode-⏎lovanje" → "sodelovanje"), moving
 * the completed word up and keeping the line break after it; real hyphens stay.
 */
export const joinHyphenatedLineEnds: CleaningRule = {
  rule: 'hyphenation',
  apply(text) {
    let count = 0;
    const join = (whole: string, tail: string, rest: string | undefined) => {
      if (CONJUNCTION.test(tail)) return whole;
      count++;
      return rest === undefined ? tail : `${tail}\n`;
    };
    const result = text.replace(HARD, join).replace(SOFT, join);
    return { text: result, count };
  },
};
