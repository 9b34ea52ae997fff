import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../src/import/recognise/findMentions.js';
import { splitSentences } from '../../../../src/import/recognise/splitSentences.js';
import { minutesFixture, at } from './minutesFixture.js';
import type { FixtureOptions } from './minutesFixture.js';

function mentions(text: string, options: FixtureOptions = {}) {
  return findMentions(text, minutesFixture(text, options), splitSentences(text)).map((m) => ({
    kind: m.kind,
    surface: at(text, m.span),
    base: m.base,
    id: m.gazetteerId,
    abbreviation: m.abbreviation,
  }));
}

describe('findMentions', () => {
  it('reads a company after "podjetje" in any case and one with a legal form', () => {
    const found = mentions('Občina je sodelovala s podjetjem Iskratel. Projekt vodi Domel d.o.o. iz Železnikov.');
    expect(found).toContainEqual({ kind: 'Company', surface: 'Iskratel', base: 'Iskratel', id: undefined });
    expect(found).toContainEqual(expect.objectContaining({ kind: 'Company', surface: 'Domel d.o.o.' }));
  });

  it('reads a public agency in the genitive with its nominative and its bracketed abbreviation', () => {
    const text =
      'skupaj s predstavniki Javne agencije Republike Slovenije za spodbujanje podjetništva, internacionalizacije, tujih investicij in tehnologije (SPIRIT Slovenija), je';
    const found = mentions(text).filter((m) => m.kind === 'PublicAgency');
    expect(found).toEqual([
      {
        kind: 'PublicAgency',
        surface:
          'Javne agencije Republike Slovenije za spodbujanje podjetništva, internacionalizacije, tujih investicij in tehnologije',
        base: 'Javna agencija Republike Slovenije za spodbujanje podjetništva, internacionalizacije, tujih investicij in tehnologije',
        id: undefined,
        abbreviation: 'SPIRIT Slovenija',
      },
      // The abbreviation names the same agency: it resolves by the full name.
      {
        kind: 'PublicAgency',
        surface: 'SPIRIT Slovenija',
        base: 'Javna agencija Republike Slovenije za spodbujanje podjetništva, internacionalizacije, tujih investicij in tehnologije',
        id: undefined,
        abbreviation: 'SPIRIT Slovenija',
      },
    ]);
  });

  it('reads ministries, chambers, institutes and embassies as organisations of their kind', () => {
    const text =
      'Pismo so poslali Ministrstvu za zunanje in evropske zadeve, Gospodarski zbornici Slovenije, Zavodu za turizem in Veleposlaništvu Republike Slovenije v Pekingu.';
    const found = mentions(text);
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'GovernmentBody', base: 'Ministrstvo za zunanje in evropske zadeve' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'Organization', base: 'Gospodarska zbornica Slovenije' }),
    );
    expect(found).toContainEqual(expect.objectContaining({ kind: 'Organization', base: 'Zavod za turizem' }));
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'Consulate', base: 'Veleposlaništvo Republike Slovenije v Pekingu' }),
    );
  });

  it('gives a person described but not named a Person mention and its office', () => {
    const text = 'razvijala v navezi s častnim konzulom Republike Slovenije v Jekaterinburgu, ki je obenem direktor';
    const found = mentions(text).filter((m) => m.kind === 'Person' || m.kind === 'Consulate');
    expect(found).toEqual([
      {
        kind: 'Person',
        surface: 'častnim konzulom Republike Slovenije v Jekaterinburgu',
        base: 'Častni konzul Republike Slovenije v Jekaterinburgu',
        id: undefined,
      },
      {
        kind: 'Consulate',
        surface: 'častnim konzulom Republike Slovenije v Jekaterinburgu',
        base: 'Častni konzulat Republike Slovenije v Jekaterinburgu',
        id: undefined,
      },
    ]);
  });

  it('leaves a described office to the name that follows it', () => {
    const found = mentions('Sestanka se je udeležil minister za gospodarstvo Matjaž Han.');
    expect(found.filter((m) => m.kind === 'Person')).toEqual([
      { kind: 'Person', surface: 'Matjaž Han', base: 'Matjaž Han', id: undefined },
    ]);
  });

  it('matches inflected names to attendees and skips sentence-opening words', () => {
    const text = 'Besedo je dal Juretu Kristanu. Tudi Katja Štruc je menila, da je prav.';
    const found = mentions(text, {
      attendance: ['Jure Kristan – član komisije', 'Katja Štruc – vodja kabineta župana'],
    });
    expect(found.filter((m) => m.kind === 'Person')).toEqual([
      { kind: 'Person', surface: 'Juretu Kristanu', base: 'Jure Kristan', id: undefined },
      { kind: 'Person', surface: 'Katja Štruc', base: 'Katja Štruc', id: undefined },
    ]);
  });

  it('reads a bare role as the attendee who holds it', () => {
    const text = 'Predsedniku komisije in članom smo predvajali posnetek. Župan je pozdravil goste.';
    const found = mentions(text, { attendance: ['Boštjan Trilar – predsednik komisije', 'Matej Arčon – župan'] });
    expect(found.filter((m) => m.kind === 'Person').map((m) => [m.surface, m.base])).toEqual([
      ['Predsedniku komisije', 'Boštjan Trilar'],
      ['Župan', 'Matej Arčon'],
    ]);
  });

  it('does not read a role inside another description ("vodja kabineta župana") as the mayor', () => {
    const found = mentions('Katja Štruc, vodja kabineta župana, je odgovorila.', { attendance: ['Katja Štruc'] });
    expect(found.filter((m) => m.kind === 'Person').map((m) => m.surface)).toEqual(['Katja Štruc']);
  });

  it('reads places from the gazetteer and cities it does not know after "z mestom"', () => {
    const found = mentions('Pobratenje z mestom Székesfehérvár (Madžarska) in z Jekaterinburgom.');
    expect(found).toContainEqual({ kind: 'City', surface: 'Székesfehérvár', base: 'Székesfehérvár', id: undefined });
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'Country', surface: 'Madžarska', id: 'country:hungary' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'City', surface: 'Jekaterinburgom', id: 'city:yekaterinburg' }),
    );
  });

  it('reads municipalities with their nominative and a bare "občina" as the home municipality', () => {
    const text = 'Mestne občine Kranj se je veselila, saj se je občina pobratila z občino Pliberk.';
    const found = mentions(text).filter((m) => m.kind === 'Municipality');
    expect(found.map((m) => [m.surface, m.base])).toEqual([
      ['Mestne občine Kranj', 'Mestna občina Kranj'],
      ['občina', 'Mestna občina Kranj'],
      ['občino Pliberk', 'Občina Pliberk'],
    ]);
  });
});

describe('findMentions with titles', () => {
  it('leaves a consul introduced with "g." to his name', () => {
    const found = findMentions(
      'Sestanka se je udeležil častni konzul Republike Slovenije g. Janez Novak.',
      minutesFixture(''),
      [],
    ).filter((m) => m.kind === 'Person');
    expect(found.map((m) => m.surface)).toEqual(['Janez Novak']);
  });
});
