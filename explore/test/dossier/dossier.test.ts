import { describe, expect, it } from 'vitest';
import {
  dateSpan,
  dossierHeader,
  formatDateText,
  groupRelations,
  membershipIds,
  membershipRows,
  otherIds,
  relationDetails,
  timelineRelationText,
  uniqueMentions,
  type DossierRelation,
  type MembershipDetail,
} from '../../src/dossier/dossier';
import { DOSSIER_MESSAGES } from '../../src/dossier/dossier.messages';

const doc = 'doc:kranj-kmms-2021-12-14-seja-2';
const ev = (start: number, quote: string) => ({
  documentId: doc,
  documentTitle: 'Minutes',
  quote,
  start,
  end: start + quote.length,
});
const rel = (
  type: string,
  direction: string,
  id: string,
  otherType: string,
  label: string,
  properties: Record<string, unknown> = {},
  start = 1,
): DossierRelation => ({
  type,
  direction,
  other: { id, type: otherType, label },
  properties,
  evidence: ev(start, label),
});

// As entity(id: "person:katja-struc") answers on the seed (abridged).
const struc: DossierRelation[] = [
  rel(
    'ATTENDED',
    'OUT',
    'session:kmms-2021-12-14',
    'Session',
    '2. seja',
    { capacity: "Head of the Mayor's Cabinet", capacityOriginal: 'vodja Kabineta župana' },
    301,
  ),
  rel('HOLDS', 'OUT', 'membership:katja-struc-head-cabinet', 'Membership', "Head of the Mayor's Cabinet", {}, 301),
  rel('STATED_BY', 'IN', 'statement:a', 'Statement', 'answered', {}, 985),
  rel('STATED_BY', 'IN', 'statement:b', 'Statement', 'explained', {}, 985),
  rel(
    'INVOLVED_IN',
    'OUT',
    'twinning:kranj-yekaterinburg',
    'Twinning',
    'Twinning',
    { role: 'BROKERED', noteEn: 'with Iskratel' },
    1072,
  ),
  rel('ZZZ_NEW', 'OUT', 'x:1', 'Thing', 'x'),
];

describe('dossier header', () => {
  it('takes the original name, the English when it differs, the abbreviation and the other aliases', () => {
    const h = dossierHeader({
      label: 'Public Agency …',
      properties: {
        name: 'Javna agencija RS …',
        nameEn: 'Public Agency …',
        abbreviation: 'SPIRIT Slovenija',
        aliases: ['SPIRIT Slovenija', 'SPIRIT', 'SPIRIT Slovenia'],
        description: 'An agency.',
      },
    });
    expect(h).toEqual({
      name: 'Javna agencija RS …',
      nameEn: 'Public Agency …',
      abbreviation: 'SPIRIT Slovenija',
      aliases: ['SPIRIT', 'SPIRIT Slovenia'],
      description: 'An agency.',
      date: null,
    });
  });

  it('falls back to a title or text (sessions, resolutions) and to the label', () => {
    expect(dossierHeader({ label: 'L', properties: { title: '2. seja', date: '2021-12-14' } })).toMatchObject({
      name: '2. seja',
      date: '2021-12-14',
    });
    expect(
      dossierHeader({ label: 'L', properties: { text: 'Komisija podpira', textEn: 'The Commission supports' } }),
    ).toMatchObject({ name: 'Komisija podpira', nameEn: 'The Commission supports' });
    expect(dossierHeader({ label: 'Kranj', properties: { name: 'Kranj', nameEn: 'Kranj' } }).nameEn).toBeNull();
    expect(dossierHeader({ label: 'Only label', properties: {} }).name).toBe('Only label');
  });

  it('leaves out aliases that only drop the diacritics of a shown name', () => {
    const h = dossierHeader({
      label: 'x',
      properties: { name: 'Katja Štruc', aliases: ['Katja Struc', 'K. Štruc'] },
    });
    expect(h.aliases).toEqual(['K. Štruc']);
  });
});

