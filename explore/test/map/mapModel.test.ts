import { describe, expect, it } from 'vitest';
import { worldProjection } from '../../src/map/mapGeometry';
import { buildMapModel, cityLabel, englishBeside } from '../../src/map/mapModel';
import type { MapData } from '../../src/map/mapQuery';
import { STATUS_COLOURS } from '../../src/map/statusColours';

const projection = worldProjection();

const KRANJ_DATA: MapData = {
  municipalities: [
    {
      id: 'org:mestna-obcina-kranj',
      name: 'Mestna občina Kranj',
      nameEn: 'City Municipality of Kranj',
      governs: [{ id: 'city:kranj', name: 'Kranj', nameEn: 'Kranj', lat: 46.23887, lng: 14.35561 }],
    },
  ],
  twinnings: [
    {
      id: 'twinning:kranj-yekaterinburg',
      kind: 'TWINNING',
      name: 'Pobratenje Kranj – Jekaterinburg',
      status: 'SUPPORTED',
      statusDate: '2021-12-14',
      partners: [
        {
          id: 'city:yekaterinburg',
          name: 'Jekaterinburg',
          nameEn: 'Yekaterinburg',
          lat: 56.8519,
          lng: 60.6122,
          country: { id: 'country:russia', name: 'Rusija', nameEn: 'Russia', isoCode: 'RU' },
        },
      ],
    },
    {
      id: 'twinning:kranj-zhangjiakou',
      kind: 'PARTNERSHIP',
      name: 'Partnerstvo Kranj – Zhangjiakou',
      status: 'SIGNED',
      statusDate: '2021-12-13',
      partners: [{ id: 'city:zhangjiakou', name: 'Zhangjiakou', nameEn: 'Zhangjiakou', lat: 40.81, lng: 114.87944 }],
    },
    {
      id: 'twinning:kranj-atlantis',
      kind: 'FRIENDSHIP',
      name: 'Prijateljstvo Kranj – Atlantida',
      status: null,
      partners: [{ id: 'city:atlantis', name: 'Atlantida', nameEn: 'Atlantis', lat: null, lng: null }],
    },
    {
      id: 'twinning:kranj-yekaterinburg-2',
      kind: 'FRIENDSHIP',
      name: 'Prijateljstvo Kranj – Jekaterinburg',
      status: 'PROPOSED',
      partners: [
        { id: 'city:yekaterinburg', name: 'Jekaterinburg', nameEn: 'Yekaterinburg', lat: 56.8519, lng: 60.6122 },
      ],
    },
  ],
};

describe('buildMapModel', () => {
  const model = buildMapModel(KRANJ_DATA, projection);

  it('draws the home city apart from the partners', () => {
    expect(model.homes.map((c) => c.id)).toEqual(['city:kranj']);
    expect(model.homes[0]).toMatchObject({ home: true, nameEn: null });
    expect(model.municipality).toEqual({
      id: 'org:mestna-obcina-kranj',
      name: 'Mestna občina Kranj',
      nameEn: 'City Municipality of Kranj',
    });
  });

  it('draws each partner once, coloured by its most recent twinning, linked to all its twinnings', () => {
    expect(model.partners.map((c) => c.id)).toEqual(['city:yekaterinburg', 'city:zhangjiakou']);
    const [yek, zhang] = model.partners;
    expect(yek).toMatchObject({
      name: 'Jekaterinburg',
      nameEn: 'Yekaterinburg',
      status: 'SUPPORTED',
      colour: STATUS_COLOURS.SUPPORTED,
      country: 'Rusija (Russia)',
      twinningIds: ['twinning:kranj-yekaterinburg', 'twinning:kranj-yekaterinburg-2'],
    });
    expect(zhang).toMatchObject({ nameEn: null, status: 'SIGNED', colour: STATUS_COLOURS.SIGNED });
    expect(zhang!.x).toBeGreaterThan(yek!.x);
  });

  it('draws one arc per twinning from home to partner, coloured by that twinning’s status', () => {
    expect(model.arcs.map((a) => [a.twinningId, a.from, a.to, a.colour])).toEqual([
      ['twinning:kranj-yekaterinburg', 'city:kranj', 'city:yekaterinburg', STATUS_COLOURS.SUPPORTED],
      ['twinning:kranj-zhangjiakou', 'city:kranj', 'city:zhangjiakou', STATUS_COLOURS.SIGNED],
      ['twinning:kranj-yekaterinburg-2', 'city:kranj', 'city:yekaterinburg', STATUS_COLOURS.PROPOSED],
    ]);
    for (const arc of model.arcs) expect(arc.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
  });

  it('lists the cities without coordinates with the twinning they open', () => {
    expect(model.unplaced).toEqual([
      {
        id: 'city:atlantis',
        name: 'Atlantida',
        nameEn: 'Atlantis',
        home: false,
        twinningId: 'twinning:kranj-atlantis',
      },
    ]);
    expect(new Set(model.statuses)).toEqual(new Set(['SUPPORTED', 'SIGNED', 'PROPOSED']));
  });

  it('frames Europe, home and partners', () => {
    const xs = model.framePoints.map((p) => p[0]);
    expect(Math.max(...xs)).toBeCloseTo(model.partners[1]!.x, 6);
    expect(model.framePoints.length).toBe(6 + 1 + 2);
  });

  it('lists a home city without coordinates, and draws no arcs from it', () => {
    const data: MapData = {
      ...KRANJ_DATA,
      municipalities: [{ ...KRANJ_DATA.municipalities[0]!, governs: [{ id: 'city:kranj', name: 'Kranj' }] }],
    };
    const m = buildMapModel(data, projection);
    expect(m.homes).toEqual([]);
    expect(m.arcs).toEqual([]);
    expect(m.unplaced[0]).toEqual({ id: 'city:kranj', name: 'Kranj', nameEn: null, home: true, twinningId: null });
    expect(m.partners).toHaveLength(2);
  });

  it('copes with an unknown municipality answer (no municipality, no twinnings)', () => {
    const m = buildMapModel({ municipalities: [], twinnings: [] }, projection);
    expect(m).toMatchObject({ homes: [], partners: [], arcs: [], unplaced: [], municipality: null });
  });
});

describe('names', () => {
  it('shows the English name beside the original only when it differs', () => {
    expect(englishBeside('Jekaterinburg', 'Yekaterinburg')).toBe('Yekaterinburg');
    expect(englishBeside('Kranj', 'Kranj')).toBeNull();
    expect(englishBeside('Kranj', ' kranj ')).toBeNull();
    expect(englishBeside('Kranj', null)).toBeNull();
    expect(cityLabel({ name: 'Jekaterinburg', nameEn: 'Yekaterinburg' })).toBe('Jekaterinburg (Yekaterinburg)');
    expect(cityLabel({ name: 'Kranj', nameEn: null })).toBe('Kranj');
  });
});
