import type { CleaningRule } from './cleaningRule.js';

/**
 * Vertical tab (Word's manual line break in text exports) and form feed (page break in
 * pdftotext output) become line breaks; other C0/C1 controls and stray BOMs are invisible
 * debris of a conversion and are removed. Tab and line feed are kept.
 */
export const removeControlCharacters: CleaningRule = {
  rule: 'control-characters',
  apply(text) {
    let count = 0;
    const result = text.replace(/[\v\f]|(?![\t\n\r])[\p{Cc}\uFEFF]/gu, (c) => {
      count++;
      return c === '\v' || c === '\f' ? '\n' : '';
    });
    return { text: result, count };
  },
};
