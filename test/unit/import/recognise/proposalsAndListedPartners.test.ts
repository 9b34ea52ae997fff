import { describe, expect, it } from 'vitest';
import { findRelations } from '../../../../src/import/recognise/findRelations.js';
import type { FixtureOptions } from './minutesFixture.js';
import { minutesFixture, at } from './minutesFixture.js';
import type { RelationsFound, TwinningFound } from '../../../../src/import/recognise/relationsFound.js';

function relations(text: string, options: FixtureOptions = {}): RelationsFound {
  return findRelations(
    text,
    minutesFixture(text, { date: '2025-06-10', municipality: 'Občina Ajdovščina', ...options }),
  );
}

function statuses(twinning: TwinningFound | undefined): string[] {
  return (twinning?.steps ?? []).map((s) => s.status);
}

describe('a signing that is only planned or conditional is no step', () => {
  it.each([
    'Župan je pojasnil, da bi listino o pobratenju z mestom Karlovac župana podpisala junija 2025 v Karlovcu.',
    'Listino o pobratenju z mestom Karlovac naj bi podpisali ob občinskem prazniku.',
    'Podpis listine o pobratenju z mestom Karlovac je predviden za jesen 2025.',
    'Za podpis listine o pobratenju z mestom Karlovac je potreben sklep občinskega sveta.',
  ])('reads no SIGNED or APPROVED step in "%s"', (text) => {
    const [twinning] = relations(text).twinnings;
    expect(twinning?.partner.gazetteerId).toBe('city:karlovac');
    expect(statuses(twinning)).not.toContain('SIGNED');
    expect(statuses(twinning)).not.toContain('APPROVED');
  });

  it('reads a proposal to renew a twinning as PROPOSED, not as a renewal signed', () => {
    const text =
      'Župan mesta Varaždin je v dopisu predlagal, da obe mesti obnovita listino o pobratenju in jo razširita na šport.';
    expect(statuses(relations(text).twinnings[0])).toEqual(['PROPOSED']);
  });

  it('reads "pobratena od leta 1991" as a signing dated that year', () => {
    const text = 'Podžupanja je spomnila, da sta Ajdovščina in Karlovac pobratena od leta 1991.';
    const [twinning] = relations(text).twinnings;
    expect(twinning?.steps).toEqual([expect.objectContaining({ status: 'SIGNED', date: '1991', certain: true })]);
  });
});

describe("a committee's resolution about a partnership supports it", () => {
  it('reads "podpira … in predlaga občinskemu svetu, da ga potrdi" as SUPPORTED, not APPROVED', () => {
    const text =
      'SKLEP 4/2: Odbor za gospodarstvo podpira sklenitev sporazuma o partnerstvu med Občino Ajdovščina in mestom Karlovac (Hrvaška) in predlaga občinskemu svetu, da ga potrdi.';
    const found = relations(text, {
      body: { kind: 'COMMITTEE', name: 'Odbor za gospodarstvo' },
      resolutions: [{ quote: text }],
    });
    expect(found.twinnings[0]?.steps).toEqual([
      expect.objectContaining({ status: 'SUPPORTED', resolutionIndex: 0, date: '2025-06-10' }),
    ]);
  });

  it('reads a mayor\'s college that "podpira" a friendship as SUPPORTED though the resolution names the council', () => {
    const text =
      'SKLEP 3: Kolegij župana podpira sklenitev listine o prijateljstvu z občino Poreč (Hrvaška). Oddelek pripravi gradivo za junijsko sejo občinskega sveta.';
    const found = relations(text, { resolutions: [{ quote: text }] });
    expect(statuses(found.twinnings[0])).toEqual(['SUPPORTED']);
  });

  it('reads a commission that "soglaša z" a partnership as SUPPORTED', () => {
    const text = 'Komisija za mednarodno sodelovanje soglaša s partnerstvom z mestom Tuzla (Bosna in Hercegovina).';
    const found = relations(text, { resolutions: [{ quote: text }] });
    expect(statuses(found.twinnings[0])).toEqual(['SUPPORTED']);
  });

  it('still reads the council itself approving', () => {
    const text = 'Občinski svet Občine Ajdovščina soglaša s pobratenjem z mestom Tuzla (Bosna in Hercegovina).';
    const found = relations(text, { resolutions: [{ quote: text }] });
    expect(statuses(found.twinnings[0])).toEqual(['APPROVED']);
  });

  it('takes no step from a resolution that only takes note', () => {
    const text = 'Komisija se seznani s poročilom o sodelovanju s pobratenim mestom Tuzla.';
    const found = relations(text, { resolutions: [{ quote: text }] });
    expect(statuses(found.twinnings[0])).toEqual([]);
  });
});

