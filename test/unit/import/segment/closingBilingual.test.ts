import { describe, expect, it } from 'vitest';
import { parseClosing } from '../../../../src/import/segment/parseClosing.js';

describe('closing signatures: bilingual labels and one-line role signatures', () => {
  it('reads the preparer and the signer under bilingual labels, never the translation as a person', () => {
    const text = [
      'Seja je bila zaključena ob 12.15.',
      '',
      'Zapisal / Verbalizzante:                 Župan / Il Sindaco:',
      'Boris Čok                                Marjan Babič',
    ].join('\n');
    const closing = parseClosing(text);
    expect(closing.preparedBy?.name).toBe('Boris Čok');
    expect(closing.signedBy.map((s) => [s.name, s.roleOriginal])).toEqual([['Marjan Babič', 'Župan']]);
    expect(closing.endTime?.time).toBe('12:15');
  });

  it('reads "Predsednik Sveta KS Bistrica: Name" on one line as a signature with its role', () => {
    const text = 'Seja je bila končana ob 20.45.\n\nZapisala: Petra Kern\nPredsednik Sveta KS Bistrica: Aleš Gorše';
    const closing = parseClosing(text);
    expect(closing.preparedBy?.name).toBe('Petra Kern');
    expect(closing.signedBy.map((s) => [s.name, s.roleOriginal])).toEqual([
      ['Aleš Gorše', 'Predsednik Sveta KS Bistrica'],
    ]);
  });

  it('does not give the preparer the role line of the signature below', () => {
    const text = [
      'Seja je bila zaključena ob 18.40.',
      '',
      'Zapisnik pripravila:',
      'Nina Rebolj',
      '',
      'Predsednica Odbora za kulturo:',
      'Tanja Medved',
    ].join('\n');
    const closing = parseClosing(text);
    expect(closing.preparedBy?.name).toBe('Nina Rebolj');
    expect(closing.preparedBy?.roleOriginal).toBeUndefined();
    expect(closing.signedBy.map((s) => s.name)).toEqual(['Tanja Medved']);
  });
});
