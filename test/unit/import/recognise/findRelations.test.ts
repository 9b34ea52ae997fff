import { describe, expect, it } from 'vitest';
import { findRelations } from '../../../../src/import/recognise/findRelations.js';
import { minutesFixture, at } from './minutesFixture.js';

describe('findRelations: a city council approves a twinning by resolution', () => {
  const text = [
    'ZAPISNIK 12. redne seje Mestnega sveta Mestne občine Celje, ki je bila v torek, 7. 3. 2023, ob 16. uri.',
    '',
    '5. Predlog sklepa o pobratenju Mestne občine Celje z mestom Székesfehérvár',
    '',
    'Podžupan Marko Zidanšek je pojasnil, da je pobudo za pobratenje lani dala madžarska stran.',
    '',
    'Mestni svet Mestne občine Celje je z 22 glasovi ZA sprejel naslednji SKLEP:',
    'Mestni svet Mestne občine Celje soglaša s pobratenjem z mestom Székesfehérvár (Madžarska).',
  ].join('\n');
  const minutes = minutesFixture(text, {
    date: '2023-03-07',
    municipality: 'Mestna občina Celje',
    body: { kind: 'COUNCIL', name: 'Mestni svet Mestne občine Celje' },
    attendance: ['Marko Zidanšek – podžupan'],
    items: ['5. Predlog sklepa o pobratenju'],
    resolutions: [
      { quote: 'Mestni svet Mestne občine Celje soglaša s pobratenjem z mestom Székesfehérvár (Madžarska).', item: 1 },
    ],
  });
  const found = findRelations(text, minutes);
  const [twinning] = found.twinnings;

  it('finds one twinning with the partner the gazetteer does not know', () => {
    expect(found.twinnings).toHaveLength(1);
    expect(twinning?.kind).toBe('TWINNING');
    expect(twinning?.partner.base).toBe('Székesfehérvár');
    expect(twinning?.partner.kind).toBe('City');
    expect(at(text, twinning!.span)).toBe('5. Predlog sklepa o pobratenju Mestne občine Celje z mestom Székesfehérvár');
  });

  it('takes the home side and the bracketed country', () => {
    expect(twinning?.home?.base).toBe('Mestna občina Celje');
    expect(twinning?.country?.gazetteerId).toBe('country:hungary');
  });

  it('makes the council resolution an APPROVED step dated the session day', () => {
    const approved = twinning?.steps.find((s) => s.status === 'APPROVED');
    expect(approved).toMatchObject({ status: 'APPROVED', date: '2023-03-07', resolutionIndex: 0, certain: true });
    expect(at(text, approved!.span)).toBe(minutes.resolutions[0]?.text);
  });

  it('dates the proposal "lani" to the year before the session', () => {
    const proposed = twinning?.steps.find((s) => s.status === 'PROPOSED');
    expect(proposed).toMatchObject({ date: '2022', dateText: 'lani' });
  });

  it('reads the council as a supporter and the deputy mayor as the speaker', () => {
    expect(twinning?.actors).toContainEqual(
      expect.objectContaining({
        role: 'SUPPORTED',
        certain: true,
        actor: expect.objectContaining({
          surface: 'Mestni svet Mestne občine Celje',
          base: 'Mestni svet Mestne občine Celje',
        }),
      }),
    );
    expect(found.statements).toHaveLength(1);
    expect(found.statements[0]).toMatchObject({ kind: 'REPORT', itemNumber: 1, speaker: { base: 'Marko Zidanšek' } });
  });
});

