import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFacts, type ValidatedFacts } from '../../src/facts/validateFacts.js';
import { ensureSchema } from '../../src/load/ensureSchema.js';
import { loadFacts } from '../../src/load/loadFacts.js';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';
import { testDriver } from '../helpers/testDriver.js';
import { TEST_JWT_SECRET as SECRET, bearer } from '../helpers/testTokens.js';

const tag = `multi-${randomUUID().slice(0, 8)}`;
const id = (kind: string, slug: string): string => `${kind}:${slug}-${tag}`;
const DOC_A = id('doc', 'a');
const DOC_B = id('doc', 'b');
const DOC_C = id('doc', 'c');
const ANA = id('person', 'ana-novak');
const JANEZ = id('person', 'janez-kos');
const CITY = id('city', 'zhangjiakou');
const CHINA = id('country', 'kitajska');
const VISIT_A = id('event', 'obisk-a');
const VISIT_B = id('event', 'obisk-b');

const TEXT_A =
  'Zapisnik 3. seje Komisije za mednarodne odnose. Prisotni: Ana Novak, Janez Kos. ' +
  'Ana Novak je poročala o obisku v mestu Zhangjiakou na Kitajskem. Obisk je bil izveden.';
const TEXT_B =
  'Zapisnik 2. seje Odbora za gospodarstvo. Navzoča: Ana Novak. ' +
  'Ana Novak je predlagala sprejem delegacije iz mesta Zhangjiakou (Kitajska). Sprejem je načrtovan.';

/** Evidence for a quote: its first occurrence, in code points. */
function at(text: string, quote: string): { start: number; quote: string } {
  const index = text.indexOf(quote);
  if (index < 0) throw new Error(`"${quote}" is not in the text`);
  return { start: Array.from(text.slice(0, index)).length, quote };
}

/** Minutes A (the more recent): Ana, Janez (only here), the city in China, a visit. */
function documentA(): ValidatedFacts {
  const q = (quote: string): { start: number; quote: string } => at(TEXT_A, quote);
  return validateFacts(
    `${DOC_A}.facts.yaml`,
    {
      document: {
        id: DOC_A,
        file: 'a.txt',
        title: 'Zapisnik 3. seje',
        titleEn: 'Minutes 3',
        kind: 'MINUTES',
        language: 'sl',
        date: '2022-03-01',
      },
      nodes: [
        { id: ANA, type: 'Person', name: 'Ana Novak', evidence: [q('Ana Novak, Janez')] },
        { id: JANEZ, type: 'Person', name: 'Janez Kos', evidence: [q('Janez Kos')] },
        { id: CITY, type: 'City', name: 'Zhangjiakou', nameEn: 'Zhangjiakou', evidence: [q('mestu Zhangjiakou')] },
        { id: CHINA, type: 'Country', name: 'Kitajska', isoCode: 'CN', evidence: [q('Kitajskem')] },
        {
          id: VISIT_A,
          type: 'Event',
          kind: 'VISIT',
          name: 'Obisk v Zhangjiakouju',
          nameEn: 'Visit to Zhangjiakou',
          status: 'HELD',
          evidence: [q('Obisk je bil izveden')],
        },
      ],
      relations: [
        { type: 'LOCATED_IN', from: CITY, to: CHINA, evidence: q('mestu Zhangjiakou na Kitajskem') },
        {
          type: 'PARTICIPATED_IN',
          from: ANA,
          to: VISIT_A,
          properties: { role: 'reporter' },
          evidence: q('Ana Novak je poročala'),
        },
        { type: 'ABOUT', from: VISIT_A, to: CITY, evidence: q('o obisku v mestu Zhangjiakou') },
      ],
    },
    TEXT_A,
  );
}

