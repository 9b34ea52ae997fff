import { describe, expect, it } from 'vitest';
import { findRelations } from '../../../../src/import/recognise/findRelations.js';
import { findOrganisations } from '../../../../src/import/recognise/findOrganisations.js';
import { findPlaces } from '../../../../src/import/recognise/findPlaces.js';
import { minutesFixture, at } from './minutesFixture.js';

describe('a name wrapped over two lines as a PDF prints it', () => {
  it('reads "Občino Slovenska\\nBistrica" as one municipality, with its span on the original text', () => {
    const text = 'Odbor podpira sporazum o sodelovanju med Občino Slovenska\nBistrica in mestom Hódmezővásárhely.';
    const municipalities = findOrganisations(text).filter((m) => m.kind === 'Municipality');
    expect(municipalities.map((m) => [at(text, m.span), m.base])).toEqual([
      ['Občino Slovenska\nBistrica', 'Občina Slovenska Bistrica'],
    ]);
  });

  it('makes no false partner of the first half of a wrapped home municipality', () => {
    const text =
      'Komisija podpira sklenitev sporazuma o partnerstvu med Mestno občino Murska\nSobota in mestom Szombathely (Madžarska).';
    const found = findRelations(
      text,
      minutesFixture(text, { date: '2025-05-06', municipality: 'Mestna občina Murska Sobota' }),
    );
    expect(found.twinnings.map((t) => t.partner.gazetteerId)).toEqual(['city:szombathely']);
    expect(found.mentions.some((m) => m.base === 'Mestna občina Murska')).toBe(false);
  });

  it('reads a town after "z mestom" wrapped over a line with a single space in its base', () => {
    const text = 'Pobratenje z mestom Bad\nRadkersburg je bilo podpisano leta 1998.';
    const town = findPlaces(text).find((p) => at(text, p.span).startsWith('Bad'));
    expect(town?.base).toBe('Bad Radkersburg');
    expect(at(text, town!.span)).toBe('Bad\nRadkersburg');
  });

  it('does not join a name to the next line when that line opens with a body or heading', () => {
    const text = 'Občina Šentjur\nObčinski svet\n12. redna seja';
    const municipalities = findOrganisations(text).filter((m) => m.kind === 'Municipality');
    expect(municipalities.map((m) => m.base)).toEqual(['Občina Šentjur']);
  });
});

describe('a foreign city written in its own language', () => {
  it.each([
    ['Wien', 'city:vienna'],
    ['Klagenfurt', 'city:klagenfurt'],
    ['Villach', 'city:villach'],
  ])('keeps "%s" as written for the base, linked to the gazetteer by its id', (name, id) => {
    const text = `Predstavil je program s pobratenim mestom ${name} za leto 2025.`;
    const place = findPlaces(text).find((p) => p.gazetteerId === id);
    expect(place?.base).toBe(name);
  });

  it('keeps the Slovenian exonym when the text uses it, also inflected', () => {
    const text = 'Izmenjava s Celovcem in obisk v Beljaku sta bila uspešna. Celovec je poslal vabilo.';
    expect(findPlaces(text).map((p) => [p.surface, p.base])).toEqual([
      ['Celovcem', 'Celovec'],
      ['Beljaku', 'Beljak'],
      ['Celovec', 'Celovec'],
    ]);
  });

  it('takes the Slovenian name, not its bracketed gloss, as the partner', () => {
    const text = 'Pobuda Občine Piran za listino o prijateljstvu z občino Novigrad (Cittanova) je bila predstavljena.';
    const found = findRelations(text, minutesFixture(text, { date: '2025-05-06', municipality: 'Občina Piran' }));
    expect(found.twinnings.map((t) => t.partner.surface)).toEqual(['Novigrad']);
  });
});