describe('findRelations: a commission discusses a letter of intent with a Croatian city', () => {
  const text = [
    '3. Pismo o nameri o sodelovanju z mestom Pula',
    'Župan je predlagal, da Mestna občina Koper podpiše pismo o nameri o sodelovanju z mestom Pula na Hrvaškem.',
    'Komisija je sprejela SKLEP:',
    'Komisija za mednarodne odnose podpira podpis pisma o nameri z mestom Pula.',
  ].join('\n');
  const minutes = minutesFixture(text, {
    date: '2022-05-10',
    municipality: 'Mestna občina Koper',
    body: { kind: 'COMMISSION', name: 'Komisija za mednarodne odnose' },
    items: ['3. Pismo o nameri'],
    resolutions: [{ quote: 'Komisija za mednarodne odnose podpira podpis pisma o nameri z mestom Pula.', item: 1 }],
  });
  const found = findRelations(text, minutes);
  const [twinning] = found.twinnings;

  it('finds a PARTNERSHIP with Pula in Croatia', () => {
    expect(found.twinnings).toHaveLength(1);
    expect(twinning).toMatchObject({ kind: 'PARTNERSHIP', partner: { gazetteerId: 'city:pula' } });
    expect(twinning?.country?.gazetteerId).toBe('country:croatia');
  });

  it('reads the mayor as the one who proposed and the proposal as a step', () => {
    expect(twinning?.actors).toContainEqual(
      expect.objectContaining({
        role: 'PROPOSED',
        certain: true,
        actor: expect.objectContaining({ surface: 'Župan' }),
      }),
    );
    expect(twinning?.steps.map((s) => s.status)).toEqual(['PROPOSED', 'SUPPORTED']);
  });

  it("makes the commission's resolution a SUPPORTED step, not a signing, though it names the signature", () => {
    const supported = twinning?.steps.find((s) => s.resolutionIndex === 0);
    expect(supported).toMatchObject({ status: 'SUPPORTED', date: '2022-05-10', certain: true });
  });
});

describe('findRelations: a signing ceremony with an Austrian municipality', () => {
  const text =
    'Župan Anton Preksavec in županja Pliberka sta 15. maja 2023 v Pliberku slovesno podpisala listino o pobratenju z občino Pliberk v Avstriji. Podpisa so se udeležili tudi predstavniki Gospodarske zbornice Koroške.';
  const found = findRelations(text, minutesFixture(text, { date: '2023-06-01', municipality: 'Občina Dravograd' }));
  const [twinning] = found.twinnings;

  it('finds the twinning with the gazetteer city and its country', () => {
    expect(twinning).toMatchObject({ kind: 'TWINNING', partner: { gazetteerId: 'city:bleiburg' } });
    expect(twinning?.country?.gazetteerId).toBe('country:austria');
  });

  it('makes a SIGNED step with the written date', () => {
    expect(twinning?.steps).toHaveLength(1);
    expect(twinning?.steps[0]).toMatchObject({
      status: 'SIGNED',
      date: '2023-05-15',
      dateText: '15. maja 2023',
      certain: true,
    });
  });

  it('makes a HELD signing event about the twinning, with its date', () => {
    const signing = found.events.find((e) => e.kind === 'SIGNING');
    expect(signing).toMatchObject({ status: 'HELD', date: '2023-05-15', twinningIndex: 0 });
    expect(signing?.participants.map((p) => p.surface)).toContain('Anton Preksavec');
  });
});

describe("findRelations: a partnership brokered by an embassy on a chamber's initiative", () => {
  const text =
    'Na pobudo Gospodarske zbornice Slovenije je občina v sodelovanju z Veleposlaništvom Republike Slovenije v Pekingu sklenila sporazum o sodelovanju z mestom Chengdu.';
  const found = findRelations(
    text,
    minutesFixture(text, { date: '2019-10-02', municipality: 'Mestna občina Velenje' }),
  );
  const [twinning] = found.twinnings;

  it('finds a PARTNERSHIP with Chengdu', () => {
    expect(twinning).toMatchObject({ kind: 'PARTNERSHIP', partner: { gazetteerId: 'city:chengdu' } });
  });

  it('reads who initiated and who brokered it, with the clause that says so', () => {
    const initiated = twinning?.actors.find((a) => a.role === 'INITIATED');
    expect(initiated?.actor.base).toBe('Gospodarska zbornica Slovenije');
    expect(at(text, initiated!.span)).toBe(
      'Na pobudo Gospodarske zbornice Slovenije je občina v sodelovanju z Veleposlaništvom Republike Slovenije v Pekingu sklenila sporazum o sodelovanju z mestom Chengdu.',
    );
    const brokered = twinning?.actors.find((a) => a.role === 'BROKERED');
    expect(brokered).toMatchObject({
      certain: true,
      actor: { kind: 'Consulate', base: 'Veleposlaništvo Republike Slovenije v Pekingu' },
    });
  });
});