/** Minutes B (older): the same Ana, city and country, a planned reception; the city's English name differs. */
function documentB(): ValidatedFacts {
  const q = (quote: string): { start: number; quote: string } => at(TEXT_B, quote);
  return validateFacts(
    `${DOC_B}.facts.yaml`,
    {
      document: {
        id: DOC_B,
        file: 'b.txt',
        title: 'Zapisnik 2. seje',
        titleEn: 'Minutes 2',
        kind: 'MINUTES',
        language: 'sl',
        date: '2021-12-14',
      },
      nodes: [
        { id: ANA, type: 'Person', name: 'Ana Novak', evidence: [q('Navzoča: Ana Novak')] },
        { id: CITY, type: 'City', name: 'Zhangjiakou', nameEn: 'Kalgan', evidence: [q('mesta Zhangjiakou')] },
        { id: CHINA, type: 'Country', name: 'Kitajska', isoCode: 'CN', evidence: [q('Kitajska')] },
        {
          id: VISIT_B,
          type: 'Event',
          kind: 'VISIT',
          name: 'Sprejem delegacije',
          nameEn: 'Reception of a delegation',
          status: 'PLANNED',
          evidence: [q('Sprejem je načrtovan')],
        },
      ],
      relations: [
        { type: 'LOCATED_IN', from: CITY, to: CHINA, evidence: q('Zhangjiakou (Kitajska)') },
        {
          type: 'PARTICIPATED_IN',
          from: ANA,
          to: VISIT_B,
          properties: { role: 'host' },
          evidence: q('Ana Novak je predlagala'),
        },
      ],
    },
    TEXT_B,
  );
}

const TEXT_C = 'Zapisnik 1. seje Odbora za gospodarstvo. Pismo mesta Zhangjiakou s Kitajske.';

/** Minutes C (the oldest): the city as B states it, English name and all, in one more document. */
function documentC(): ValidatedFacts {
  const q = (quote: string): { start: number; quote: string } => at(TEXT_C, quote);
  return validateFacts(
    `${DOC_C}.facts.yaml`,
    {
      document: {
        id: DOC_C,
        file: 'c.txt',
        title: 'Zapisnik 1. seje',
        titleEn: 'Minutes 1',
        kind: 'MINUTES',
        language: 'sl',
        date: '2021-06-01',
      },
      nodes: [{ id: CITY, type: 'City', name: 'Zhangjiakou', nameEn: 'Kalgan', evidence: [q('mesta Zhangjiakou')] }],
      relations: [],
    },
    TEXT_C,
  );
}

let driver: Driver;
let database: string;
let api: TestApi;

async function query<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, { tag, ...params }, { database });
  return records.map((r) => r.toObject() as T);
}

/** Everything this file wrote, in a fixed order, as one fingerprint (and counts). */
async function footprint(): Promise<{ nodes: number; relationships: number; fingerprint: string }> {
  const [row] = await query<{ nodes: number; relationships: number; fingerprint: string }>(
    `MATCH (n) WHERE n.id CONTAINS $tag
     OPTIONAL MATCH (n)-[r]-()
     WITH collect(DISTINCT n) AS ns, collect(DISTINCT r) AS rs
     RETURN size(ns) AS nodes, size(rs) AS relationships,
            apoc.util.md5(apoc.coll.sort([x IN ns | apoc.convert.toSortedJsonMap(properties(x))])
              + apoc.coll.sort([x IN rs | startNode(x).id + type(x) + endNode(x).id + apoc.convert.toSortedJsonMap(properties(x))]))
              AS fingerprint`,
  );
  return row!;
}

const REMOVE =
  'mutation ($id: String!) { removeDocument(id: $id) { documentId nodesKept relationsKept nodesDeleted relationshipsDeleted } }';

beforeAll(async () => {
  ({ driver, database } = testDriver());
  await ensureSchema(driver, database);
  api = await startTestApi(driver, database, { AUTH_JWT_SECRET: SECRET });
});

afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id CONTAINS $tag DETACH DELETE n', { tag }, { database });
  await api.stop();
  await driver.close();
});

