import { describe, expect, it } from 'vitest';
import { findRelations } from '../../../../src/import/recognise/findRelations.js';
import type { RelationsFound, TwinningFound } from '../../../../src/import/recognise/relationsFound.js';
import { minutesFixture, at } from './minutesFixture.js';

function relations(text: string, municipality = 'Mestna občina Ptuj'): RelationsFound {
  return findRelations(text, minutesFixture(text, { date: '2023-10-16', municipality }));
}

function initiators(twinning: TwinningFound | undefined, text: string): string[] {
  return (twinning?.actors ?? []).filter((a) => a.role === 'INITIATED').map((a) => at(text, a.actor.span));
}

describe('who took the initiative for a twinning', () => {
  it('reads the partner city that "gave the initiative" as its initiator', () => {
    const text =
      'Obrazložitev je podala vodja Kabineta županje Metka Petrovič. Pojasnila je, da je pobudo za pobratenje dalo mesto Varaždin z dopisom župana mesta Varaždin, po dveh letih uspešnega sodelovanja.';
    const found = relations(text);
    expect(found.twinnings).toHaveLength(1);
    const [twinning] = found.twinnings;
    expect(twinning?.partner.gazetteerId).toBe('city:varazdin');
    expect(twinning?.actors).toContainEqual(
      expect.objectContaining({
        role: 'INITIATED',
        certain: true,
        actor: expect.objectContaining({ kind: 'City', gazetteerId: 'city:varazdin' }),
      }),
    );
    expect(initiators(twinning, text)).toEqual(['Varaždin']);
  });

  it('reads "pobuda je prišla od mesta X" and "s strani Občine Y"', () => {
    const fromCity = 'Pobuda za pobratenje z mestom Osijek je prišla od mesta Osijek, ki je poslalo pismo županu.';
    expect(initiators(relations(fromCity).twinnings[0], fromCity)).toEqual(['Osijek']);
    const fromSide =
      'Pobuda za partnerstvo s poljskim mestom Nowy Sącz je prišla s strani Občine Bohinj, kjer že sodelujejo.';
    expect(initiators(relations(fromSide).twinnings[0], fromSide)).toEqual(['Občine Bohinj']);
  });

  it('reads "na pobudo mesta X" with a partner the gazetteer does not know', () => {
    const text = 'Pobratenje z mestom Székesfehérvár je bilo predlagano na pobudo mesta Székesfehérvár.';
    const [twinning] = relations(text, 'Mestna občina Celje').twinnings;
    expect(twinning?.partner.base).toBe('Székesfehérvár');
    expect(initiators(twinning, text)).toEqual(['Székesfehérvár']);
  });

  it('reads the town inside "na pobudo občine Pliberk", not the municipality phrase around it', () => {
    const text = 'Na pobudo občine Pliberk se je leta 2019 pobratenje obnovilo.';
    const [twinning] = relations(text, 'Občina Prevalje').twinnings;
    expect(twinning?.partner.gazetteerId).toBe('city:bleiburg');
    expect(twinning?.actors.map((a) => [a.role, a.actor.kind, at(text, a.actor.span)])).toEqual([
      ['INITIATED', 'City', 'Pliberk'],
    ]);
  });

  it('reads "pobudnik … je bil X" with the initiator after the verb', () => {
    const text = 'Pobudnik pobratenja z mestom Pula je bil Zavod za turizem Bohinj.';
    const [twinning] = relations(text, 'Občina Bohinj').twinnings;
    expect(twinning?.actors).toEqual([
      expect.objectContaining({
        role: 'INITIATED',
        certain: true,
        actor: expect.objectContaining({ kind: 'Organization' }),
      }),
    ]);
    expect(initiators(twinning, text)).toEqual(['Zavod za turizem Bohinj']);
  });

  it('still reads the initiator before "je bil pobudnik"', () => {
    const text = 'Zavod za turizem Bohinj je bil pobudnik pobratenja z mestom Pula.';
    expect(initiators(relations(text, 'Občina Bohinj').twinnings[0], text)).toEqual(['Zavod za turizem Bohinj']);
  });
});

