import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFacts, type ValidatedFacts } from '../../src/facts/validateFacts.js';
import { ensureSchema } from '../../src/load/ensureSchema.js';
import { loadFacts } from '../../src/load/loadFacts.js';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';
import { testDriver } from '../helpers/testDriver.js';
import { TEST_JWT_SECRET as SECRET, bearer } from '../helpers/testTokens.js';

const tag = `merge-${randomUUID().slice(0, 8)}`;
const id = (kind: string, slug: string): string => `${kind}:${slug}-${tag}`;
const DOC_C = id('doc', 'c');
const DOC_D = id('doc', 'd');
const MAYOR = id('person', 'matej-rozman');
const MAYOR_TOO = id('person', 'm-rozman');
const CITY = id('city', 'pecs');
const FAIR = id('event', 'sejem');
const CONCERT = id('event', 'koncert');
const MEETING = id('event', 'srecanje');

const TEXT_C = 'Župan Matej Rozman je obiskal mesto Pécs. Sejem bo maja. Srečanje županov je bilo uspešno.';
const TEXT_D = 'Seje se je udeležil M. Rozman, ki je govoril o koncertu. Srečanje županov je bilo uspešno.';

function at(text: string, quote: string): { start: number; quote: string } {
  const index = text.indexOf(quote);
  if (index < 0) throw new Error(`"${quote}" is not in the text`);
  return { start: Array.from(text.slice(0, index)).length, quote };
}

const event = (eventId: string, name: string, evidence: { start: number; quote: string }): Record<string, unknown> => ({
  id: eventId,
  type: 'Event',
  kind: 'MEETING',
  name,
  nameEn: name,
  status: 'HELD',
  evidence: [evidence],
});

/** Minutes C name the mayor in full; minutes D (written elsewhere) as "M. Rozman" under another id. */
function documentC(): ValidatedFacts {
  const q = (quote: string): { start: number; quote: string } => at(TEXT_C, quote);
  return validateFacts(
    `${DOC_C}.facts.yaml`,
    {
      document: {
        id: DOC_C,
        file: 'c.txt',
        title: 'Zapisnik C',
        titleEn: 'Minutes C',
        kind: 'MINUTES',
        language: 'sl',
        date: '2022-05-01',
      },
      nodes: [
        { id: MAYOR, type: 'Person', name: 'Matej Rozman', evidence: [q('Župan Matej Rozman')] },
        { id: CITY, type: 'City', name: 'Pécs', evidence: [q('mesto Pécs')] },
        event(FAIR, 'Sejem', q('Sejem bo maja')),
        event(MEETING, 'Srečanje županov', q('Srečanje županov')),
      ],
      relations: [
        {
          type: 'PARTICIPATED_IN',
          from: MAYOR,
          to: FAIR,
          properties: { role: 'guest' },
          evidence: q('Matej Rozman je obiskal'),
        },
        {
          type: 'PARTICIPATED_IN',
          from: MAYOR,
          to: MEETING,
          properties: { role: 'host' },
          evidence: q('Srečanje županov je bilo'),
        },
        { type: 'LOCATED_IN', from: FAIR, to: CITY, evidence: q('mesto Pécs. Sejem') },
      ],
    },
    TEXT_C,
  );
}

function documentD(): ValidatedFacts {
  const q = (quote: string): { start: number; quote: string } => at(TEXT_D, quote);
  return validateFacts(
    `${DOC_D}.facts.yaml`,
    {
      document: {
        id: DOC_D,
        file: 'd.txt',
        title: 'Zapisnik D',
        titleEn: 'Minutes D',
        kind: 'MINUTES',
        language: 'sl',
        date: '2022-04-01',
      },
      nodes: [
        { id: MAYOR_TOO, type: 'Person', name: 'M. Rozman', evidence: [q('M. Rozman')] },
        event(CONCERT, 'Koncert', q('koncertu')),
        event(MEETING, 'Srečanje županov', q('Srečanje županov')),
      ],
      relations: [
        {
          type: 'PARTICIPATED_IN',
          from: MAYOR_TOO,
          to: CONCERT,
          properties: { role: 'speaker' },
          evidence: q('govoril o koncertu'),
        },
        {
          type: 'PARTICIPATED_IN',
          from: MAYOR_TOO,
          to: MEETING,
          properties: { role: 'host' },
          evidence: q('Srečanje županov je bilo'),
        },
      ],
    },
    TEXT_D,
  );
}