describe('many documents, one graph', () => {
  let bothLoaded: Awaited<ReturnType<typeof footprint>>;

  it('loads two documents that share a person, a city and a country into one node each, with passages from both', async () => {
    await loadFacts(driver, database, documentA());
    await loadFacts(driver, database, documentB());
    for (const node of [ANA, CITY, CHINA]) {
      const rows = await query<{ n: number; docs: string[]; passageDocs: string[] }>(
        `MATCH (n:Entity {id: $node})-[:EVIDENCED_BY]->(p:Passage)
         WITH n, collect(DISTINCT p.documentId) AS passageDocs
         RETURN count(n) AS n, n.documentIds AS docs, passageDocs`,
        { node },
      );
      expect(rows, node).toHaveLength(1);
      expect(rows[0]!.docs.sort(), node).toEqual([DOC_A, DOC_B].sort());
      expect(rows[0]!.passageDocs.sort(), node).toEqual([DOC_A, DOC_B].sort());
    }
    const located = await query<{ documentId: string; quote: string }>(
      'MATCH (:City {id: $city})-[r:LOCATED_IN]->(:Country {id: $country}) RETURN r.documentId AS documentId, r.quote AS quote',
      { city: CITY, country: CHINA },
    );
    // Both state it: one relationship, showing the more recent document's passage.
    expect(located).toEqual([{ documentId: DOC_A, quote: 'mestu Zhangjiakou na Kitajskem' }]);
    const [claims] = await query<{ docs: string[] }>(
      'MATCH (c:Claim) WHERE c.factId = $rel RETURN collect(c.documentId) AS docs',
      { rel: `located_in:${CITY}>${CHINA}` },
    );
    expect(claims!.docs.sort()).toEqual([DOC_A, DOC_B].sort());
    bothLoaded = await footprint();
  });

  it('keeps a property the documents state differently with both sources, as a PROPERTY_CONFLICT finding', async () => {
    const [city] = await query<{ nameEn: string }>('MATCH (c:City {id: $city}) RETURN c.nameEn AS nameEn', {
      city: CITY,
    });
    expect(city!.nameEn).toBe('Zhangjiakou');
    const result = await api.graphql<{
      findings: {
        kind: string;
        message: string;
        concerns: { id: string }[];
        evidence: { documentId: string; quote: string }[];
      }[];
    }>(
      'query ($doc: ID) { findings(documentId: $doc) { kind message concerns { id } evidence { documentId quote } } }',
      {
        doc: DOC_A,
      },
    );
    expect(result.errors).toBeUndefined();
    const conflicts = result.data!.findings.filter((f) => f.kind === 'PROPERTY_CONFLICT');
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict!.concerns).toEqual([{ id: CITY }]);
    expect(conflict!.message).toContain('nameEn');
    for (const part of ['"Zhangjiakou"', '"Kalgan"', DOC_A, DOC_B]) expect(conflict!.message).toContain(part);
    expect(conflict!.evidence.map((e) => `${e.documentId} ${e.quote}`).sort()).toEqual(
      [`${DOC_A} mestu Zhangjiakou`, `${DOC_B} mesta Zhangjiakou`].sort(),
    );
    // The same name and the same country code are no conflict.
    const [others] = await query<{ n: number }>(
      `MATCH (f:Finding {kind: 'PROPERTY_CONFLICT'})-[:CONCERNS]->(n) WHERE n.id CONTAINS $tag RETURN count(f) AS n`,
    );
    expect(others!.n).toBe(1);
  });

  it('changes nothing when a document is loaded again unchanged', async () => {
    const report = await loadFacts(driver, database, documentB());
    expect(report).toMatchObject({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    expect(await footprint()).toEqual(bothLoaded);
  });

  it('refuses removeDocument without an editor token, and for an unknown document, changing nothing', async () => {
    const anonymous = await api.graphql(REMOVE, { id: DOC_A });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const reader = await api.graphql(REMOVE, { id: DOC_A }, await bearer(['reader']));
    expect(reader.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const unknown = await api.graphql(REMOVE, { id: id('doc', 'nowhere') }, await bearer(['editor']));
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toMatch(/no document/);
    expect(await footprint()).toEqual(bothLoaded);
  });

  it('removes document A but keeps what B states: the shared nodes and relations, with B’s values and evidence', async () => {
    const result = await api.graphql<{ removeDocument: Record<string, number | string> }>(
      REMOVE,
      { id: DOC_A },
      await bearer(['editor']),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.removeDocument).toMatchObject({ documentId: DOC_A, nodesKept: 3, relationsKept: 1 });

    const [left] = await query<{ ids: string[] }>(
      'MATCH (n:Entity) WHERE n.id CONTAINS $tag RETURN apoc.coll.sort(collect(n.id)) AS ids',
    );
    expect(left!.ids).toEqual([ANA, CITY, CHINA, VISIT_B].sort());
    const [city] = await query<{ nameEn: string; docs: string[]; passages: string[] }>(
      `MATCH (c:City {id: $city})-[:EVIDENCED_BY]->(p:Passage)
       RETURN c.nameEn AS nameEn, c.documentIds AS docs, collect(p.documentId) AS passages`,
      { city: CITY },
    );
    expect(city).toEqual({ nameEn: 'Kalgan', docs: [DOC_B], passages: [DOC_B] });
    const located = await query<{ documentId: string; quote: string; start: number }>(
      'MATCH (:City {id: $city})-[r:LOCATED_IN]->() RETURN r.documentId AS documentId, r.quote AS quote, r.start AS start',
      { city: CITY },
    );
    expect(located).toEqual([{ documentId: DOC_B, ...at(TEXT_B, 'Zhangjiakou (Kitajska)') }]);
    const [ana] = await query<{ roles: string[] }>(
      'MATCH (:Person {id: $ana})-[r:PARTICIPATED_IN]->() RETURN collect(r.role) AS roles',
      { ana: ANA },
    );
    expect(ana!.roles).toEqual(['host']);
    const [gone] = await query<{ docs: number; passages: number; claims: number; conflicts: number }>(
      `RETURN COUNT { (d:Document {id: $doc}) } AS docs, COUNT { (p:Passage {documentId: $doc}) } AS passages,
              COUNT { (c:Claim {documentId: $doc}) } AS claims,
              COUNT { (f:Finding {kind: 'PROPERTY_CONFLICT'})-[:CONCERNS]->(:City {id: $city}) } AS conflicts`,
      { doc: DOC_A, city: CITY },
    );
    expect(gone).toEqual({ docs: 0, passages: 0, claims: 0, conflicts: 0 });
  });

  it('brings everything back when document A is loaded again, whatever the order of loading', async () => {
    const report = await loadFacts(driver, database, documentA());
    expect(report.nodesCreated).toBeGreaterThan(0);
    expect(await footprint()).toEqual(bothLoaded);
  });

  it('names every document of a disagreement, also those that state a value alike, and forgets one when it goes', async () => {
    // B and C state the same English name: loading A again reads them as one statement, yet the finding names both.
    await loadFacts(driver, database, documentC());
    await loadFacts(driver, database, documentA());
    const conflict = async (): Promise<{ docs: string[]; message: string; evidence: string[]; cityDocs: string[] }> => {
      const [row] = await query<{ docs: string[]; message: string; evidence: string[]; cityDocs: string[] }>(
        `MATCH (f:Finding {kind: 'PROPERTY_CONFLICT'})-[:CONCERNS]->(c:City {id: $city})
         MATCH (f)-[:EVIDENCED_BY]->(p:Passage)
         RETURN f.documentIds AS docs, f.message AS message, apoc.coll.sort(collect(p.documentId)) AS evidence,
                c.documentIds AS cityDocs`,
        { city: CITY },
      );
      return row!;
    };
    const three = await conflict();
    expect(three.docs).toEqual([DOC_A, DOC_B, DOC_C]);
    for (const part of [`"Kalgan" (${DOC_B})`, `"Kalgan" (${DOC_C})`, `"Zhangjiakou" (${DOC_A})`]) {
      expect(three.message).toContain(part);
    }
    expect(three.evidence).toEqual([DOC_A, DOC_B, DOC_C].sort());
    expect(three.cityDocs).toEqual([DOC_A, DOC_B, DOC_C].sort());

    const removed = await api.graphql(REMOVE, { id: DOC_C }, await bearer(['editor']));
    expect(removed.errors).toBeUndefined();
    const two = await conflict();
    expect(two.docs).toEqual([DOC_A, DOC_B]);
    expect(two.message).not.toContain(DOC_C);
    expect(two.cityDocs).toEqual([DOC_A, DOC_B].sort());
    expect(await footprint()).toEqual(bothLoaded);
  });

  it('removes a document whose nodes no other document states, leaving nothing of it', async () => {
    await api.graphql(REMOVE, { id: DOC_A }, await bearer(['editor']));
    const result = await api.graphql(REMOVE, { id: DOC_B }, await bearer(['editor']));
    expect(result.errors).toBeUndefined();
    expect((await footprint()).nodes).toBe(0);
  });
});
