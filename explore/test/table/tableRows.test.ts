import { describe, expect, it } from 'vitest';
import type { GraphView } from '../../src/api/types';
import { valueName } from '../../src/i18n/vocabulary';
import { MESSAGES, slPlural } from '../../src/table/table.messages';
import { nodesCsv, relationsCsv } from '../../src/table/tableCsv';
import { filterRows } from '../../src/table/tableFilter';
import { nodeNames, nodeRows, RAW_VOCABULARY, relationRows } from '../../src/table/tableRows';

const DOC = 'doc:kranj-kmms-2021-12-14-seja-2';

/** A slice of the seed's partner network, as `partnerNetwork` answers. */
const VIEW: GraphView = {
  nodes: [
    {
      id: 'city:yekaterinburg',
      type: 'City',
      label: 'Yekaterinburg',
      properties: {
        id: 'city:yekaterinburg',
        name: 'Jekaterinburg',
        nameEn: 'Yekaterinburg',
        aliases: ['Екатеринбург'],
      },
    },
    {
      id: 'city:kranj',
      type: 'City',
      label: 'Kranj',
      properties: { id: 'city:kranj', name: 'Kranj', nameEn: 'Kranj' },
    },
    {
      id: 'person:katja-struc',
      type: 'Person',
      label: 'Katja Štruc',
      properties: { id: 'person:katja-struc', name: 'Katja Štruc', aliases: ['Katja Struc'] },
    },
    {
      id: 'membership:katja-struc-head-cabinet',
      type: 'Membership',
      label: "Head of the Mayor's Cabinet",
      properties: {
        role: 'HEAD',
        titleEn: "Head of the Mayor's Cabinet",
        titleOriginal: 'vodja Kabineta župana',
        start: '2019',
      },
    },
    {
      id: 'twinning:kranj-yekaterinburg',
      type: 'Twinning',
      label: 'Twinning of Kranj with Yekaterinburg',
      properties: {
        kind: 'TWINNING',
        name: 'Pobratenje Mestne občine Kranj z mestom Jekaterinburg',
        nameEn: 'Twinning of Kranj with Yekaterinburg',
        status: 'SUPPORTED',
        statusDate: '2021-12-14',
      },
    },
    { id: 'org:nameless', type: 'Company', label: 'Nameless', properties: {} },
  ],
  edges: [
    {
      id: 'holds:person:katja-struc>membership:katja-struc-head-cabinet',
      type: 'HOLDS',
      source: 'person:katja-struc',
      target: 'membership:katja-struc-head-cabinet',
      properties: { documentId: DOC, quote: 'Katja Štruc – vodja Kabineta župana', start: 301, end: 336 },
    },
    {
      id: 'involved_in:city:yekaterinburg>twinning:kranj-yekaterinburg:initiated',
      type: 'INVOLVED_IN',
      source: 'city:yekaterinburg',
      target: 'twinning:kranj-yekaterinburg',
      properties: {
        role: 'INITIATED',
        documentId: DOC,
        quote: '=je odgovorila, da je bilo zanimanje obojestransko.',
        start: 1021,
        end: 1071,
        noteEn: 'The interest was mutual.',
      },
    },
    {
      id: 'partner:twinning:kranj-yekaterinburg>city:yekaterinburg',
      type: 'PARTNER',
      source: 'twinning:kranj-yekaterinburg',
      target: 'city:yekaterinburg',
      properties: {},
    },
  ],
};

describe('nodeRows', () => {
  const rows = nodeRows(VIEW, RAW_VOCABULARY);
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it('gives one row per node, in the view’s order', () => {
    expect(rows.map((r) => r.id)).toEqual(VIEW.nodes.map((n) => n.id));
  });

  it('names in the original with the English beside only when it differs', () => {
    expect([row('city:yekaterinburg').name, row('city:yekaterinburg').nameEn]).toEqual([
      'Jekaterinburg',
      'Yekaterinburg',
    ]);
    expect([row('city:kranj').name, row('city:kranj').nameEn]).toEqual(['Kranj', '']);
    expect([
      row('membership:katja-struc-head-cabinet').name,
      row('membership:katja-struc-head-cabinet').nameEn,
    ]).toEqual(['vodja Kabineta župana', "Head of the Mayor's Cabinet"]);
    expect(nodeNames(VIEW.nodes[5]!)).toEqual({ name: 'Nameless', nameEn: '' });
  });

  it('counts the relations on screen as degree and shows key properties and dates', () => {
    expect(row('city:yekaterinburg').degree).toBe(2);
    expect(row('city:kranj').degree).toBe(0);
    expect(row('twinning:kranj-yekaterinburg').details).toBe('TWINNING · SUPPORTED');
    expect(row('twinning:kranj-yekaterinburg').date).toBe('2021-12-14');
    expect(row('membership:katja-struc-head-cabinet').details).toBe('HEAD');
    expect(row('membership:katja-struc-head-cabinet').date).toBe('2019 –');
  });

  it('localises kinds and values through the vocabulary', () => {
    const sl = nodeRows(VIEW, {
      ...RAW_VOCABULARY,
      kind: (k) => (k === 'City' ? 'Mesto' : k),
      value: (v) => valueName(v, 'sl'),
    });
    expect(sl[0]!.kind).toBe('Mesto');
    expect(sl[4]!.details).toBe('pobratenje · podprto');
  });

  it('is found by any name, alias, kind or id, accents aside', () => {
    const found = (q: string) => filterRows(rows, q).map((r) => r.id);
    expect(found('struc')).toEqual(['person:katja-struc', 'membership:katja-struc-head-cabinet']);
    expect(found('Екатеринбург')).toEqual(['city:yekaterinburg']);
    expect(found('yekat twinning')).toEqual(['twinning:kranj-yekaterinburg']);
    expect(found('zupana')).toEqual(['membership:katja-struc-head-cabinet']);
  });
});

