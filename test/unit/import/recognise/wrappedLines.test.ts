import { describe, expect, it } from 'vitest';
import { findRelations } from '../../../../src/import/recognise/findRelations.js';
import { findOrganisations } from '../../../../src/import/recognise/findOrganisations.js';
import { splitSentences } from '../../../../src/import/recognise/splitSentences.js';
import { splitAtHeadings } from '../../../../src/import/recognise/splitAtHeadings.js';
import { minutesFixture, at } from './minutesFixture.js';

describe('minutes whose lines are wrapped as a PDF prints them', () => {
  it.each([
    ['Ad 2) Poročilo o obisku delegacije', 'Ad 2) Poročilo o obisku delegacije'],
    ['AD 2. Poročilo o obisku delegacije', 'AD 2. Poročilo o obisku delegacije'],
    ['K 2. točki: Poročilo o obisku', 'K 2. točki: Poročilo o obisku'],
    ['Točka 2: Poročilo o obisku delegacije', 'Točka 2: Poročilo o obisku delegacije'],
  ])('ends the heading "%s" at its line when the text follows without a blank line', (heading, first) => {
    const text = `${heading}\nUrška Vrhovnik je poročala, da je delegacija mesta Zalaegerszeg obiskala\nSlovenj Gradec 5. septembra 2024.`;
    expect(splitSentences(text).map((s) => at(text, s))).toEqual([
      first,
      'Urška Vrhovnik je poročala, da je delegacija mesta Zalaegerszeg obiskala\nSlovenj Gradec 5. septembra 2024.',
    ]);
  });

  it('cuts a sentence at an item heading the segmenter found, even one without a number', () => {
    const text = 'POROČILO O OBISKU DELEGACIJE\nDelegacija je obiskala mesto 5. septembra 2024.';
    const heading = { start: 0, end: 'POROČILO O OBISKU DELEGACIJE'.length };
    expect(splitAtHeadings(text, splitSentences(text), [heading]).map((s) => at(text, s))).toEqual([
      'POROČILO O OBISKU DELEGACIJE',
      'Delegacija je obiskala mesto 5. septembra 2024.',
    ]);
    // Part of a heading line is no place to cut.
    expect(splitAtHeadings(text, splitSentences(text), [{ start: 0, end: 8 }])).toEqual(splitSentences(text));
  });

  it('does not cut a wrapped heading where its first line ends on a word that needs the next line', () => {
    const text =
      'Ad 3) Pismo o nameri med Občino Kamnik in mestom\nNagano (Japonska)\n\nDelegacija je maja obiskala Kamnik. Srečanje je posredovalo Veleposlaništvo\nJaponske v Ljubljani.';
    const cut = text.indexOf('mestom') + 'mestom'.length;
    const sentences = splitAtHeadings(text, splitSentences(text), [{ start: 0, end: cut }]);
    expect(sentences.map((s) => at(text, s))[0]).toBe(
      'Ad 3) Pismo o nameri med Občino Kamnik in mestom\nNagano (Japonska)',
    );
    const minutes = minutesFixture(text, { date: '2024-06-05', municipality: 'Občina Kamnik' });
    const withHeading = {
      ...minutes,
      items: [{ number: 3, headingSpan: { start: 0, end: cut }, bodySpan: { start: cut, end: text.length } }],
    };
    const [twinning] = findRelations(text, withHeading).twinnings;
    expect(twinning?.actors.map((a) => [a.role, a.actor.base ?? a.actor.surface])).toContainEqual([
      'BROKERED',
      expect.stringContaining('Veleposlaništvo'),
    ]);
  });

  it('dates a visit told right under an unnumbered heading', () => {
    const text = [
      'POROČILO O OBISKU DELEGACIJE',
      'Urška Vrhovnik je poročala, da je delegacija mesta Zalaegerszeg, ki jo je vodil',
      'podžupan Gábor Tóth, Slovenj Gradec obiskala 5. septembra 2024.',
    ].join('\n');
    const minutes = minutesFixture(text, {
      date: '2024-09-12',
      municipality: 'Mestna občina Slovenj Gradec',
      items: ['POROČILO O OBISKU DELEGACIJE'],
    });
    expect(findRelations(text, minutes).events).toEqual([
      expect.objectContaining({ kind: 'VISIT', status: 'HELD', date: '2024-09-05' }),
    ]);
  });

  it('reads an agency name wrapped over lines up to its bracketed abbreviation, with single spaces in its base', () => {
    const text = [
      'skupaj s predstavniki Javne agencije Republike',
      'Slovenije za spodbujanje podjetništva, internacionalizacije, tujih investicij in',
      'tehnologije (SPIRIT Slovenija), je slednja Mestno občino Kranj tudi kontaktirala.',
    ].join('\n');
    const [agency, abbreviation] = findOrganisations(text).filter((m) => m.kind === 'PublicAgency');
    expect(agency?.base).toBe(
      'Javna agencija Republike Slovenije za spodbujanje podjetništva, internacionalizacije, tujih investicij in tehnologije',
    );
    expect(agency?.abbreviation).toBe('SPIRIT Slovenija');
    expect(abbreviation && at(text, abbreviation.span)).toBe('SPIRIT Slovenija');
  });

  it('does not reach over a blank line for a bracket', () => {
    const text =
      'Sodelovala je Javna agencija Republike Slovenije za spodbujanje podjetništva\n\nNovi odstavek (SPIRIT Slovenija).';
    const agencies = findOrganisations(text).filter((m) => m.kind === 'PublicAgency');
    expect(agencies.map((m) => m.abbreviation)).toEqual([undefined]);
  });
});
