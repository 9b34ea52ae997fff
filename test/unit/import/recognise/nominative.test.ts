import { describe, expect, it } from 'vitest';
import { nominativePhrase } from '../../../../src/import/recognise/nominativePhrase.js';
import { guessNominative } from '../../../../src/import/recognise/guessNominative.js';

describe('nominativePhrase', () => {
  it.each([
    [
      'Javne agencije Republike Slovenije za spodbujanje podjetništva',
      'Javna agencija Republike Slovenije za spodbujanje podjetništva',
    ],
    ['častnim konzulom Republike Slovenije v Jekaterinburgu', 'častni konzul Republike Slovenije v Jekaterinburgu'],
    ['ministrici za investicije in razvoj', 'ministrica za investicije in razvoj'],
    ['ministru za mednarodne gospodarske odnose', 'minister za mednarodne gospodarske odnose'],
    ['Gospodarske zbornice Slovenije', 'Gospodarska zbornica Slovenije'],
    ['Veleposlaništvom Republike Slovenije v Pekingu', 'Veleposlaništvo Republike Slovenije v Pekingu'],
    ['Zavodu za turizem', 'Zavod za turizem'],
  ])('turns "%s" into "%s"', (phrase, nominative) => {
    expect(nominativePhrase(phrase)).toBe(nominative);
  });

  it('leaves a phrase without a known head as it is', () => {
    expect(nominativePhrase('Iskratelom')).toBe('Iskratelom');
  });
});

describe('guessNominative', () => {
  it.each([
    ['Jekaterinburgom', 'instrumental', 'Jekaterinburg'],
    ['Celovcem', 'instrumental', 'Celovec'],
    ['Ljubljano', 'instrumental', 'Ljubljana'],
    ['Jekaterinburgu', 'locative', 'Jekaterinburg'],
    ['Kopra', 'genitive', 'Koper'],
    ['Trilarjem', 'instrumental', 'Trilar'],
  ] as const)('guesses %s (%s) → %s', (word, nameCase, base) => {
    expect(guessNominative(word, nameCase)).toBe(base);
  });
});