describe('initiators named in other ways', () => {
  it('reads a town after a description ("na pobudo partnerskega mesta Varaždin")', () => {
    const text = 'Na pobudo partnerskega mesta Varaždin je bilo pobratenje obnovljeno leta 2015.';
    expect(initiators(relations(text).twinnings[0], text)).toEqual(['Varaždin']);
  });

  it('reads "madžarska stran" as the partner, for review', () => {
    const text = 'Podžupan je pojasnil, da je pobudo za pobratenje z mestom Szeged lani dala madžarska stran.';
    const [twinning] = relations(text, 'Mestna občina Celje').twinnings;
    expect(twinning?.actors).toEqual([
      expect.objectContaining({
        role: 'INITIATED',
        certain: false,
        reason: 'the text names the partner\'s side by its country ("madžarska stran")',
        actor: expect.objectContaining({ gazetteerId: 'city:szeged' }),
      }),
    ]);
  });

  it('does not read "slovenska stran" or another country\'s side as the partner', () => {
    for (const text of [
      'Pojasnil je, da je pobudo za pobratenje z mestom Szeged dala slovenska stran.',
      'Pojasnil je, da je pobudo za pobratenje z mestom Szeged dala hrvaška stran.',
    ])
      expect(relations(text, 'Mestna občina Celje').twinnings[0]?.actors ?? [], text).toEqual([]);
  });

  it('reads "prejela pobudo … od občine X iz Hrvaške" with the town as initiator and its country', () => {
    const text =
      'Župan je seznanil svetnike, da je Občina Ormož prejela pobudo za pobratenje od občine Ludbreg iz Hrvaške.';
    const [twinning] = relations(text, 'Občina Ormož').twinnings;
    expect(twinning).toMatchObject({
      partner: { kind: 'City', base: 'Ludbreg' },
      country: { gazetteerId: 'country:croatia' },
    });
    expect(initiators(twinning, text)).toEqual(['Ludbreg']);
  });

  it('reads a proposer after the verb when none stands before it, for review', () => {
    const text = 'Pobratenje z mestom Pula je predlagala Turistična zveza Istre.';
    const [twinning] = relations(text, 'Občina Izola').twinnings;
    expect(twinning?.actors.map((a) => [a.role, at(text, a.actor.span), a.certain])).toEqual([
      ['PROPOSED', 'Turistična zveza Istre', false],
    ]);
  });
});

describe('a signing told in the conditional or the future', () => {
  it('does not make "bi bila podpisana" a SIGNED step, but a planned signing', () => {
    const text = [
      'Pojasnila je, da je pobudo za pobratenje dalo mesto Varaždin.',
      'Listina o pobratenju bi bila podpisana ob prazniku Mestne občine Ptuj.',
    ].join(' ');
    const found = relations(text);
    expect(found.twinnings[0]?.steps.map((s) => s.status)).toEqual(['PROPOSED']);
    expect(found.events).toEqual([expect.objectContaining({ kind: 'SIGNING', status: 'PLANNED', twinningIndex: 0 })]);
  });

  it('does not make "naj bi", "bi podpisali", "bo podpisana" or "je načrtovan" a SIGNED step', () => {
    for (const text of [
      'Župan je povedal, da naj bi listino o pobratenju z mestom Osijek podpisali maja.',
      'Župana bi listino o pobratenju z mestom Osijek podpisala ob prazniku občine.',
      'Listina o prijateljstvu z madžarskim mestom Hódmezővásárhely bo podpisana 5. junija.',
      'Podpis listine o pobratenju z mestom Osijek je načrtovan ob prazniku občine.',
    ]) {
      const found = relations(text, 'Občina Ormož');
      expect(found.twinnings, text).toHaveLength(1);
      expect(
        found.twinnings[0]?.steps.map((s) => s.status),
        text,
      ).not.toContain('SIGNED');
      expect(found.events.find((e) => e.kind === 'SIGNING')?.status, text).toBe('PLANNED');
    }
  });

  it('keeps a conditional elsewhere in the sentence from hiding a signing that happened', () => {
    const text =
      'Župan je listino o pobratenju z mestom Osijek podpisal 12. maja 2023 v Osijeku, kjer so se pogovarjali tudi o tem, katera šola bi sodelovala v izmenjavi.';
    const found = relations(text, 'Občina Ormož');
    expect(found.twinnings[0]?.steps).toEqual([
      expect.objectContaining({ status: 'SIGNED', date: '2023-05-12', certain: true }),
    ]);
    expect(found.events.find((e) => e.kind === 'SIGNING')?.status).toBe('HELD');
  });

  it('places a signing where the text says "v …", never at the partner', () => {
    const text =
      'Župan je poročal, da je bila 3. 5. 2023 v Zagrebu podpisana listina o prijateljstvu z mestom Samobor.';
    const found = relations(text, 'Občina Ormož');
    expect(found.twinnings[0]?.partner.gazetteerId).toBe('city:samobor');
    expect(found.events).toEqual([
      expect.objectContaining({
        kind: 'SIGNING',
        status: 'HELD',
        date: '2023-05-03',
        place: expect.objectContaining({ gazetteerId: 'city:zagreb' }),
      }),
    ]);
    const withoutPlace = 'Občina se je 3. 5. 2023 pobratila s hrvaškim mestom Samobor.';
    const signing = relations(withoutPlace, 'Občina Ormož').events[0];
    expect(signing).toMatchObject({ kind: 'SIGNING', status: 'HELD' });
    expect(signing?.place).toBeUndefined();
  });

  it('makes a signing not yet done or put off a planned one, with no SIGNED step', () => {
    for (const text of [
      'Listina o pobratenju z mestom Osijek še ni bila podpisana.',
      'Listina o pobratenju z mestom Osijek še vedno ni podpisana.',
      'Podpis listine o pobratenju z mestom Osijek se je zamaknil na naslednje leto.',
    ]) {
      const found = relations(text, 'Občina Ormož');
      expect(found.twinnings[0]?.steps, text).toEqual([]);
      expect(
        found.events.map((e) => [e.kind, e.status]),
        text,
      ).toEqual([['SIGNING', 'PLANNED']]);
    }
  });

  it('reads a council approval told in the passive ("je bilo potrjeno na seji občinskega sveta")', () => {
    const text = 'Pobratenje z mestom Osijek je bilo potrjeno na 5. seji občinskega sveta 12. 4. 2022.';
    expect(relations(text, 'Občina Ormož').twinnings[0]?.steps).toEqual([
      expect.objectContaining({ status: 'APPROVED', date: '2022-04-12' }),
    ]);
    const conditional = 'Če bi občinski svet potrdil pobratenje z mestom Osijek, bi listino podpisali maja.';
    expect(relations(conditional, 'Občina Ormož').twinnings[0]?.steps).toEqual([]);
  });

  it("makes the mayor's authorisation to sign a planned signing", () => {
    const text =
      'Mestni svet Mestne občine Ptuj potrdi pobratenje Mestne občine Ptuj z mestom Varaždin in pooblasti županjo za podpis listine o pobratenju.';
    const found = relations(text);
    expect(found.events.find((e) => e.kind === 'SIGNING')?.status).toBe('PLANNED');
  });

  it('reads "je bilo sklenjeno" as a signing, but not "sklenjeno je bilo, da"', () => {
    const concluded = 'Pobratenje z mestom Nowy Sącz (Poljska) je bilo sklenjeno leta 2004.';
    expect(relations(concluded, 'Občina Bohinj').twinnings[0]?.steps).toEqual([
      expect.objectContaining({ status: 'SIGNED', date: '2004' }),
    ]);
    const decided = 'Na sestanku s predstavniki mesta Osijek je bilo sklenjeno, da se o pobratenju odloči jeseni.';
    expect(relations(decided, 'Občina Ormož').twinnings[0]?.steps.map((s) => s.status) ?? []).not.toContain('SIGNED');
  });
});