describe('a proposal to end a twinning is not its end', () => {
  it.each([
    'Komisija predlaga prekinitev pobratenja z mestom Omsk (Rusija).',
    'Pobudo za prekinitev pobratenja z mestom Omsk je dala svetniška skupina SD.',
    'Predlog za prekinitev pobratenja med Občino Ajdovščina in mestom Omsk',
  ])('reads no ENDED step in "%s"', (text) => {
    const [twinning] = relations(text).twinnings;
    expect(twinning?.partner.gazetteerId).toBe('city:omsk');
    expect(statuses(twinning)).not.toContain('ENDED');
    expect(statuses(twinning)).not.toContain('PROPOSED');
  });

  it('reads a commission proposing that the council end it as no step at all', () => {
    const text =
      'SKLEP 5: Komisija za mednarodne odnose predlaga Občinskemu svetu Občine Ajdovščina, da pobratenje z mestom Omsk (Rusija) prekine.';
    const found = relations(text, { resolutions: [{ quote: text }] });
    expect(statuses(found.twinnings[0])).toEqual([]);
  });

  it('still reads the council ending it', () => {
    const text = 'Občinski svet Občine Ajdovščina prekine pobratenje z mestom Omsk (Rusija).';
    const found = relations(text, { resolutions: [{ quote: text }] });
    expect(statuses(found.twinnings[0])).toEqual(['ENDED']);
  });
});

describe('a suspension told without the word for twinning', () => {
  it('reads "sodelovanje z mestom X zamrznil" as SUSPENDED with its year, for a twinning named before', () => {
    const text = [
      'Listina o pobratenju z mestom Omsk je bila podpisana leta 2008.',
      'Občinski svet je leta 2022 vse sodelovanje z mestom Omsk zamrznil.',
    ].join(' ');
    const [twinning] = relations(text).twinnings;
    expect(twinning?.steps.map((s) => [s.status, s.date])).toEqual([
      ['SIGNED', '2008'],
      ['SUSPENDED', '2022'],
    ]);
    expect(at(text, twinning!.steps[1]!.span)).toBe(
      'Občinski svet je leta 2022 vse sodelovanje z mestom Omsk zamrznil.',
    );
  });

  it('reads "začasno prekinil sodelovanje" as SUSPENDED, not ENDED', () => {
    const text = [
      'Pobratenje z mestom Omsk traja od leta 2008.',
      'Župan je marca 2022 sodelovanje z mestom Omsk začasno prekinil.',
    ].join(' ');
    expect(relations(text).twinnings[0]?.steps.map((s) => [s.status, s.date])).toEqual([['SUSPENDED', '2022-03']]);
  });

  it('does not link a city with no twinning named before', () => {
    const text = 'Sodelovanje z mestom Omsk je občina leta 2022 zamrznila.';
    expect(relations(text).twinnings).toEqual([]);
  });
});

describe('a list of partners', () => {
  it('gives no step to the last city of a list from a later sentence about them all', () => {
    const text = [
      '3. Sodelovanje s pobratenimi mesti',
      'Vodja kabineta je predstavila program s pobratenimi mesti Varaždin, Karlovac in Tuzla za leto 2025.',
      'Komisija podpira program sodelovanja s pobratenimi mesti.',
    ].join('\n');
    const found = relations(text, {
      items: ['3. Sodelovanje s pobratenimi mesti'],
      resolutions: [{ quote: 'Komisija podpira program sodelovanja s pobratenimi mesti.', item: 1 }],
    });
    expect(found.twinnings.map((t) => t.partner.gazetteerId)).toEqual(['city:varazdin', 'city:karlovac', 'city:tuzla']);
    expect(found.twinnings.map((t) => t.steps.length)).toEqual([0, 0, 0]);
  });
});