describe('relations', () => {
  it('groups by type and direction, memberships left to their own section, in a readable order', () => {
    const groups = groupRelations(struc);
    expect(groups.map((g) => g.key)).toEqual(['INVOLVED_IN:OUT', 'ATTENDED:OUT', 'STATED_BY:IN', 'ZZZ_NEW:OUT']);
    expect(groups.find((g) => g.key === 'STATED_BY:IN')?.items.map((r) => r.other.id)).toEqual([
      'statement:a',
      'statement:b',
    ]);
  });

  it('puts OUT before IN within a type', () => {
    const groups = groupRelations([rel('PART_OF', 'IN', 'a', 'X', 'a'), rel('PART_OF', 'OUT', 'b', 'X', 'b')]);
    expect(groups.map((g) => g.key)).toEqual(['PART_OF:OUT', 'PART_OF:IN']);
  });

  it('lists the other ends once, for the name lookup', () => {
    expect(otherIds([...struc, struc[0]!])).toHaveLength(struc.length);
  });

  it('shows role, capacity and note first, and leaves out empty values', () => {
    expect(
      relationDetails({ noteEn: 'n', role: 'BROKERED', empty: '', none: null, list: [], tags: ['a', 'b'] }),
    ).toEqual([
      ['role', 'BROKERED'],
      ['noteEn', 'n'],
      ['tags', 'a, b'],
    ]);
  });
});

describe('memberships', () => {
  const details = new Map<string, MembershipDetail>([
    [
      'membership:katja-struc-head-cabinet',
      {
        id: 'membership:katja-struc-head-cabinet',
        role: 'HEAD',
        titleOriginal: 'vodja Kabineta župana',
        titleEn: "Head of the Mayor's Cabinet",
        start: '2020-01',
        end: null,
        person: [{ id: 'person:katja-struc', name: 'Katja Štruc' }],
        organization: [
          { __typename: 'Office', id: 'org:kranj-kabinet-zupana', name: 'Kabinet župana', nameEn: "Mayor's Cabinet" },
        ],
      },
    ],
  ]);

  it('finds the memberships a person holds and those in an organisation', () => {
    expect(membershipIds(struc)).toEqual(['membership:katja-struc-head-cabinet']);
    expect(membershipIds([rel('MEMBERSHIP_IN', 'IN', 'membership:m', 'Membership', 'Chair')])).toEqual([
      'membership:m',
    ]);
    expect(membershipIds([rel('MEMBERSHIP_IN', 'OUT', 'org:x', 'Commission', 'x')])).toEqual([]);
  });

  it("shows a person's role with its organisation, dates and the passage", () => {
    const [row] = membershipRows(struc, details);
    expect(row).toMatchObject({
      role: 'HEAD',
      title: 'vodja Kabineta župana',
      titleEn: "Head of the Mayor's Cabinet",
      start: '2020-01',
      end: null,
      person: null,
      organization: { id: 'org:kranj-kabinet-zupana', type: 'Office' },
    });
    expect(row?.evidence.start).toBe(301);
  });

  it("shows the holder on an organisation's dossier, and the label when details are missing", () => {
    const orgSide = [rel('MEMBERSHIP_IN', 'IN', 'membership:katja-struc-head-cabinet', 'Membership', 'Head')];
    expect(membershipRows(orgSide, details)[0]).toMatchObject({
      person: { id: 'person:katja-struc' },
      organization: null,
    });
    expect(membershipRows(orgSide, new Map())[0]).toMatchObject({ title: 'Head', role: '', person: null });
  });
});

describe('dates and mentions', () => {
  const fmt = (d: string) => `<${d}>`;
  it('writes a span of dates', () => {
    expect(dateSpan('2021', '2022', fmt)).toBe('<2021> – <2022>');
    expect(dateSpan('2021', '2021', fmt)).toBe('<2021>');
    expect(dateSpan('2021', null, fmt)).toBe('<2021> –');
    expect(dateSpan(null, '2022', fmt)).toBe('– <2022>');
    expect(dateSpan(undefined, null, fmt)).toBeNull();
  });

  it('writes a date as written, a range with a slash as a span', () => {
    expect(formatDateText('2021/2021-12-13', fmt)).toBe('<2021> – <2021-12-13>');
    expect(formatDateText('2021-07', fmt)).toBe('<2021-07>');
  });

  it('keeps each passage once', () => {
    const m = { ...ev(1, 'a'), via: ['x'] };
    expect(uniqueMentions([m, { ...m, via: ['y'] }, { ...ev(5, 'b'), via: [] }])).toHaveLength(2);
  });

  it('has every string in both languages', () => {
    expect(Object.keys(DOSSIER_MESSAGES.en).sort()).toEqual(Object.keys(DOSSIER_MESSAGES.sl).sort());
  });
});

describe('timeline relation text', () => {
  it('names bare relationship types and keeps the rest as written', () => {
    const label = (t: string) => t.toLowerCase();
    expect(timelineRelationText('ATTENDED; CHAIRED_BY', label)).toBe('attended; chaired_by');
    expect(timelineRelationText('INVOLVED_IN twinning:x (PROPOSED)', label)).toBe('INVOLVED_IN twinning:x (PROPOSED)');
    expect(timelineRelationText('SELF', label)).toBe('');
  });
});
