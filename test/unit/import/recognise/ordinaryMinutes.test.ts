import { describe, expect, it } from 'vitest';
import { findRelations } from '../../../../src/import/recognise/findRelations.js';
import { minutesFixture, at } from './minutesFixture.js';

// Minutes of a small municipality's council with no international relations at all.
const text = [
  'Ad 2)',
  'Direktorica občinske uprave Mateja Šmid je predstavila zaključni račun. Svetnik mag. Tomaž Odar je vprašal, zakaj so se stroški za Turizem Bohinj povečali. Pojasnila je, da je Zavod za turizem Bohinj prevzel organizacijo prireditve Kravji bal.',
  'SKLEP: Občinski svet sprejme Zaključni račun proračuna Občine Bohinj za leto 2023.',
  '',
  'Ad 3)',
  'Urška Mikelj je opozorila na slabo stanje ceste v Stari Fužini. Župan je odgovoril, da bo Direkcija RS za infrastrukturo sanacijo izvedla jeseni. Sestanek s predstavniki direkcije bo 3. junija 2024.',
].join('\n');
const minutes = minutesFixture(text, {
  date: '2024-05-16',
  municipality: 'Občina Bohinj',
  body: { kind: 'COUNCIL', name: 'Občinski svet Občine Bohinj' },
  chair: 'Jože Sodja – župan',
  attendance: ['Tomaž Odar', 'Urška Mikelj', 'Mateja Šmid – direktorica občinske uprave'],
  items: ['Ad 2)', 'Ad 3)'],
  resolutions: [{ quote: 'Občinski svet sprejme Zaključni račun proračuna Občine Bohinj za leto 2023.', item: 1 }],
});
const found = findRelations(text, minutes);

describe('findRelations on ordinary council minutes', () => {
  it('finds no twinning where none is spoken of', () => {
    expect(found.twinnings).toEqual([]);
  });

  it('gives a speakerless answer after a question to the earlier speaker of its gender', () => {
    expect(found.statements.map((s) => [s.kind, s.speaker.base, s.itemNumber])).toEqual([
      ['REPORT', 'Mateja Šmid', 1],
      ['QUESTION', 'Tomaž Odar', 1],
      ['ANSWER', 'Mateja Šmid', 1],
      ['STATEMENT', 'Urška Mikelj', 2],
      ['ANSWER', 'Jože Sodja', 2],
      ['REPORT', 'Jože Sodja', 2],
    ]);
  });

  it('reads "Župan" as the chair who is mayor', () => {
    expect(found.mentions.find((m) => m.surface === 'Župan')?.base).toBe('Jože Sodja');
  });

  it('does not take a village after "v" for a person', () => {
    expect(found.mentions.filter((m) => m.kind === 'Person').map((m) => m.surface)).not.toContain('Stari Fužini');
  });

  it('reads a government directorate with its abbreviation and field', () => {
    const directorate = found.mentions.find((m) => m.kind === 'GovernmentBody');
    expect(directorate && at(text, directorate.span)).toBe('Direkcija RS za infrastrukturo');
  });

  it('reads a planned meeting with its date', () => {
    expect(found.events).toEqual([
      expect.objectContaining({ kind: 'MEETING', status: 'PLANNED', date: '2024-06-03', dateText: '3. junija 2024' }),
    ]);
  });
});