let driver: Driver;
let database: string;
let api: TestApi;

async function query<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, { tag, ...params }, { database });
  return records.map((r) => r.toObject() as T);
}

async function footprint(): Promise<string> {
  const [row] = await query<{ f: string }>(
    `MATCH (n) WHERE n.id CONTAINS $tag
     OPTIONAL MATCH (n)-[r]-()
     WITH collect(DISTINCT n) AS ns, collect(DISTINCT r) AS rs
     RETURN apoc.util.md5(apoc.coll.sort([x IN ns | apoc.convert.toSortedJsonMap(properties(x))])
              + apoc.coll.sort([x IN rs | startNode(x).id + type(x) + endNode(x).id + apoc.convert.toSortedJsonMap(properties(x))])) AS f`,
  );
  return row!.f;
}

const MERGE = `mutation ($keep: String!, $merge: String!, $reason: String) {
  mergeEntities(keep: $keep, merge: $merge, reason: $reason) { kept merged mergeId relationshipsMoved passagesMoved } }`;

/** The mayor's relations as "TYPE role other", sorted. */
async function relationsOf(person: string): Promise<string[]> {
  const [row] = await query<{ rels: string[] }>(
    `MATCH (:Person {id: $person})-[r]->(o) WHERE r.documentId IS NOT NULL
     RETURN apoc.coll.sort(collect(type(r) + ' ' + r.role + ' ' + o.id)) AS rels`,
    { person },
  );
  return row!.rels;
}

beforeAll(async () => {
  ({ driver, database } = testDriver());
  await ensureSchema(driver, database);
  api = await startTestApi(driver, database, { AUTH_JWT_SECRET: SECRET });
  await loadFacts(driver, database, documentC());
  await loadFacts(driver, database, documentD());
});

afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id CONTAINS $tag DETACH DELETE n', { tag }, { database });
  await api.stop();
  await driver.close();
});