describe('partners the gazetteer does not know', () => {
  it.each([
    ['z mestom Székesfehérvár', 'Svet soglaša s pobratenjem z mestom Székesfehérvár.', 'Székesfehérvár', undefined],
    [
      's poljskim mestom Nowy Sącz',
      'Komisija podpira partnerstvo s poljskim mestom Nowy Sącz.',
      'Nowy Sącz',
      'country:poland',
    ],
    [
      's hrvaško občino Vrsar',
      'Župan je predstavil pobudo za pobratenje s hrvaško občino Vrsar.',
      'Vrsar',
      'country:croatia',
    ],
    [
      'z občino Nagyatád na Madžarskem',
      'Župan je predstavil pobudo za pobratenje z občino Nagyatád na Madžarskem.',
      'Nagyatád',
      'country:hungary',
    ],
    [
      'z občino Sveti Križ Začretje (a name opening with "Sveti")',
      'Podpis listine o pobratenju z občino Sveti Križ Začretje bo potekal 20. maja 2023.',
      'Sveti Križ Začretje',
      undefined,
    ],
    ['z Novim Kneževcem', 'Odbor podpira pobratenje z Novim Kneževcem.', 'Novi Kneževec', undefined],
    ['z Veliko Plano', 'Odbor podpira partnerstvo z Veliko Plano v Srbiji.', 'Velika Plana', 'country:serbia'],
  ])('takes the partner %s as a City with its nominative and the country beside it', (_, text, base, country) => {
    const found = relations(text, 'Občina Izola');
    expect(found.twinnings).toHaveLength(1);
    const [twinning] = found.twinnings;
    expect(twinning?.partner).toMatchObject({ kind: 'City', base });
    expect(twinning?.partner.gazetteerId).toBeUndefined();
    expect(twinning?.country?.gazetteerId).toBe(country);
    // The municipality phrase around a foreign partner is not listed as another actor.
    expect(twinning?.actors.filter((a) => a.actor.kind === 'Municipality')).toEqual([]);
  });

  it('finds a partner written in an inflected foreign form ("v Chengduju", "s Chengdujem")', () => {
    const text = 'Delegacija je bila v Chengduju, kjer so podpisali sporazum o sodelovanju s Chengdujem.';
    const found = relations(text, 'Mestna občina Kranj');
    expect(found.twinnings.map((t) => [t.kind, t.partner.gazetteerId])).toEqual([['PARTNERSHIP', 'city:chengdu']]);
    expect(found.events.find((e) => e.kind === 'VISIT')?.place?.gazetteerId).toBe('city:chengdu');
  });
});
