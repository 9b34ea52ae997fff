import { describe, expect, it } from 'vitest';
import { findRelations } from '../../../../src/import/recognise/findRelations.js';
import { minutesFixture, at } from './minutesFixture.js';

describe('findRelations across the ways municipalities write', () => {
  it('finds every partner of a list of twin towns', () => {
    const text =
      'Župan je predstavil sodelovanje s pobratenimi mesti Ptuj, Celovec in Szeged ter z mestom Pécs, s katerim smo podpisali pismo o nameri.';
    const found = findRelations(
      text,
      minutesFixture(text, { date: '2023-01-10', municipality: 'Mestna občina Murska Sobota' }),
    );
    expect(found.twinnings.map((t) => t.partner.gazetteerId ?? t.partner.base)).toEqual(
      expect.arrayContaining(['city:ptuj', 'city:klagenfurt']),
    );
    expect(found.twinnings.map((t) => t.kind)).toEqual(['TWINNING', 'TWINNING', 'TWINNING', 'PARTNERSHIP']);
    const pecs = found.twinnings.find((t) => t.partner.gazetteerId === 'city:pecs');
    expect(pecs?.kind).toBe('PARTNERSHIP');
    // The signature is said of Pécs alone, the partner named nearest to it.
    expect(found.twinnings.filter((t) => t.steps.length > 0)).toEqual([pecs]);
    expect(found.events.find((e) => e.kind === 'SIGNING')?.twinningIndex).toBe(found.twinnings.indexOf(pecs!));
  });

  it('reads a council approval told in the discussion, with "Mestom" capitalised as in a charter', () => {
    const text =
      'Občinski svet Občine Piran je na 5. seji dne 12. 10. 2022 potrdil Listino o pobratenju med Občino Piran in Mestom Mostar.';
    const found = findRelations(text, minutesFixture(text, { date: '2022-11-15', municipality: 'Občina Piran' }));
    expect(found.twinnings).toHaveLength(1);
    const [twinning] = found.twinnings;
    expect(twinning?.home?.base).toBe('Občina Piran');
    expect(twinning?.steps).toEqual([
      expect.objectContaining({ status: 'APPROVED', date: '2022-10-12', dateText: '12. 10. 2022', certain: true }),
    ]);
  });

  it('links a visit of a delegation from a twin town to that twinning', () => {
    const text = [
      'Pobratenje z mestom Varaždin je bilo sklenjeno leta 2005.',
      'Podžupanja je poročala, da nas bo septembra obiskala delegacija iz pobratenega mesta Varaždin.',
    ].join('\n');
    const found = findRelations(text, minutesFixture(text, { date: '2024-06-04', municipality: 'Občina Ormož' }));
    expect(found.twinnings).toHaveLength(1);
    const visit = found.events.find((e) => e.kind === 'VISIT');
    expect(visit).toMatchObject({ status: 'PLANNED', date: '2024-09', dateText: 'septembra', twinningIndex: 0 });
  });

  it('does not count a question about a twinning as a step', () => {
    const text = 'Svetnik Jan Kos je vprašal, ali je župan že podpisal listino o pobratenju z mestom Zadar?';
    const found = findRelations(text, minutesFixture(text, { attendance: ['Jan Kos – svetnik'] }));
    expect(found.twinnings).toHaveLength(1);
    expect(found.twinnings[0]?.steps).toEqual([]);
    expect(found.statements[0]).toMatchObject({ kind: 'QUESTION', speaker: { base: 'Jan Kos' } });
  });

  it('does not make a future signing a SIGNED step, but a planned signing event', () => {
    const text = 'Listino o pobratenju z mestom Osijek bosta župana podpisala 25. junija 2024 v Osijeku.';
    const found = findRelations(
      text,
      minutesFixture(text, { date: '2024-05-20', municipality: 'Mestna občina Ljubljana' }),
    );
    expect(found.twinnings[0]?.steps.map((s) => s.status)).not.toContain('SIGNED');
    expect(found.events.find((e) => e.kind === 'SIGNING')).toMatchObject({
      status: 'PLANNED',
      date: '2024-06-25',
      twinningIndex: 0,
    });
  });

  it('does not take a negated support for a step', () => {
    const text = 'Odbor za gospodarstvo ne podpira pobratenja z mestom Sankt Peterburg.';
    const found = findRelations(text, minutesFixture(text, { date: '2022-03-15' }));
    expect(found.twinnings[0]?.steps).toEqual([]);
  });

  it('marks a step read from a sentence that only refers back to the twinning as uncertain', () => {
    const text = [
      '4. Pobratenje z mestom Trogir',
      'Župan je pojasnil, da je pobudo za ta korak dal Zavod za turizem Trogir.',
    ].join('\n');
    const minutes = minutesFixture(text, { date: '2023-04-04', items: ['4. Pobratenje z mestom Trogir'] });
    const found = findRelations(text, minutes);
    const [twinning] = found.twinnings;
    expect(twinning?.steps).toEqual([
      expect.objectContaining({
        status: 'PROPOSED',
        certain: false,
        reason: 'the partner is named in an earlier sentence',
      }),
    ]);
    const initiated = twinning?.actors.find((a) => a.role === 'INITIATED');
    expect(initiated && at(text, initiated.actor.span)).toMatch(/^Zavod za turizem/u);
  });
});
