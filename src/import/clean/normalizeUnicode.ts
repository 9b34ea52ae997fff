import type { CleaningRule } from './cleaningRule.js';

/** NFC composition, so "č" is one code point whatever the source wrote; counts the combining marks absorbed. */
export const normalizeUnicode: CleaningRule = {
  rule: 'nfc',
  apply(text) {
    const result = text.normalize('NFC');
    if (result === text) return { text, count: 0 };
    const marks = (s: string) => s.match(/\p{M}/gu)?.length ?? 0;
    return { text: result, count: Math.max(1, marks(text) - marks(result)) };
  },
};
