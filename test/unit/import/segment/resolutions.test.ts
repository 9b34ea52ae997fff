import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../../../src/import/segment/parseAgenda.js';
import { parseItems } from '../../../../src/import/segment/parseItems.js';
import { parseResolutions } from '../../../../src/import/segment/parseResolutions.js';
import { spanText } from '../../../../src/import/span.js';
import { agendaFixture } from './agendaFixture.js';

const seed = readFileSync(
  new URL('../../../../seed/documents/kranj-kmms-2021-12-14-seja-2.txt', import.meta.url),
  'utf8',
);

function resolutionsOf(text: string) {
  return parseResolutions(text, parseItems(text, parseAgenda(text).agenda));
}

function counts(
  vote: { present?: number; voted?: number; for?: number; against?: number; abstained?: number } | undefined,
) {
  if (!vote) return undefined;
  const { present, voted, against, abstained } = vote;
  return { present, voted, for: vote.for, against, abstained };
}

describe('parseResolutions', () => {
  it('reads the two seed resolutions with their kinds, items, wording and spans', () => {
    const found = resolutionsOf(seed);
    expect(found.map((r) => [r.itemNumber, r.kind, r.text])).toEqual([
      [1, 'MINUTES_APPROVAL', 'Potrdi se zapisnik 1. seje Komisije za medobčinsko in mednarodno sodelovanje.'],
      [2, 'POSITION', 'Komisija podpira pobratenje Mestne občine Kranj z mestom Jekaterinburg (Rusija).'],
    ]);
    expect(found.map((r) => r.span.start)).toEqual([731, 1966]);
    expect(found.map((r) => spanText(seed, r.labelSpan))).toEqual(['SKLEP:', 'SKLEP:']);
    expect(found.every((r) => r.label === undefined)).toBe(true);
  });

  it('attaches the vote that stands before the seed labels', () => {
    for (const r of resolutionsOf(seed)) {
      expect(r.vote).toMatchObject({ present: 4, for: 4, unanimous: true, outcome: 'ADOPTED' });
      expect(spanText(seed, r.vote!.span)).toBe('(4 PRISOTNI: 4 ZA)');
      // The counts stand in the sentence that introduces the label.
      expect(r.vote!.span.end).toBeLessThan(r.labelSpan.start);
    }
  });

  it('reads numbered resolutions of a city council with their counts, the rejected one included', () => {
    const text = agendaFixture('minutes-mestni-svet-8-tock.txt');
    const found = resolutionsOf(text);
    expect(found.map((r) => [r.label, r.itemNumber, r.kind])).toEqual([
      ['180', undefined, 'AGENDA_ADOPTION'],
      ['181', 1, 'MINUTES_APPROVAL'],
      ['182', 2, 'POSITION'],
      ['183', 3, 'DECISION'],
      ['184', 4, 'DECISION'],
      ['185', 4, 'DECISION'],
      ['186', 5, 'DECISION'],
      ['187', 6, 'POSITION'],
      ['188', 7, 'POSITION'],
    ]);
    const byLabel = new Map(found.map((r) => [r.label, r]));
    expect(counts(byLabel.get('181')?.vote)).toEqual({ for: 27, against: 0, abstained: 1 });
    expect(counts(byLabel.get('183')?.vote)).toEqual({ for: 21, against: 6, abstained: 1 });
    expect(byLabel.get('184')?.vote).toMatchObject({ for: 11, against: 15, abstained: 2, outcome: 'REJECTED' });
    expect(byLabel.get('185')?.vote).toMatchObject({ for: 24, against: 2 });
    expect(byLabel.get('185')?.vote?.outcome).toBeUndefined();
    expect(byLabel.get('182')?.vote).toMatchObject({ for: 28, outcome: 'ADOPTED' });
    expect(byLabel.get('187')?.text).toBe(
      'Mestni svet Mestne občine Velenje podpira pobratenje Mestne občine Velenje z mestom Szekszárd (Madžarska) in pooblašča župana za podpis listine o pobratenju.',
    );
    expect(spanText(text, byLabel.get('184')!.labelSpan)).toBe('SKLEP št. 184:');
  });

  it('reads a label glued to the word before, a letter-spaced label and one alone on its line in a PDF text', () => {
    const text = agendaFixture('minutes-obcinski-svet-pdf.txt');
    const found = resolutionsOf(text);
    expect(found.map((r) => [r.itemNumber, spanText(text, r.labelSpan), r.kind])).toEqual([
      [1, 'SKLEP:', 'MINUTES_APPROVAL'],
      [2, 'S K L E P', 'POSITION'],
      [3, 'SKLEP:', 'DECISION'],
      [4, 'SKLEP', 'DECISION'],
    ]);
    expect(text.slice(found[0]!.labelSpan.start - 9, found[0]!.labelSpan.start)).toBe('naslednji');
    expect(found[2]?.text).toBe(
      'Občinski svet Občine Šentjur sprejme Odlok o spremembah in dopolnitvah Odloka o proračunu Občine Šentjur za leto 2023 po skrajšanem postopku.',
    );
    expect(spanText(text, found[2]!.span)).toContain('Odloka o\nproračunu');
    expect(counts(found[1]?.vote)).toEqual({ for: 13, against: 0, abstained: 1 });
    expect(found[2]?.vote).toMatchObject({ for: 10, against: 4, outcome: 'ADOPTED' });
  });

  it('reads "Sklep št. 3-12/2023:", "SKLEPI:" with numbered resolutions and "SKLEP 03/23" after its vote', () => {
    const text = agendaFixture('minutes-komisija-ad.txt');
    const found = resolutionsOf(text);
    expect(found.map((r) => [r.label, r.itemNumber, r.kind])).toEqual([
      ['3-12/2023', 1, 'MINUTES_APPROVAL'],
      ['1', 2, 'POSITION'],
      ['2', 2, 'POSITION'],
      ['03/23', 3, 'POSITION'],
    ]);
    expect(found[0]?.vote).toMatchObject({ present: 5, for: 5, against: 0, unanimous: true });
    expect(found[1]?.text).toMatch(/imenuje Marka Berganta\.$/);
    expect(found[2]?.text).toMatch(/imenuje Petro Šolar\.$/);
    expect(spanText(text, found[1]!.labelSpan)).toBe('SKLEPI:');
    expect(found[1]?.vote).toMatchObject({ for: 4, against: 1 });
    expect(found[2]?.vote).toMatchObject({ for: 4, against: 1 });
    // "Komisija je … s 5 glasovi ZA sprejela" stands a blank line before the label.
    expect(found[3]?.vote).toMatchObject({ for: 5, outcome: 'ADOPTED' });
  });

  it('reads the e-mail votes of a correspondence session under "Predlog sklepa:"', () => {
    const text = agendaFixture('minutes-dopisna-seja.txt');
    const found = resolutionsOf(text);
    expect(found.map((r) => [r.itemNumber, r.kind])).toEqual([
      [1, 'POSITION'],
      [2, 'POSITION'],
    ]);
    expect(found[0]?.vote).toMatchObject({ for: 5, against: 0, outcome: 'ADOPTED' });
    expect(found[1]?.vote).toMatchObject({ for: 3, against: 2, outcome: 'ADOPTED' });
    expect(spanText(text, found[0]!.vote!.span)).toMatch(/^Za sklep so glasovali: 5 članov/);
  });

  it('reads lower-case "je sprejel naslednji sklep:", "ZA: soglasno" and a vote in words after the wording', () => {
    const text = agendaFixture('minutes-svet-ks-k-tocki.txt');
    const found = resolutionsOf(text);
    expect(found.map((r) => [r.itemNumber, spanText(text, r.labelSpan), r.kind])).toEqual([
      [1, 'sklep:', 'MINUTES_APPROVAL'],
      [2, 'sklep:', 'POSITION'],
      [3, 'Sklep:', 'DECISION'],
    ]);
    expect(found[0]?.vote).toMatchObject({ unanimous: true });
    expect(counts(found[1]?.vote)).toEqual({ for: 5, against: 0, abstained: 0 });
    expect(found[2]?.vote).toMatchObject({ unanimous: true, outcome: 'ADOPTED' });
    expect(found[2]?.text).toMatch(/do 500 EUR\.$/);
  });

  it('reads labels in their many spellings and stops the wording at the vote line', () => {
    const text = agendaFixture('resolutions-labels.txt');
    const found = parseResolutions(text, parseItems(text, []));
    expect(found.map((r) => [r.itemNumber, spanText(text, r.labelSpan), r.label, r.kind])).toEqual([
      [1, 'SKLEP:', undefined, 'MINUTES_APPROVAL'],
      [2, 's k l e p', undefined, 'POSITION'],
      [3, 'Predlog sklepa:', undefined, 'DECISION'],
      [4, 'SKLEP ŠT. 45', '45', 'POSITION'],
    ]);
    expect(found[0]?.text).toBe('Potrdi se zapisnik 4. seje odbora.');
    expect(found[1]?.vote).toMatchObject({ unanimous: true });
    expect(found[2]?.vote).toMatchObject({ for: 3, against: 4, outcome: 'REJECTED' });
    expect(found[3]?.text).toBe(
      'Odbor priporoča občinskemu svetu, da sprejme Odlok o turistični taksi. I. Odlok začne veljati petnajsti dan po objavi.',
    );
    expect(found[3]?.vote).toMatchObject({ for: 5, against: 1, outcome: 'ADOPTED' });
  });

  it('counts a proposal once when the adopted resolution repeats it', () => {
    const text =
      'Ad 1\nPredlog sklepa:\nPotrdi se zapisnik 2. seje.\n\nGlasovanje: 7 ZA.\nSprejet je bil\nSKLEP:\nPotrdi se zapisnik 2. seje.\n';
    const found = parseResolutions(text, parseItems(text, []));
    expect(found).toHaveLength(1);
    expect(spanText(text, found[0]!.labelSpan)).toBe('SKLEP:');
    expect(found[0]?.vote).toMatchObject({ for: 7, outcome: 'ADOPTED' });
  });

  it('cuts a vote written on the wording line off the wording', () => {
    const text = 'SKLEP: Potrdi se zapisnik 1. seje. (4 PRISOTNI: 4 ZA)\n';
    const [r] = parseResolutions(text, []);
    expect(r?.text).toBe('Potrdi se zapisnik 1. seje.');
    expect(r?.vote).toMatchObject({ present: 4, for: 4 });
    expect(r?.itemNumber).toBeUndefined();
  });

  it.each([
    'Sklep je bil sprejet soglasno.',
    'SKLEPČNOST: prisotnih je 9 članov.',
    'Seznanil je svet s sklepom župana.',
    'SKLEPA O TEM NI BILO.',
  ])('finds no resolution in %j', (text) => {
    expect(parseResolutions(text, [])).toEqual([]);
  });
});
