import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../src/import/recognise/findMentions.js';
import { splitSentences } from '../../../../src/import/recognise/splitSentences.js';
import { minutesFixture, at } from './minutesFixture.js';

function mentionsOf(text: string, kind: string): { surface: string; base?: string; id?: string }[] {
  return findMentions(text, minutesFixture(text), splitSentences(text))
    .filter((m) => m.kind === kind)
    .map((m) => ({
      surface: at(text, m.span),
      ...(m.base ? { base: m.base } : {}),
      ...(m.gazetteerId ? { id: m.gazetteerId } : {}),
    }));
}

describe('a place that closes an organisation name after "za …"', () => {
  it.each([
    ['Zavod za turizem Bohinj je pripravil program.', 'Zavod za turizem Bohinj'],
    ['Sodelovali so z Zavodom za turizem Slovenj Gradec in šolami.', 'Zavodom za turizem Slovenj Gradec'],
    ['Pobudo je dal Zavod za turizem Trogir.', 'Zavod za turizem Trogir'],
    ['Prisoten je bil predstavnik Centra za socialno delo Kranj, ki je poročal.', 'Centra za socialno delo Kranj'],
  ])('reads the place as part of the name in "%s"', (text, surface) => {
    expect(mentionsOf(text, 'Organization').map((m) => m.surface)).toEqual([surface]);
  });

  it('gives the nominative with the place kept as written', () => {
    expect(mentionsOf('Sodelovali so z Zavodom za turizem Bohinj.', 'Organization')).toEqual([
      { surface: 'Zavodom za turizem Bohinj', base: 'Zavod za turizem Bohinj' },
    ]);
  });

  it('leaves a person named after the organisation out of its name', () => {
    const text = 'Direktorica Zavoda za turizem Mojca Novak je predstavila program.';
    expect(mentionsOf(text, 'Organization').map((m) => m.surface)).toEqual(['Zavoda za turizem']);
    const withPlace = 'Direktorica Zavoda za turizem Maribor Mojca Novak je predstavila program.';
    expect(mentionsOf(withPlace, 'Organization').map((m) => m.surface)).toEqual(['Zavoda za turizem Maribor']);
  });

  it('does not add a place after an office described by its field ("minister za … Ime Priimek")', () => {
    const text = 'Srečanja se je udeležil minister za zunanje zadeve Logar.';
    expect(mentionsOf(text, 'Person').map((m) => m.surface)).not.toContain('minister za zunanje zadeve Logar');
  });
});

describe('foreign names that decline with an inserted j', () => {
  it.each([
    ['Delegacija je bila v Chengduju.', 'Chengduju', 'city:chengdu'],
    ['Sporazum s Chengdujem je bil podpisan.', 'Chengdujem', 'city:chengdu'],
    ['Gostje iz Peruja so obiskali šolo.', 'Peruja', 'country:peru'],
    ['Projekt v Maliju financira ministrstvo.', 'Maliju', 'country:mali'],
    ['Na obisku v Bakuju je bil tudi župan.', 'Bakuju', 'city:baku'],
  ])('finds the place in "%s"', (text, surface, id) => {
    const places = [...mentionsOf(text, 'City'), ...mentionsOf(text, 'Country')];
    expect(places).toContainEqual(expect.objectContaining({ surface, id }));
  });

  it('does not read demonyms or common words in -ija as places', () => {
    for (const text of [
      'Srbi in Romuni so nastopili skupaj.',
      'Žirija je ocenila nastope.',
      'Gospa Marija je poročala.',
    ])
      expect([...mentionsOf(text, 'City'), ...mentionsOf(text, 'Country')], text).toEqual([]);
  });
});

describe('a place said of two described officials joined by "in"', () => {
  it('gives the place to both nominatives, each keeping its own words', () => {
    const text =
      'Delegacija se je na obisku pri ministru za mednarodne gospodarske odnose in ministrici za investicije in razvoj v Jekaterinburgu pogovarjala o sodelovanju.';
    const people = mentionsOf(text, 'Person');
    expect(people).toEqual([
      {
        surface: 'ministru za mednarodne gospodarske odnose',
        base: 'Minister za mednarodne gospodarske odnose v Jekaterinburgu',
      },
      {
        surface: 'ministrici za investicije in razvoj v Jekaterinburgu',
        base: 'Ministrica za investicije in razvoj v Jekaterinburgu',
      },
    ]);
    expect(mentionsOf(text, 'GovernmentBody').map((m) => m.base)).toEqual([
      'Ministrstvo za mednarodne gospodarske odnose v Jekaterinburgu',
      'Ministrstvo za investicije in razvoj v Jekaterinburgu',
    ]);
  });

  it('leaves an official alone when the other is not joined by "in"', () => {
    const text =
      'Sestal se je z ministrom za zunanje zadeve, nato pa še z veleposlanikom Republike Avstrije v Ljubljani.';
    expect(mentionsOf(text, 'Person').map((m) => m.base)).toContain('Minister za zunanje zadeve');
  });
});
