import { describe, expect, it } from 'vitest';
import {
  TWINNINGS_QUERY,
  TWINNING_NODE_QUERY,
  actorGroups,
  actorIds,
  municipalitiesOf,
  pendingStatuses,
  pickTwinning,
  resolutionIds,
  sortedSteps,
  toSourcePassage,
  type TwinningActor,
  type TwinningStep,
  type TwinningSummary,
} from '../../src/twinning/twinning';
import { TWINNING_MESSAGES } from '../../src/twinning/twinning.messages';

const doc = 'doc:kranj-kmms-2021-12-14-seja-2';
const ev = (start: number, quote: string) => ({
  documentId: doc,
  documentTitle: 'Minutes',
  quote,
  start,
  end: start + quote.length,
});
const actor = (id: string, role: string, label: string, start: number, quote: string): TwinningActor => ({
  actor: { id, type: 'Company', label },
  role,
  evidence: ev(start, quote),
});
const step = (
  id: string,
  status: string,
  date: string,
  dateFrom: string | null,
  resolution?: string,
): TwinningStep => ({
  id,
  status,
  date,
  dateFrom,
  resolution: resolution ? { id: resolution, type: 'Resolution', label: 'r' } : null,
  evidence: [ev(1, 'q')],
});

// The seed's Yekaterinburg twinning, as `twinnings(municipality: "org:mestna-obcina-kranj")` gives it (abridged).
const yekaterinburg: TwinningSummary = {
  id: 'twinning:kranj-yekaterinburg',
  kind: 'TWINNING',
  name: 'Pobratenje Mestne občine Kranj z mestom Jekaterinburg',
  nameEn: 'Twinning of the City Municipality of Kranj with the city of Yekaterinburg',
  status: 'SUPPORTED',
  statusDate: '2021-12-14',
  partners: [],
  history: [
    step('step:kranj-yekaterinburg-supported', 'SUPPORTED', '2021-12-14', '2021-12-14', 'resolution:kmms-2021-12-14-2'),
    step('step:kranj-yekaterinburg-proposed', 'PROPOSED', '2021-07', '2021-07-01'),
  ],
  actors: {
    initiated: [
      actor('org:mestna-obcina-kranj', 'INITIATED', 'City Municipality of Kranj', 1072, 'Mestna občina Kranj'),
    ],
    proposed: [
      actor('org:spirit-slovenija', 'PROPOSED', 'Public Agency …', 1578, 'je slednja … predlagala pobratenje.'),
    ],
    brokered: [
      actor('org:iskratel', 'BROKERED', 'Iskratel', 1134, 'v sodelovanju s podjetjem Iskratel'),
      actor('org:iskrauraltel', 'BROKERED', 'IskraUralTEL', 1177, 'generalni direktor IskraUralTEL'),
    ],
    supported: [],
  },
};

describe('finding one twinning', () => {
  it('asks for the twinning by id and the municipalities that govern its cities, through variables', () => {
    expect(TWINNING_NODE_QUERY).toContain('twinningNodes(where: { id: { eq: $id } })');
    expect(TWINNING_NODE_QUERY).toContain('governedBy { id }');
    expect(TWINNINGS_QUERY).toContain('twinnings(municipality: $municipality)');
  });

  it('takes each governing municipality once, skipping foreign cities', () => {
    expect(
      municipalitiesOf({
        id: 't',
        kind: 'TWINNING',
        name: 'n',
        partners: [
          { id: 'city:kranj', governedBy: [{ id: 'org:mestna-obcina-kranj' }] },
          { id: 'city:yekaterinburg', governedBy: [] },
          { id: 'city:kranj-again', governedBy: [{ id: 'org:mestna-obcina-kranj' }] },
        ],
      }),
    ).toEqual(['org:mestna-obcina-kranj']);
  });

  it("picks the twinning by id from the municipality's list", () => {
    const other = { ...yekaterinburg, id: 'twinning:kranj-zhangjiakou' };
    expect(pickTwinning([other, yekaterinburg], 'twinning:kranj-yekaterinburg')).toBe(yekaterinburg);
    expect(pickTwinning([other], 'twinning:kranj-yekaterinburg')).toBeNull();
  });
});

describe('status timeline', () => {
  it('orders the steps by date, undated last', () => {
    const steps = sortedSteps([...yekaterinburg.history, step('s:x', 'SIGNED', '', null)]);
    expect(steps.map((s) => s.status)).toEqual(['PROPOSED', 'SUPPORTED', 'SIGNED']);
  });

  it('shows the steps not reached yet on the usual road, none after an end', () => {
    expect(pendingStatuses(yekaterinburg.history)).toEqual(['APPROVED', 'SIGNED']);
    expect(pendingStatuses([step('s', 'SIGNED', '2021-12-13', '2021-12-13')])).toEqual([]);
    expect(pendingStatuses([])).toEqual(['PROPOSED', 'SUPPORTED', 'APPROVED', 'SIGNED']);
    expect(
      pendingStatuses([step('a', 'PROPOSED', '2020', '2020-01-01'), step('b', 'ENDED', '2023', '2023-01-01')]),
    ).toEqual([]);
  });

  it('collects the resolutions behind the steps once', () => {
    expect(resolutionIds([...yekaterinburg.history, ...yekaterinburg.history])).toEqual([
      'resolution:kmms-2021-12-14-2',
    ]);
  });

  it("turns the generated API's passage into one the viewer opens", () => {
    expect(
      toSourcePassage({ quote: 'q', start: 3, end: 4, document: [{ id: doc, title: 'Zapisnik', titleEn: 'Minutes' }] }),
    ).toEqual({ documentId: doc, documentTitle: 'Minutes', quote: 'q', start: 3, end: 4 });
    expect(toSourcePassage({ quote: 'q', start: 3, end: 4, document: [] })).toBeNull();
  });
});

describe('actors', () => {
  it('groups them by role in the order initiated, proposed, brokered, supported, empty roles left out', () => {
    const groups = actorGroups(yekaterinburg.actors);
    expect(groups.map((g) => g.code)).toEqual(['INITIATED', 'PROPOSED', 'BROKERED']);
    expect(groups[2]?.items.map((a) => a.actor.label)).toEqual(['Iskratel', 'IskraUralTEL']);
    expect(groups[2]?.items[0]?.evidence.quote).toBe('v sodelovanju s podjetjem Iskratel');
  });

  it('lists every actor id once for the name lookup', () => {
    const ids = actorIds({ ...yekaterinburg.actors, supported: [yekaterinburg.actors.brokered[0]!] });
    expect(ids).toEqual(['org:mestna-obcina-kranj', 'org:spirit-slovenija', 'org:iskratel', 'org:iskrauraltel']);
  });

  it('has every string in both languages', () => {
    expect(Object.keys(TWINNING_MESSAGES.en).sort()).toEqual(Object.keys(TWINNING_MESSAGES.sl).sort());
    expect(TWINNING_MESSAGES.en.vote({ present: 4, for: 4, against: 0, abstained: 0 })).toBe(
      '4 present: 4 for, 0 against, 0 abstained',
    );
  });
});