describe('findRelations: a friendship and an ended twinning in one session', () => {
  const text = [
    'Svetniki so podprli predlog, da z mestom Bihać v Bosni in Hercegovini podpišemo listino o prijateljstvu.',
    'Občinski svet je sprejel sklep o prekinitvi pobratenja z mestom Vitebsk (Belorusija).',
    'Zaradi vojne je bila lani sprejeta zamrznitev pobratenja z ruskim mestom Podolsk.',
  ].join('\n');
  const found = findRelations(text, minutesFixture(text, { date: '2024-02-20', municipality: 'Občina Trbovlje' }));

  it('finds three relations of the right kinds', () => {
    expect(found.twinnings.map((t) => [t.partner.base, t.kind])).toEqual([
      ['Bihać', 'FRIENDSHIP'],
      ['Vitebsk', 'TWINNING'],
      ['Podolsk', 'TWINNING'],
    ]);
  });

  it('reads support, ending and suspension as status steps', () => {
    expect(found.twinnings.map((t) => t.steps.map((s) => s.status))).toEqual([['SUPPORTED'], ['ENDED'], ['SUSPENDED']]);
    expect(found.twinnings[2]?.steps[0]).toMatchObject({ date: '2023', dateText: 'lani' });
  });

  it('takes the country from an adjective right before the partner', () => {
    expect(found.twinnings[2]?.country?.gazetteerId).toBe('country:russia');
    expect(found.twinnings[0]?.country?.gazetteerId).toBe('country:bosnia-and-herzegovina');
  });
});

describe('findRelations: visits and statements in a municipal council', () => {
  const text = [
    '4. Mednarodno sodelovanje',
    'Svetnica Ana Kos je vprašala, kdaj bo občino obiskala delegacija iz mesta Chengdu. Župan Janez Novak je odgovoril, da bo delegacija prišla 20. junija 2024.',
    'Dodal je, da je lani na obisku v Pekingu bil tudi podžupan.',
    '',
    'Svetnik Peter Zupan je predlagal okroglo mizo o sodelovanju s pobratenimi mesti.',
  ].join('\n');
  const minutes = minutesFixture(text, {
    date: '2024-05-14',
    municipality: 'Občina Žalec',
    body: { kind: 'COUNCIL', name: 'Občinski svet Občine Žalec' },
    attendance: ['Ana Kos – svetnica', 'Janez Novak – župan', 'Peter Zupan – svetnik'],
    items: ['4. Mednarodno sodelovanje'],
  });
  const found = findRelations(text, minutes);

  it('reads a question, an answer with its continuation, and a proposal, each with speaker and item', () => {
    expect(found.statements.map((s) => [s.kind, s.speaker.base, s.itemNumber])).toEqual([
      ['QUESTION', 'Ana Kos', 1],
      ['ANSWER', 'Janez Novak', 1],
      ['PROPOSAL', 'Peter Zupan', 1],
    ]);
    // "Dodal je" has no speaker of its own: it continues the mayor's answer.
    expect(at(text, found.statements[1]!.span)).toMatch(/^Janez Novak je odgovoril.*podžupan\.$/su);
  });

  it('reads a planned visit with its date and a held one with the previous year', () => {
    const visits = found.events.filter((e) => e.kind === 'VISIT');
    expect(visits.map((v) => [v.status, v.date])).toContainEqual(['PLANNED', '2024-06-20']);
    expect(visits.map((v) => [v.status, v.date, v.place?.gazetteerId])).toContainEqual([
      'HELD',
      '2023',
      'city:beijing',
    ]);
  });

  it('reads a proposed round table', () => {
    expect(found.events.find((e) => e.kind === 'ROUND_TABLE')?.status).toBe('PROPOSED');
  });
});
