import { replaceRule, type CleaningRule } from './cleaningRule.js';
import { collapseLetterSpacing } from './collapseLetterSpacing.js';
import { fixCodepageConfusions } from './fixCodepageConfusions.js';
import { joinHyphenatedLineEnds } from './joinHyphenatedLineEnds.js';
import { normalizeUnicode } from './normalizeUnicode.js';
import { removeControlCharacters } from './removeControlCharacters.js';

/** How often one cleaning rule changed the text. */
export interface CleaningCount {
  readonly rule: string;
  readonly count: number;
}

// Order matters: line ends before anything that looks at lines; hyphenation before soft
// hyphens are dropped (a soft hyphen at a line end marks a split word); trailing spaces
// before blank lines are counted.
const RULES: readonly CleaningRule[] = [
  normalizeUnicode,
  replaceRule('line-ends', /\r\n?/gu, '\n'),
  removeControlCharacters,
  // Apache Tika writes Word bookmarks into its text output ("[bookmark: _GoBack]").
  replaceRule('bookmark-markers', /\[bookmark: [^\]\n]*\]/gu, ''),
  replaceRule('nbsp', /[\u00A0\u2007\u202F]/gu, ' '),
  fixCodepageConfusions,
  joinHyphenatedLineEnds,
  replaceRule('soft-hyphens', /\u00AD/gu, ''),
  collapseLetterSpacing,
  replaceRule('trailing-spaces', /[ \t]+$/gmu, ''),
  replaceRule('blank-lines', /\n{4,}/gu, '\n\n\n'),
];

/**
 * The text as the importer stores it: NFC, `\n` line ends, conversion debris removed
 * (bookmark markers, control characters, soft hyphens, NBSP, trailing spaces, runs of more
 * than two blank lines), line-end hyphenation joined, letter-spaced words collapsed and known
 * Slovenian mis-encodings repaired. Words and their order are otherwise untouched. Returns
 * the rules that changed something, with how often.
 */
export function cleanText(raw: string): { text: string; cleaning: CleaningCount[] } {
  let text = raw;
  const cleaning: CleaningCount[] = [];
  for (const rule of RULES) {
    const result = rule.apply(text);
    text = result.text;
    if (result.count > 0) cleaning.push({ rule: rule.rule, count: result.count });
  }
  return { text, cleaning };
}
