import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';
import { testDriver } from '../helpers/testDriver.js';

// The global setup loaded seed/facts; these tests ask the three analyst questions through GraphQL.
const DOC = 'doc:kranj-kmms-2021-12-14-seja-2';

let driver: Driver;
let database: string;
let api: TestApi;
let documentText: string[];

interface Passage {
  documentId: string;
  documentTitle: string | null;
  quote: string;
  start: number;
  end: number;
}
interface Ref {
  id: string;
  type: string;
  label: string;
}
interface Hit {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  score: number;
  matched: string | null;
}
interface Step {
  from: Ref;
  to: Ref;
  type: string;
  direction: string;
  properties: Record<string, unknown>;
  evidence: Passage;
}
interface Dossier {
  id: string;
  type: string;
  label: string;
  properties: Record<string, unknown>;
  relations: { type: string; direction: string; other: Ref; properties: Record<string, unknown>; evidence: Passage }[];
  mentions: (Passage & { via: string[] })[];
  timeline: {
    date: string;
    dateFrom: string;
    dateTo: string;
    kind: string;
    label: string;
    id: string;
    relation: string;
  }[];
}

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.graphql<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

/** The first error of an operation that must fail. */
async function failure(
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ message: string; extensions?: Record<string, unknown> }> {
  const result = await api.graphql(query, variables);
  expect(result.errors, 'an error').toBeDefined();
  return result.errors![0]!;
}

/** A quote must be the document's text at its offsets (code points). */
function expectAtOffsets(e: Passage): void {
  expect(e.documentId).toBe(DOC);
  expect(documentText.slice(e.start, e.end).join('')).toBe(e.quote);
}

const SEARCH = `query ($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) { id type name nameEn aliases score matched } }`;

async function search(text: string, limit?: number): Promise<Hit[]> {
  return (await data<{ search: Hit[] }>(SEARCH, { text, limit })).search;
}

const PASSAGE = 'documentId documentTitle quote start end';
const REF = 'id type label';
const CONNECTION = `query ($from: ID!, $to: ID!, $maxLength: Int) {
  connection(from: $from, to: $to, maxLength: $maxLength) {
    length steps { from { ${REF} } to { ${REF} } type direction properties evidence { ${PASSAGE} } } } }`;

async function connection(from: string, to: string, maxLength?: number): Promise<{ length: number; steps: Step[] }[]> {
  return (await data<{ connection: { length: number; steps: Step[] }[] }>(CONNECTION, { from, to, maxLength }))
    .connection;
}

const ENTITY = `query ($id: ID!) {
  entity(id: $id) {
    id type label properties
    relations { type direction other { ${REF} } properties evidence { ${PASSAGE} } }
    mentions { ${PASSAGE} via }
    timeline { date dateFrom dateTo kind label id relation } } }`;

async function entity(id: string): Promise<Dossier | null> {
  return (await data<{ entity: Dossier | null }>(ENTITY, { id })).entity;
}