describe('mergeEntities', () => {
  it('is refused without an editor token, and changes nothing', async () => {
    const before = await footprint();
    const variables = { keep: MAYOR, merge: MAYOR_TOO };
    expect((await api.graphql(MERGE, variables)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await api.graphql(MERGE, variables, await bearer(['reader']))).errors?.[0]?.extensions?.['code']).toBe(
      'FORBIDDEN',
    );
    expect(await footprint()).toBe(before);
  });

  it('refuses different kinds, unknown ids, non-entities and a node merged into itself, changing nothing', async () => {
    const before = await footprint();
    const editor = await bearer(['editor']);
    for (const [keep, merge, message] of [
      [MAYOR, CITY, /is a Person and .* a City/],
      [MAYOR, id('person', 'nobody'), /no entity/],
      [MAYOR, DOC_D, /is a Document, not an entity/],
      [MAYOR, MAYOR, /into itself/],
    ] as const) {
      const result = await api.graphql(MERGE, { keep, merge }, editor);
      expect(result.errors?.[0]?.extensions?.['code'], merge).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message, merge).toMatch(message);
    }
    expect(await footprint()).toBe(before);
  });

  it('merges two people into one node with every passage and relation of both, and records the merge', async () => {
    const result = await api.graphql<{ mergeEntities: Record<string, unknown> }>(
      MERGE,
      { keep: MAYOR, merge: MAYOR_TOO, reason: 'the same mayor of Kranj' },
      await bearer(['editor']),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.mergeEntities).toEqual({
      kept: MAYOR,
      merged: MAYOR_TOO,
      mergeId: `merge:${MAYOR_TOO}`,
      relationshipsMoved: 2,
      passagesMoved: 1,
    });
    const [gone] = await query<{ n: number }>('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id: MAYOR_TOO });
    expect(gone!.n).toBe(0);
    const [mayor] = await query<{
      name: string;
      aliases: string[];
      docs: string[];
      passages: string[];
      mergedIds: string[];
    }>(
      `MATCH (p:Person {id: $id})-[:EVIDENCED_BY]->(e:Passage)
       RETURN p.name AS name, p.aliases AS aliases, p.documentIds AS docs, p.mergedIds AS mergedIds,
              apoc.coll.sort(collect(e.quote)) AS passages`,
      { id: MAYOR },
    );
    expect(mayor).toEqual({
      name: 'Matej Rozman',
      aliases: ['M. Rozman'],
      docs: [DOC_C, DOC_D].sort(),
      mergedIds: [MAYOR_TOO],
      passages: ['M. Rozman', 'Župan Matej Rozman'],
    });
    // The meeting both documents state is one relationship now, stated by both.
    expect(await relationsOf(MAYOR)).toEqual(
      [`PARTICIPATED_IN guest ${FAIR}`, `PARTICIPATED_IN host ${MEETING}`, `PARTICIPATED_IN speaker ${CONCERT}`].sort(),
    );
    const [claims] = await query<{ docs: string[] }>(
      'MATCH (c:Claim {factId: $rel}) RETURN apoc.coll.sort(collect(c.documentId)) AS docs',
      { rel: `participated_in:${MAYOR}>${MEETING}:host` },
    );
    expect(claims!.docs).toEqual([DOC_C, DOC_D].sort());
    const [record] = await query<Record<string, unknown>>(
      `MATCH (:Person {id: $id})-[:MERGED_FROM]->(m:Merge)
       RETURN m.kept AS kept, m.merged AS merged, m.mergedName AS mergedName, m.reason AS reason, m.by AS by,
              m.at IS NOT NULL AS dated`,
      { id: MAYOR },
    );
    expect(record).toEqual({
      kept: MAYOR,
      merged: MAYOR_TOO,
      mergedName: 'M. Rozman',
      reason: 'the same mayor of Kranj',
      by: 'tester',
      dated: true,
    });
    // A name an editor merged is an alias, not a conflict.
    const [conflicts] = await query<{ n: number }>(
      `MATCH (f:Finding {kind: 'PROPERTY_CONFLICT'})-[:CONCERNS]->(:Person {id: $id}) RETURN count(f) AS n`,
      { id: MAYOR },
    );
    expect(conflicts!.n).toBe(0);
  });

  it('refuses to merge an id that was already merged away', async () => {
    const result = await api.graphql(MERGE, { keep: MAYOR, merge: MAYOR_TOO }, await bearer(['editor']));
    expect(result.errors?.[0]?.message).toMatch(/already merged into/);
  });

  it('lands a reload of a document that still uses the merged id on the kept node, creating nothing', async () => {
    const before = await footprint();
    const report = await loadFacts(driver, database, documentD());
    expect(report).toMatchObject({
      nodesCreated: 0,
      relationshipsCreated: 0,
      nodesDeleted: 0,
      relationshipsDeleted: 0,
    });
    expect(await footprint()).toBe(before);
    const [gone] = await query<{ n: number }>('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id: MAYOR_TOO });
    expect(gone!.n).toBe(0);
  });

  it('removes the merged-away document and keeps the kept node with what the other document states', async () => {
    const result = await api.graphql(
      'mutation ($id: String!) { removeDocument(id: $id) { nodesKept } }',
      { id: DOC_D },
      await bearer(['editor']),
    );
    expect(result.errors).toBeUndefined();
    expect(await relationsOf(MAYOR)).toEqual(
      [`PARTICIPATED_IN guest ${FAIR}`, `PARTICIPATED_IN host ${MEETING}`].sort(),
    );
    const [mayor] = await query<{ docs: string[]; aliases: string[] }>(
      'MATCH (p:Person {id: $id}) RETURN p.documentIds AS docs, p.aliases AS aliases',
      { id: MAYOR },
    );
    expect(mayor).toEqual({ docs: [DOC_C], aliases: ['M. Rozman'] });
  });
});
