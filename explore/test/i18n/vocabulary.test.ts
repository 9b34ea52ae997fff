import { describe, expect, it } from 'vitest';
import {
  kindInText,
  kindName,
  outcomeName,
  readableCode,
  relationName,
  relationPhrase,
  roleName,
  statusChangeLabel,
  statusName,
  twinningKindName,
  valueName,
  VOCABULARY,
  type Vocabulary,
} from '../../src/i18n/vocabulary';

describe('vocabulary tables', () => {
  it('has every Slovenian term in English too, and no English term without a Slovenian one', () => {
    for (const table of Object.keys(VOCABULARY.sl) as (keyof Vocabulary)[]) {
      expect(Object.keys(VOCABULARY.en[table]).sort(), table).toEqual(Object.keys(VOCABULARY.sl[table]).sort());
      for (const lang of ['sl', 'en'] as const)
        for (const [code, term] of Object.entries(VOCABULARY[lang][table]))
          expect(
            ([] as string[]).concat(term).every((t) => t.trim() !== ''),
            `${lang} ${table}.${code}`,
          ).toBe(true);
    }
  });

  it('words only some relations differently as a phrase, the others as on an edge', () => {
    for (const lang of ['sl', 'en'] as const)
      for (const code of Object.keys(VOCABULARY[lang].relationPhrases))
        expect(VOCABULARY[lang].relations, `${lang} ${code}`).toHaveProperty(code);
  });
});

describe('lookups', () => {
  it('names node kinds, as a name and in running text', () => {
    expect(kindName('Municipality', 'sl')).toBe('Občina');
    expect(kindName('MayorsCollegium', 'en')).toBe("Mayor's collegium");
    expect(kindInText('Municipality', 'sl')).toBe('občina');
    expect(kindInText('PublicAgency', 'en')).toBe('public agency');
    expect(kindInText('StatusChange', 'sl')).toBe('korak statusa');
    expect(kindName('StatusChange', 'sl')).toBe('Sprememba statusa');
  });

  it('names a relation on an edge, as a phrase, and as a heading from either side', () => {
    expect(relationName('INVOLVED_IN', 'sl')).toBe('vpleten');
    expect(relationPhrase('INVOLVED_IN', 'sl')).toBe('vpleten v');
    expect(relationPhrase('GOVERNS', 'sl')).toBe('upravlja');
    expect(relationPhrase('MEMBERSHIP_IN', 'en')).toBe('membership in');
    expect(relationName('MEMBERSHIP_IN', 'en')).toBe('position in');
    expect(relationName('ATTENDED', 'en', 'OUT')).toBe('attended');
    expect(relationName('ATTENDED', 'en', 'IN')).toBe('attendees');
    expect(relationName('PARTNER', 'sl', 'OUT')).toBe('partnerji');
  });

  it('names an involvement as a past verb, a noun or a group, and a membership role', () => {
    expect(roleName('PROPOSED', 'sl')).toBe('predlagal');
    expect(roleName('proposed', 'sl')).toBe('predlagal');
    expect(roleName('PROPOSED', 'sl', 'noun')).toBe('predlagatelj');
    expect(roleName('PROPOSED', 'sl', 'group')).toBe('predlagatelji');
    expect(roleName('PROPOSED', 'en', 'noun')).toBe('proposer');
    expect(roleName('MAYOR', 'sl')).toBe('župan');
    expect(roleName('DEPUTY_MAYOR', 'en', 'noun')).toBe('deputy mayor');
  });

  it('names statuses, twinning kinds, outcomes and table values', () => {
    expect(statusName('SIGNED', 'sl')).toBe('podpisano');
    expect(statusName('SIGNED', 'en')).toBe('signed');
    expect(twinningKindName('PARTNERSHIP', 'sl')).toBe('partnerstvo');
    expect(outcomeName('ADOPTED', 'sl')).toBe('sprejet');
    expect(outcomeName('ADOPTED', 'sl', true)).toBe('sprejeto');
    expect(valueName('PROPOSED', 'sl')).toBe('predlagano');
    expect(valueName('BROKERED', 'sl')).toBe('posredoval');
    expect(valueName('HELD', 'en')).toBe('held');
    expect(valueName('free text', 'en')).toBe('free text');
  });
});

describe('fallbacks', () => {
  it('shows an unknown code in a readable form', () => {
    expect(readableCode('SOME_NEW_TYPE')).toBe('some new type');
    expect(readableCode('NewKind')).toBe('new kind');
    expect(readableCode(null)).toBe('');
    expect(kindName('NewKind', 'sl')).toBe('New kind');
    expect(kindInText('NewKind', 'en')).toBe('new kind');
    expect(kindInText(undefined, 'en')).toBe('');
    expect(relationName('SOME_NEW_TYPE', 'en')).toBe('some new type');
    expect(relationPhrase('SOME_NEW_TYPE', 'sl')).toBe('some new type');
    expect(relationName('NEW_TYPE', 'en', 'IN')).toBe('← new type');
    expect(relationName('NEW_TYPE', 'en', 'OUT')).toBe('new type →');
    expect(roleName('host', 'en')).toBe('host');
    expect(statusName('FROZEN', 'en')).toBe('frozen');
    expect(statusName(null, 'en')).toBe('');
    expect(outcomeName(undefined, 'sl')).toBe('');
  });
});

describe('status step labels', () => {
  it('shows the status and the date of a StatusChange label in the interface’s language', () => {
    expect(statusChangeLabel('SUPPORTED 2021-12-14', 'sl')).toBe('podprto 14. december 2021');
    expect(statusChangeLabel('SUPPORTED 2021-12-14', 'en')).toBe('supported 14 December 2021');
    expect(statusChangeLabel('PROPOSED 2021-07', 'sl')).toBe('predlagano 2021-07');
    expect(statusChangeLabel('SIGNED', 'sl')).toBe('podpisano');
  });

  it('leaves any other label as it is', () => {
    expect(statusChangeLabel('Pobratenje Kranj – Jekaterinburg', 'sl')).toBe('Pobratenje Kranj – Jekaterinburg');
    expect(statusChangeLabel('', 'en')).toBe('');
  });
});