/** What the seed document put in the graph, counted (other test files add and remove their own tagged nodes). */
async function seedFootprint(): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:Entity) WHERE $doc IN n.documentIds RETURN count(n) AS nodes }
     CALL () { MATCH (p:Passage {documentId: $doc}) RETURN count(p) AS passages }
     CALL () { MATCH ()-[r]->() WHERE r.documentId = $doc RETURN count(r) AS relationships }
     CALL () { MATCH (:Passage {documentId: $doc})<-[e:EVIDENCED_BY]-() RETURN count(e) AS evidence }
     CALL () { MATCH (d:Document) RETURN count(d) AS documents }
     RETURN nodes, passages, relationships, evidence, documents`,
    { doc: DOC },
    { database },
  );
  return records[0]!.toObject() as Record<string, number>;
}

beforeAll(async () => {
  const t = testDriver();
  driver = t.driver;
  database = t.database;
  api = await startTestApi(driver, database);
  const d = await data<{ documents: { text: string }[] }>(`{ documents(where: { id: { eq: "${DOC}" } }) { text } }`);
  documentText = Array.from(d.documents[0]!.text);
});

afterAll(async () => {
  await api.stop();
  await driver.close();
});

describe('search(text:)', () => {
  it('finds a city by its English name, by its Cyrillic name, and as a prefix', async () => {
    const english = await search('yekaterinburg');
    expect(english[0]).toMatchObject({ id: 'city:yekaterinburg', type: 'City', name: 'Jekaterinburg' });
    expect(english[0]!.aliases).toContain('Екатеринбург');
    expect(english.map((h) => h.id)).toContain('twinning:kranj-yekaterinburg');
    for (let i = 1; i < english.length; i++) expect(english[i - 1]!.score).toBeGreaterThanOrEqual(english[i]!.score);

    const cyrillic = await search('Екатеринбург');
    expect(cyrillic[0]).toMatchObject({ id: 'city:yekaterinburg', matched: 'Екатеринбург' });

    const prefix = await search('jekaterin');
    expect(prefix[0]?.id).toBe('city:yekaterinburg');
  });

  it('ignores accents: "struc" finds Katja Štruc', async () => {
    const hits = await search('struc');
    expect(hits[0]).toMatchObject({ id: 'person:katja-struc', type: 'Person', name: 'Katja Štruc' });
    expect(hits[0]!.matched).toMatch(/Štruc|Struc/);
    expect((await search('ŠTRUČ'))[0]?.id).toBe('person:katja-struc');
  });

  it('finds organisations by abbreviation or alias, and the Chinese city with its events', async () => {
    const spirit = await search('spirit');
    expect(spirit[0]).toMatchObject({ id: 'org:spirit-slovenija', type: 'PublicAgency' });
    expect(spirit[0]!.matched).toMatch(/SPIRIT/);

    const zhangjiakou = (await search('zhangjiakou')).map((h) => h.id);
    expect(zhangjiakou[0]).toBe('city:zhangjiakou');
    expect(zhangjiakou).toEqual(expect.arrayContaining(['twinning:kranj-zhangjiakou']));
    expect((await search('张家口'))[0]?.id).toBe('city:zhangjiakou');
  });

  it('honours the limit', async () => {
    const hits = await search('kranj', 2);
    expect(hits).toHaveLength(2);
    expect((await search('kranj')).length).toBeGreaterThan(2);
  });

  it('treats query syntax as plain text and changes nothing in the graph', async () => {
    const before = await seedFootprint();
    for (const text of [
      `"') RETURN 1 //`,
      '*',
      'OR',
      'AND NOT',
      'Štruc") OR 1=1 //',
      'name:Kranj',
      'kranj~~ ^2 [a TO z] {x} \\',
      `'}) MATCH (n) DETACH DELETE n //`,
    ]) {
      const result = await api.graphql<{ search: Hit[] }>(SEARCH, { text });
      expect(result.errors, text).toBeUndefined();
      expect(Array.isArray(result.data?.search), text).toBe(true);
    }
    expect((await search('Štruc") OR 1=1 //'))[0]?.id).toBe('person:katja-struc');
    expect(await seedFootprint()).toEqual(before);
  });

  it('refuses an empty text and a limit out of range', async () => {
    for (const text of ['', '   ']) {
      const error = await failure(SEARCH, { text });
      expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/text must not be empty/);
    }
    for (const limit of [0, -1, 101]) {
      const error = await failure(SEARCH, { text: 'kranj', limit });
      expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(error.message).toBe(`limit must be between 1 and 100 (it was ${limit})`);
    }
    const long = await failure(SEARCH, { text: 'x'.repeat(201) });
    expect(long.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(long.message).toMatch(/at most 200 characters/);
  });
});

