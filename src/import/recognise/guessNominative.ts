export type NameCase = 'genitive' | 'dative' | 'locative' | 'instrumental';

function restoreFleetingE(stem: string): string {
  // Gradca → Gradec, Celovcem → Celovec, Kopra → Koper.
  if (/[bcčdfghjklmnprsštvzž]c$/u.test(stem)) return `${stem.slice(0, -1)}ec`;
  if (/[pbtdkg]r$/u.test(stem)) return `${stem.slice(0, -1)}er`;
  return stem;
}

/**
 * A best guess at the nominative of one inflected proper name (a place or a
 * surname) in the given case: "Jekaterinburgom" → "Jekaterinburg", "Trilarjem"
 * → "Trilar", "Celovcu" → "Celovec", "Ljubljano" → "Ljubljana". Returns the
 * word unchanged when no ending fits; it is a guess for a reviewer, never a
 * key for matching (that is nameKeys' job).
 */
export function guessNominative(word: string, nameCase: NameCase): string {
  const endings: Record<NameCase, readonly (readonly [RegExp, string])[]> = {
    instrumental: [
      [/rjem$/u, 'r'],
      [/(om|em)$/u, ''],
      [/o$/u, 'a'],
    ],
    locative: [
      [/rju$/u, 'r'],
      [/u$/u, ''],
      [/i$/u, 'a'],
    ],
    dative: [
      [/rju$/u, 'r'],
      [/u$/u, ''],
      [/i$/u, 'a'],
    ],
    genitive: [
      [/rja$/u, 'r'],
      [/a$/u, ''],
      [/e$/u, 'a'],
    ],
  };
  for (const [ending, replacement] of endings[nameCase]) {
    if (!ending.test(word)) continue;
    const stem = word.replace(ending, replacement);
    if (stem.length < 3) return word;
    return replacement === '' ? restoreFleetingE(stem) : stem;
  }
  return word;
}
