import { describe, expect, it } from 'vitest';
import { findRelations } from '../../../../src/import/recognise/findRelations.js';
import type { RelationsFound } from '../../../../src/import/recognise/relationsFound.js';
import { minutesFixture, at } from './minutesFixture.js';

function relations(text: string): RelationsFound {
  return findRelations(text, minutesFixture(text, { date: '2024-06-05', municipality: 'Občina Kamnik' }));
}

function roles(text: string): [string, string, boolean][] {
  return (relations(text).twinnings[0]?.actors ?? []).map((a) => [a.role, at(text, a.actor.span), a.certain]);
}

describe('who brokered or initiated a twinning, named after a preposition or a verb', () => {
  it('reads "s posredovanjem X" as X brokering it', () => {
    const text = 'Pobratenje z mestom Nagano je nastalo s posredovanjem Veleposlaništva Japonske v Ljubljani.';
    expect(roles(text)).toEqual([['BROKERED', 'Veleposlaništva Japonske v Ljubljani', true]]);
  });

  it('reads "ob pomoči X" as X brokering it, an association (združenje) included', () => {
    const text = 'Pobratenje z mestom Umag je bilo pripravljeno ob pomoči Turističnega združenja Kamnik.';
    expect(roles(text)).toEqual([['BROKERED', 'Turističnega združenja Kamnik', true]]);
  });

  it('reads "je posredovalo X" with the broker after the verb', () => {
    const text = 'Pogovore o pobratenju z mestom Nagano je posredovalo Veleposlaništvo Japonske v Ljubljani.';
    expect(roles(text)).toEqual([['BROKERED', 'Veleposlaništvo Japonske v Ljubljani', true]]);
  });

  it('reads "predlog je prišel z japonske strani" as the partner initiating it', () => {
    const text = 'Predlog za pobratenje z mestom Nagano je prišel z japonske strani (mesto Nagano).';
    expect(roles(text).map(([role, actor]) => [role, actor])).toEqual([['INITIATED', 'Nagano']]);
  });

  it('reads the partner as initiator when its mayor proposed it, with adverbs between', () => {
    const text =
      'Županja mesta Trogir Ana Perić je marca s pismom uradno predlagala, da Kamnik in Trogir skleneta listino o pobratenju.';
    expect(roles(text)).toEqual([['INITIATED', 'Trogir', true]]);
  });
});

describe('a councillor who supports a twinning', () => {
  it('takes no SUPPORTED step and is only an uncertain supporter', () => {
    const text = 'Svetnica Mojca Kos je povedala, da predlog za pobratenje z mestom Trogir podpira.';
    const [twinning] = relations(text).twinnings;
    expect(twinning?.steps.map((s) => s.status)).not.toContain('SUPPORTED');
    expect(roles(text)).toEqual([['SUPPORTED', 'Mojca Kos', false]]);
  });

  it('still lets an organisation named as the supporter give a SUPPORTED step', () => {
    const text = 'Turistično društvo Kamnik pobratenje z mestom Trogir podpira.';
    const [twinning] = relations(text).twinnings;
    expect(twinning?.steps.map((s) => s.status)).toContain('SUPPORTED');
  });
});

describe('a planned signing with a date', () => {
  for (const [name, text] of [
    ['on one line', 'Podpis listine o pobratenju z mestom Trogir je predviden 14. septembra 2024 v Kamniku.'],
    ['wrapped by a PDF', 'Podpis listine o pobratenju z mestom Trogir je\npredviden 14. septembra\n2024 v Kamniku.'],
    [
      'wrapped after the day',
      'O pobratenju z mestom Trogir je poročal župan. Listino naj bi župana podpisala 14.\nseptembra 2024 v Kamniku.',
    ],
  ] as const) {
    it(`is a planned SIGNING event and no SIGNED step (${name})`, () => {
      const found = relations(text);
      expect(found.events.map((e) => [e.kind, e.status, e.date])).toEqual([['SIGNING', 'PLANNED', '2024-09-14']]);
      expect(found.twinnings[0]?.steps.map((s) => s.status)).not.toContain('SIGNED');
    });
  }
});

describe('a sentence that refers back to the twinning just named', () => {
  function about(text: string): [string, string, boolean][] {
    const minutes = minutesFixture(text, {
      date: '2024-06-05',
      municipality: 'Občina Kamnik',
      items: [text.split('\n')[0] ?? ''],
    });
    return (findRelations(text, minutes).twinnings[0]?.actors ?? []).map((a) => [
      a.role,
      at(text, a.actor.span),
      a.certain,
    ]);
  }

  it('reads "…, da društvo pobudo podpira" as the society supporting it', () => {
    const text =
      'Ad 3) Pobratenje z mestom Trogir\nŽupan je predstavil pobudo mesta Trogir za pobratenje. Jana Novak je dodala, da Turistično združenje Kamnik pobudo podpira.';
    expect(about(text)).toContainEqual(['SUPPORTED', 'Turistično združenje Kamnik', true]);
  });

  it('reads "Srečanje je posredovalo X" as X brokering it', () => {
    const text =
      'Ad 3) Pismo o nameri z mestom Nagano\nŽupan je poročal, da je pismo o nameri z mestom Nagano pripravljeno. Delegacija mesta Nagano je maja obiskala Kamnik. Srečanje je posredovalo Veleposlaništvo Japonske v Ljubljani.';
    expect(about(text)).toEqual([['BROKERED', 'Veleposlaništvo Japonske v Ljubljani', true]]);
  });

  it('does not link a "pobudo podpira" in another agenda item', () => {
    const text =
      'Ad 3) Pobratenje z mestom Trogir\nŽupan je predstavil pobudo mesta Trogir za pobratenje.\nAd 4) Ureditev parkirišča\nJana Novak je dodala, da Turistično društvo Kamnik pobudo podpira.';
    const minutes = minutesFixture(text, {
      date: '2024-06-05',
      municipality: 'Občina Kamnik',
      items: ['Ad 3) Pobratenje z mestom Trogir', 'Ad 4) Ureditev parkirišča'],
    });
    const actors = findRelations(text, minutes).twinnings[0]?.actors ?? [];
    expect(actors.map((a) => at(text, a.actor.span))).not.toContain('Turistično društvo Kamnik');
  });
});