describe('relationRows', () => {
  const rows = relationRows(VIEW, { ...RAW_VOCABULARY, role: (r) => (r === 'INITIATED' ? 'pobudnik' : r) });

  it('names both ends, with the role, the document and the quote', () => {
    const involvement = rows[1]!;
    expect(involvement).toMatchObject({
      type: 'INVOLVED_IN',
      fromId: 'city:yekaterinburg',
      from: 'Jekaterinburg',
      fromEn: 'Yekaterinburg',
      toId: 'twinning:kranj-yekaterinburg',
      to: 'Pobratenje Mestne občine Kranj z mestom Jekaterinburg',
      role: 'pobudnik',
      documentId: DOC,
      note: 'The interest was mutual.',
    });
  });

  it('carries the passage to open when documentId, quote, start and end are there', () => {
    expect(rows[0]!.passage).toEqual({
      documentId: DOC,
      quote: 'Katja Štruc – vodja Kabineta župana',
      start: 301,
      end: 336,
    });
    expect(rows[2]!.passage).toBeNull();
    expect(filterRows(rows, 'obojestransko').map((r) => r.id)).toEqual([VIEW.edges[1]!.id]);
    expect(filterRows(rows, 'initiated pobudnik').map((r) => r.id)).toEqual([VIEW.edges[1]!.id]);
  });

  it('names an end missing from the view by its id', () => {
    const lone = relationRows({ nodes: [], edges: [VIEW.edges[2]!] }, RAW_VOCABULARY)[0]!;
    expect([lone.from, lone.to]).toEqual(['twinning:kranj-yekaterinburg', 'city:yekaterinburg']);
  });
});

describe('the CSV of the table', () => {
  it('has the columns shown, in the interface language, and the rows as given', () => {
    const rows = nodeRows(VIEW, RAW_VOCABULARY).slice(0, 2);
    const csv = nodesCsv(rows, MESSAGES.en);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFKind,Name,English name,Role / status,Date,Links,ID');
    expect(csv.split('\r\n')[1]).toBe('City,Jekaterinburg,Yekaterinburg,,,2,city:yekaterinburg');
    expect(nodesCsv(rows, MESSAGES.sl).split('\r\n')[0]).toBe(
      '\uFEFFVrsta,Ime,Angleško ime,Vloga / stanje,Datum,Povezav,ID',
    );
  });

  it('writes relations with the ends’ ids and the quote’s offsets, defusing formula-like quotes', () => {
    const csv = relationsCsv(relationRows(VIEW, RAW_VOCABULARY), MESSAGES.en);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFRelation,From,To,Role,Document,Quote,Note,From ID,To ID,Quote start,Quote end,ID');
    expect(lines[2]).toBe(
      `INVOLVED_IN,Jekaterinburg,Pobratenje Mestne občine Kranj z mestom Jekaterinburg,INITIATED,${DOC},"'=je odgovorila, da je bilo zanimanje obojestransko.",The interest was mutual.,city:yekaterinburg,twinning:kranj-yekaterinburg,1021,1071,${VIEW.edges[1]!.id}`,
    );
    expect(lines[3]).toBe(
      `PARTNER,Pobratenje Mestne občine Kranj z mestom Jekaterinburg,Jekaterinburg,,,,,twinning:kranj-yekaterinburg,city:yekaterinburg,,,${VIEW.edges[2]!.id}`,
    );
  });
});

describe('messages', () => {
  it('has every string in both languages', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k]));
    expect(keys(MESSAGES.en).sort()).toEqual(keys(MESSAGES.sl).sort());
  });
});

describe('counts', () => {
  it('say how many in Slovenian grammatical number and English', () => {
    const sl = MESSAGES.sl;
    expect([1, 2, 3, 4, 5, 101, 102, 111].map((n) => sl.countNodes(n, n))).toEqual([
      '1 vozlišče',
      '2 vozlišči',
      '3 vozlišča',
      '4 vozlišča',
      '5 vozlišč',
      '101 vozlišče',
      '102 vozlišči',
      '111 vozlišč',
    ]);
    expect(sl.countRelations(2, 2)).toBe('2 povezavi');
    expect(sl.countRelations(3, 40)).toBe('Prikazanih 3 od 40 povezav');
    expect(MESSAGES.en.countNodes(1, 1)).toBe('1 node');
    expect(MESSAGES.en.countNodes(12, 10_000)).toBe('Showing 12 of 10,000 nodes');
    expect(slPlural(0, 'a', 'b', 'c', 'd')).toBe('d');
  });
});
