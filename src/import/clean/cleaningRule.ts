/** One cleaning rule: the changed text and how many places it changed. */
export interface CleaningRule {
  readonly rule: string;
  apply(text: string): { text: string; count: number };
}

/** A rule that replaces every match of a global regex, counting the matches. */
export function replaceRule(rule: string, pattern: RegExp, replacement: string): CleaningRule {
  return {
    rule,
    apply(text) {
      let count = 0;
      const result = text.replace(pattern, () => {
        count++;
        return replacement;
      });
      return { text: result, count };
    },
  };
}