describe('connection(from:, to:)', () => {
  it('connects Iskratel to Yekaterinburg through the twinning it brokered, each step with its quote', async () => {
    const paths = await connection('org:iskratel', 'city:yekaterinburg');
    expect(paths.length).toBeGreaterThanOrEqual(1);
    expect(paths.length).toBeLessThanOrEqual(10);
    for (const p of paths) {
      expect(p.length).toBe(2);
      expect(p.steps).toHaveLength(2);
      expect(p.steps[0]!.from.id).toBe('org:iskratel');
      expect(p.steps[1]!.to.id).toBe('city:yekaterinburg');
      expect(p.steps[0]!.to.id).toBe(p.steps[1]!.from.id);
      for (const s of p.steps) {
        expectAtOffsets(s.evidence);
        expect(s.evidence.documentTitle).toMatch(/Minutes of the 2nd session/);
        expect(['EVIDENCED_BY', 'IN_DOCUMENT']).not.toContain(s.type);
        for (const key of ['quote', 'start', 'end', 'documentId', 'passageId'])
          expect(s.properties).not.toHaveProperty(key);
      }
    }
    // Through the twinning twice over: the city is its PARTNER, and it is also INVOLVED_IN it (INITIATED).
    const viaTwinning = paths.find(
      (p) => p.steps[0]!.to.id === 'twinning:kranj-yekaterinburg' && p.steps[1]!.type === 'PARTNER',
    );
    expect(viaTwinning).toBeDefined();
    const [brokered, partner] = viaTwinning!.steps;
    expect(brokered).toMatchObject({
      from: { id: 'org:iskratel', type: 'Company', label: 'Iskratel' },
      to: { id: 'twinning:kranj-yekaterinburg', type: 'Twinning' },
      type: 'INVOLVED_IN',
      direction: 'FORWARD',
      properties: { role: 'BROKERED' },
    });
    expect(brokered!.evidence.quote).toContain('Iskratel');
    expect(partner).toMatchObject({
      from: { id: 'twinning:kranj-yekaterinburg' },
      to: { id: 'city:yekaterinburg', type: 'City', label: 'Yekaterinburg' },
      type: 'PARTNER',
      direction: 'FORWARD',
      properties: {},
    });
  });

  it('walks relationships against their direction and says so', async () => {
    const paths = await connection('city:yekaterinburg', 'org:iskratel');
    const steps = paths
      .filter((p) => p.steps[0]!.to.id === 'twinning:kranj-yekaterinburg')
      .map((p) => p.steps.map((s) => `${s.type} ${s.direction}`).join(', '));
    expect(steps).toEqual(
      expect.arrayContaining(['PARTNER BACKWARD, INVOLVED_IN BACKWARD', 'INVOLVED_IN FORWARD, INVOLVED_IN BACKWARD']),
    );
  });

  it('respects maxLength, and an entity reaches itself by the empty path', async () => {
    expect(await connection('org:iskratel', 'city:yekaterinburg', 1)).toEqual([]);
    expect(await connection('org:iskratel', 'org:iskratel')).toEqual([{ length: 0, steps: [] }]);
  });

  it('refuses unknown ids and a maxLength out of range', async () => {
    const unknownFrom = await failure(CONNECTION, { from: 'org:atlantis', to: 'city:yekaterinburg' });
    expect(unknownFrom.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(unknownFrom.message).toBe('no entity with id "org:atlantis"');
    const unknownTo = await failure(CONNECTION, { from: 'org:iskratel', to: 'city:nowhere' });
    expect(unknownTo.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(unknownTo.message).toBe('no entity with id "city:nowhere"');
    for (const maxLength of [0, 9]) {
      const error = await failure(CONNECTION, { from: 'org:iskratel', to: 'city:yekaterinburg', maxLength });
      expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(error.message).toBe(`maxLength must be between 1 and 8 (it was ${maxLength})`);
    }
  });
});

describe('entity(id:)', () => {
  it("gives Katja Štruc's dossier: properties, relations, mentions and timeline, every quote at its offsets", async () => {
    const d = (await entity('person:katja-struc'))!;
    expect(d).toMatchObject({ id: 'person:katja-struc', type: 'Person', label: 'Katja Štruc' });
    expect(d.properties).toMatchObject({ id: 'person:katja-struc', name: 'Katja Štruc', aliases: ['Katja Struc'] });
    expect(d.properties).not.toHaveProperty('documentIds');

    const relations = d.relations.map((r) => `${r.type} ${r.direction} ${r.other.id}`);
    expect(relations).toEqual(
      expect.arrayContaining([
        'HOLDS OUT membership:katja-struc-head-cabinet',
        'ATTENDED OUT session:kmms-2021-12-14',
        'STATED_BY IN statement:kmms-2021-12-14-2-struc-answer',
        'STATED_BY IN statement:kmms-2021-12-14-2-struc-report',
        'STATED_BY IN statement:kmms-2021-12-14-3-struc-zhangjiakou',
      ]),
    );
    const attended = d.relations.find((r) => r.type === 'ATTENDED')!;
    expect(attended.properties).toEqual({
      capacity: "Head of the Mayor's Cabinet",
      capacityOriginal: 'vodja Kabineta župana',
    });
    expect(attended.other).toMatchObject({ type: 'Session' });
    for (const r of d.relations) expectAtOffsets(r.evidence);

    expect(d.mentions.length).toBeGreaterThanOrEqual(3);
    expect(d.mentions.filter((m) => m.quote.includes('Katja Štruc')).length).toBeGreaterThanOrEqual(3);
    const keys = d.mentions.map((m) => `${m.start}-${m.end}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of d.mentions) {
      expectAtOffsets(m);
      expect(m.via.length).toBeGreaterThanOrEqual(1);
    }
    const listed = d.mentions.find((m) => m.start === 301)!;
    expect(listed.via).toEqual(
      expect.arrayContaining(['evidence of person:katja-struc', 'person:katja-struc ATTENDED session:kmms-2021-12-14']),
    );

    expect(d.timeline).toContainEqual(
      expect.objectContaining({
        id: 'session:kmms-2021-12-14',
        kind: 'Session',
        date: '2021-12-14',
        dateFrom: '2021-12-14',
        relation: 'ATTENDED',
      }),
    );
  });

  it("puts a twinning's steps and events in date order: PROPOSED 2021-07 before SUPPORTED 2021-12-14", async () => {
    const d = (await entity('twinning:kranj-yekaterinburg'))!;
    expect(d.type).toBe('Twinning');
    const steps = d.timeline.filter((t) => t.kind === 'StatusChange');
    expect(steps.map((s) => `${s.label} ${s.relation}`)).toEqual([
      'PROPOSED 2021-07 HAS_STEP',
      'SUPPORTED 2021-12-14 HAS_STEP',
    ]);
    expect(steps[0]).toMatchObject({ date: '2021-07', dateFrom: '2021-07-01', dateTo: '2021-07-31' });
    const froms = d.timeline.map((t) => t.dateFrom);
    expect(froms).toEqual([...froms].sort());
    expect(d.timeline).toContainEqual(
      expect.objectContaining({ id: 'event:mgrt-visit-yekaterinburg-2021-07', kind: 'Event', relation: 'ABOUT' }),
    );
    const roles = d.relations
      .filter((r) => r.type === 'INVOLVED_IN')
      .map((r) => `${r.other.id} ${r.properties['role']}`);
    expect(roles).toContain('org:iskratel BROKERED');
    expect(d.mentions.some((m) => m.via.some((v) => v.includes('MENTIONS it')))).toBe(true);
    for (const m of d.mentions) expectAtOffsets(m);
  });

  it("gives a partner city the steps of its twinnings, and a session's date as its own", async () => {
    const city = (await entity('city:yekaterinburg'))!;
    const steps = city.timeline.filter((t) => t.kind === 'StatusChange').map((t) => t.relation);
    expect(steps).toEqual(expect.arrayContaining([expect.stringContaining('twinning:kranj-yekaterinburg')]));
    const session = (await entity('session:kmms-2021-12-14'))!;
    expect(session.timeline[0]).toMatchObject({ id: 'session:kmms-2021-12-14', relation: 'SELF' });
    expect(session.properties).toMatchObject({ number: 2, date: '2021-12-14', platform: 'Zoom' });
  });

  it('answers null for an id that is not in the graph', async () => {
    expect(await entity('no:such')).toBeNull();
  });

  it('pages every list of a dossier by limit and offset, and counts each list whole', async () => {
    const PAGED = `query ($id: ID!, $limit: Int, $offset: Int) {
      entity(id: $id, limit: $limit, offset: $offset) {
        relationCount mentionCount timelineCount
        relations { type direction other { id } properties evidence { ${PASSAGE} } }
        mentions { ${PASSAGE} via }
        timeline { id relation } } }`;
    type Paged = Pick<Dossier, 'relations' | 'mentions' | 'timeline'> &
      Record<'relationCount' | 'mentionCount' | 'timelineCount', number>;
    const page = async (limit: number, offset: number) =>
      (await data<{ entity: Paged }>(PAGED, { id: 'person:katja-struc', limit, offset })).entity;
    const whole = await page(500, 0);
    // The default page of 100 holds all of the seed's lists, so the whole dossier is the default answer.
    const byDefault = (await entity('person:katja-struc'))!;
    expect(whole.relations.length).toBe(byDefault.relations.length);
    expect(whole.relationCount).toBe(whole.relations.length);
    expect(whole.mentionCount).toBe(whole.mentions.length);
    expect(whole.timelineCount).toBe(whole.timeline.length);
    expect(whole.relationCount).toBeGreaterThan(3);
    expect(whole.mentionCount).toBeGreaterThan(3);
    // Pages of 2 put together are the whole lists, in the same order, with the same counts on every page.
    const pages: Paged[] = [];
    const longest = Math.max(whole.relationCount, whole.mentionCount, whole.timelineCount);
    for (let offset = 0; offset < longest; offset += 2) pages.push(await page(2, offset));
    for (const p of pages) {
      expect([p.relationCount, p.mentionCount, p.timelineCount]).toEqual([
        whole.relationCount,
        whole.mentionCount,
        whole.timelineCount,
      ]);
      expect(p.relations.length).toBeLessThanOrEqual(2);
    }
    expect(pages.flatMap((p) => p.relations)).toEqual(whole.relations);
    expect(pages.flatMap((p) => p.mentions)).toEqual(whole.mentions);
    expect(pages.flatMap((p) => p.timeline)).toEqual(whole.timeline);
    for (const m of pages.flatMap((p) => p.mentions)) expectAtOffsets(m);
    // Past the end: empty lists, the counts still whole.
    const past = await page(5, longest);
    expect([past.relations, past.mentions, past.timeline]).toEqual([[], [], []]);
    expect(past.relationCount).toBe(whole.relationCount);
  });

  it('refuses a dossier page out of range with a clear BAD_USER_INPUT', async () => {
    const ask = `query ($limit: Int, $offset: Int) {
      entity(id: "person:katja-struc", limit: $limit, offset: $offset) { id } }`;
    const zero = await failure(ask, { limit: 0 });
    expect(zero.message).toBe('limit must be between 1 and 500 (it was 0)');
    expect(zero.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' });
    const negative = await failure(ask, { offset: -1 });
    expect(negative.message).toBe('offset must be 0 or more (it was -1)');
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'offset' });
  });
});