describe('the partner city taking the initiative', () => {
  function initiators(found: RelationsFound, text: string): string[] {
    return (found.twinnings[0]?.actors ?? []).filter((a) => a.role === 'INITIATED').map((a) => at(text, a.actor.span));
  }

  it('reads "mesto X je predlagalo obnovitev" as the partner initiating and the proposal as a step', () => {
    const text = 'Mesto Varaždin je predlagalo obnovitev listine o pobratenju ob 30. obletnici.';
    const found = relations(text);
    expect(initiators(found, text)).toEqual(['Varaždin']);
    expect(statuses(found.twinnings[0])).toEqual(['PROPOSED']);
  });

  it("reads the partner's mayor proposing as the partner's initiative, not the speaker's", () => {
    const text =
      'Svetovalka Petra Lozej je predstavila dopis župana Občine Poreč, v katerem predlaga, da občini podpišeta listino o prijateljstvu.';
    const found = relations(text, { attendance: ['Petra Lozej – svetovalka'] });
    expect(initiators(found, text)).toEqual(['Poreč']);
    expect(found.twinnings[0]?.actors.filter((a) => a.role === 'PROPOSED')).toEqual([]);
  });

  it('reads a heading "Pobuda Občine X za podpis …" as the initiative and a proposal, not a signing', () => {
    const text = 'Ad 3) Pobuda Občine Poreč (Comune di Parenzo) za podpis listine o prijateljstvu';
    const found = relations(text);
    expect(found.twinnings[0]?.partner.surface).toBe('Poreč');
    expect(initiators(found, text)).toEqual(['Poreč']);
    expect(statuses(found.twinnings[0])).toEqual(['PROPOSED']);
  });

  it('does not take a partner joined by "in" before another body\'s verb as the proposer', () => {
    const text =
      'Odbor podpira sporazum o partnerstvu med Občino Ajdovščina in Občino Poreč (Hrvaška) in predlaga svetu, da ga potrdi.';
    expect(initiators(relations(text), text)).toEqual([]);
  });
});

describe('a supporter of the initiative named after the verb', () => {
  const text = [
    '2. Pobuda mesta Poreč za listino o prijateljstvu',
    'Svetovalka je predstavila pobudo mesta Poreč za listino o prijateljstvu.',
    'Pobudo podpira tudi Zveza slovenskih društev Piran.',
  ].join('\n');
  const found = relations(text, { municipality: 'Občina Piran', items: ['2. Pobuda mesta Poreč'] });

  it('reads the organisation after "Pobudo podpira tudi" as a supporter, its genitive name whole', () => {
    expect(found.twinnings[0]?.actors).toContainEqual(
      expect.objectContaining({
        role: 'SUPPORTED',
        certain: true,
        actor: expect.objectContaining({ surface: 'Zveza slovenskih društev Piran' }),
      }),
    );
  });

  it('links the sentence back to the friendship as a SUPPORTED step for review', () => {
    expect(found.twinnings[0]?.steps).toContainEqual(
      expect.objectContaining({
        status: 'SUPPORTED',
        certain: false,
        reason: 'the partner is named in an earlier sentence',
      }),
    );
  });

  it('does not link a sentence about some other initiative outside the item', () => {
    const other = [
      '2. Pobuda mesta Poreč za listino o prijateljstvu',
      'Svetovalka je predstavila pobudo mesta Poreč za listino o prijateljstvu.',
      '3. Razno',
      'Pobudo podpira tudi Zveza slovenskih društev Piran.',
    ].join('\n');
    const result = relations(other, { municipality: 'Občina Piran', items: ['2. Pobuda mesta Poreč', '3. Razno'] });
    expect(result.twinnings[0]?.actors.map((a) => a.actor.surface)).not.toContain('Zveza slovenskih društev Piran');
  });
});
