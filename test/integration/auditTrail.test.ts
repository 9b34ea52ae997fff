import { randomUUID } from 'node:crypto';
import { GraphQLObjectType, GraphQLSchema, GraphQLString, graphql } from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { auditGeneratedMutations } from '../../src/api/auditedMutations.js';
import { removeDocument } from '../../src/load/removeDocument.js';
import { useTestApi } from '../helpers/useTestApi.js';
import { TEST_JWT_SECRET, bearer } from '../helpers/testTokens.js';

// The audit trail (src/load/auditTrail.ts, src/api/auditedMutations.ts, schema/audit.graphql):
// every write that changes the graph records who, when and what, in its own transaction.
const fixture = useTestApi({ AUTH_JWT_SECRET: TEST_JWT_SECRET });

const tag = `audit-${randomUUID().slice(0, 8)}`;
const id = (kind: string, slug: string): string => `${kind}:${slug}-${tag}`;
const DOC = id('doc', 'minutes');
const DOC_BAD = id('doc', 'refused');
const ANA = id('person', 'ana-novak');
const ANA_TOO = id('person', 'a-novak');
const CITY = id('city', 'zhangjiakou');
const COUNTRY = id('country', 'kitajska');
const HAND_MADE = id('country', 'hand-made');

const TEXT =
  'Zapisnik 3. seje Komisije za mednarodne odnose. Prisotni: Ana Novak, A. Novak. ' +
  'Ana Novak je poročala o mestu Zhangjiakou na Kitajskem.';

function at(quote: string): { start: number; quote: string } {
  const index = TEXT.indexOf(quote);
  if (index < 0) throw new Error(`"${quote}" is not in the text`);
  return { start: Array.from(TEXT.slice(0, index)).length, quote };
}

function facts(documentId = DOC, cityQuote = 'mestu Zhangjiakou'): string {
  return JSON.stringify({
    document: {
      id: documentId,
      file: 'audit.txt',
      title: 'Zapisnik 3. seje',
      titleEn: 'Minutes of the 3rd session',
      kind: 'MINUTES',
      language: 'sl',
      date: '2022-03-01',
    },
    nodes: [
      { id: ANA, type: 'Person', name: 'Ana Novak', evidence: [at('Ana Novak, A.')] },
      { id: ANA_TOO, type: 'Person', name: 'A. Novak', evidence: [at('A. Novak.')] },
      { id: CITY, type: 'City', name: 'Zhangjiakou', evidence: [{ ...at('mestu Zhangjiakou'), quote: cityQuote }] },
      { id: COUNTRY, type: 'Country', name: 'Kitajska', evidence: [at('Kitajskem')] },
    ],
    relations: [{ type: 'LOCATED_IN', from: CITY, to: COUNTRY, evidence: at('mestu Zhangjiakou na Kitajskem') }],
  });
}

async function tokenFor(subject: string, roles: readonly string[]): Promise<Record<string, string>> {
  const token = await new SignJWT({ roles: [...roles] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
  return { authorization: `Bearer ${token}` };
}

interface EventRow {
  id: string;
  action: string;
  actor: string;
  via: string;
  documentId?: string;
  summary: string;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  operationName: string | null;
  mutationFields: string[] | null;
  details: string | null;
  linked: string[];
}

/** This file's audit events (by document or by what the arguments name), oldest first. */
async function events(): Promise<EventRow[]> {
  const { records } = await fixture.driver.executeQuery(
    `MATCH (e:AuditEvent) WHERE e.documentId CONTAINS $tag OR e.details CONTAINS $tag
     OPTIONAL MATCH (e)-[:CHANGED]->(d:Document)
     WITH e, collect(d.id) AS linked ORDER BY e.at, e.id
     RETURN e {.*, at: toString(e.at), linked: linked} AS e`,
    { tag },
    { database: fixture.database },
  );
  return records.map((r) => r.get('e') as EventRow);
}

const IMPORT = `mutation AliceImports($f: String!, $t: String!) {
  importFacts(facts: $f, documentText: $t) { documentId nodesCreated relationshipsCreated auditEventId }
}`;

afterAll(async () => {
  const { driver, database } = fixture;
  if (!driver) return;
  for (const doc of [DOC, DOC_BAD]) await removeDocument(driver, database, doc).catch(() => undefined);
  await driver.executeQuery(
    `MATCH (n) WHERE n.id CONTAINS $tag OR (n:Merge AND n.merged CONTAINS $tag)
        OR (n:AuditEvent AND (n.documentId CONTAINS $tag OR n.details CONTAINS $tag))
     DETACH DELETE n`,
    { tag },
    { database },
  );
});

describe('the audit trail', () => {
  it('records an editor’s import: who, when, what, linked to the document', async () => {
    const alice = await tokenFor('alice', ['editor']);
    const result = await fixture.api.graphql<{
      importFacts: { nodesCreated: number; relationshipsCreated: number; auditEventId: string | null };
    }>(IMPORT, { f: facts(), t: TEXT }, alice);
    expect(result.errors).toBeUndefined();
    const report = result.data?.importFacts;
    expect(report?.nodesCreated).toBeGreaterThan(0);
    const [event, ...more] = await events();
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      id: report?.auditEventId,
      action: 'IMPORT_LOAD',
      actor: 'alice',
      via: 'graphql',
      documentId: DOC,
      operationName: 'AliceImports',
      nodesCreated: report?.nodesCreated,
      relationshipsCreated: report?.relationshipsCreated,
      linked: [DOC],
    });
    expect(event?.summary).toMatch(/^created \d+ nodes, \d+ relationships/);
  });

  it('adds nothing when the same facts are loaded again and nothing changed', async () => {
    const result = await fixture.api.graphql<{ importFacts: { auditEventId: string | null } }>(
      IMPORT,
      { f: facts(), t: TEXT },
      await tokenFor('bob', ['editor']),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importFacts.auditEventId).toBeNull();
    expect((await events()).map((e) => e.actor)).toEqual(['alice']);
  });

  it('records nothing for a refused import (bad facts, or no editor role)', async () => {
    const bad = await fixture.api.graphql(
      IMPORT,
      { f: facts(DOC_BAD, 'not in the text at all'), t: TEXT },
      await tokenFor('alice', ['editor']),
    );
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const reader = await fixture.api.graphql(IMPORT, { f: facts(DOC_BAD), t: TEXT }, await bearer(['reader']));
    expect(reader.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await events()).filter((e) => e.documentId === DOC_BAD)).toEqual([]);
  });

  it('answers "who added this fact?" for a node and a relationship: alice, and the passage', async () => {
    const { records } = await fixture.driver.executeQuery(
      'MATCH (:City {id: $city})-[r:LOCATED_IN]->() RETURN r.id AS id',
      { city: CITY },
      { database: fixture.database },
    );
    const relationId = records[0]?.get('id') as string;
    const QUERY = `query ($id: ID!) { factOrigin(id: $id) {
      kind type documents
      statements { documentId documentDate passages { quote start end } loads { action actor via at } }
    } }`;
    const reader = await bearer(['reader']);
    const node = await fixture.api.graphql<{ factOrigin: Record<string, unknown> }>(QUERY, { id: CITY }, reader);
    expect(node.errors).toBeUndefined();
    expect(node.data?.factOrigin).toMatchObject({
      kind: 'node',
      type: 'City',
      documents: 1,
      statements: [
        {
          documentId: DOC,
          documentDate: '2022-03-01',
          passages: [{ ...at('mestu Zhangjiakou'), end: expect.any(Number) }],
          loads: [{ action: 'IMPORT_LOAD', actor: 'alice', via: 'graphql', at: expect.any(String) }],
        },
      ],
    });
    const relation = await fixture.api.graphql<{ factOrigin: Record<string, unknown> }>(
      QUERY,
      { id: relationId },
      reader,
    );
    expect(relation.data?.factOrigin).toMatchObject({
      kind: 'relation',
      type: 'LOCATED_IN',
      statements: [
        { documentId: DOC, passages: [{ quote: 'mestu Zhangjiakou na Kitajskem' }], loads: [{ actor: 'alice' }] },
      ],
    });
    const none = await fixture.api.graphql<{ factOrigin: unknown }>(QUERY, { id: id('person', 'nobody') }, reader);
    expect(none.data?.factOrigin).toBeNull();
  });

  it('records generated mutations in their own transaction; a failed one records nothing', async () => {
    const alice = await tokenFor('alice', ['editor']);
    const CREATE = `mutation CreateCountry($id: ID!) {
      createCountries(input: [{ id: $id, name: "Ročno", aliases: [] }]) { countries { id } } }`;
    const created = await fixture.api.graphql(CREATE, { id: HAND_MADE }, alice);
    expect(created.errors).toBeUndefined();
    // The same id again breaks the uniqueness constraint: refused, and not recorded.
    const again = await fixture.api.graphql(CREATE, { id: HAND_MADE }, alice);
    expect(again.errors?.length).toBeGreaterThan(0);
    const DELETE = `mutation DeleteCountry($id: ID!) { deleteCountries(where: { id: { eq: $id } }) { nodesDeleted } }`;
    const deleted = await fixture.api.graphql(DELETE, { id: HAND_MADE }, alice);
    expect(deleted.errors).toBeUndefined();
    // A delete that matches nothing changes nothing, and records nothing.
    expect((await fixture.api.graphql(DELETE, { id: HAND_MADE }, alice)).errors).toBeUndefined();

    const generated = (await events()).filter((e) => e.action === 'GRAPHQL_MUTATION');
    expect(generated).toMatchObject([
      {
        actor: 'alice',
        via: 'graphql',
        operationName: 'CreateCountry',
        mutationFields: ['createCountries'],
        nodesCreated: 1,
      },
      { actor: 'alice', operationName: 'DeleteCountry', mutationFields: ['deleteCountries'], nodesDeleted: 1 },
    ]);
    expect(generated[0]?.documentId).toBeUndefined(); // no document concerned: the property is not set
    expect(generated[0]?.details).toContain(HAND_MADE);
    expect(generated[0]?.summary).toMatch(/^createCountries: created 1 node/);
  });

  it('records a reload that undoes an editor’s change, and a merge', async () => {
    const alice = await tokenFor('alice', ['editor']);
    const renamed = await fixture.api.graphql(
      `mutation ($id: ID!) { updatePeople(where: { id: { eq: $id } }, update: { name: { set: "Ana N." } }) { people { id } } }`,
      { id: ANA },
      alice,
    );
    expect(renamed.errors).toBeUndefined();
    const reload = await fixture.api.graphql<{ importFacts: { auditEventId: string | null } }>(
      IMPORT,
      { f: facts(), t: TEXT },
      await tokenFor('carol', ['editor']),
    );
    expect(reload.data?.importFacts.auditEventId).toEqual(expect.any(String));

    const merged = await fixture.api.graphql<{ mergeEntities: { auditEventId: string | null } }>(
      `mutation MergeAna($keep: String!, $merge: String!) {
        mergeEntities(keep: $keep, merge: $merge, reason: "same person") { auditEventId } }`,
      { keep: ANA, merge: ANA_TOO },
      alice,
    );
    expect(merged.errors).toBeUndefined();
    const all = await events();
    expect(all.find((e) => e.id === reload.data?.importFacts.auditEventId)).toMatchObject({
      action: 'IMPORT_LOAD',
      actor: 'carol',
      documentId: DOC,
    });
    const merge = all.find((e) => e.id === merged.data?.mergeEntities.auditEventId);
    expect(merge).toMatchObject({ action: 'MERGE_ENTITIES', actor: 'alice', operationName: 'MergeAna' });
    expect(merge?.summary).toContain(`merged ${ANA_TOO} into ${ANA}`);
    expect(JSON.parse(merge?.details ?? '{}')).toEqual({ keep: ANA, merge: ANA_TOO, reason: 'same person' });
  });

  it('lets a reader list events and a document’s events, and nobody write them', async () => {
    const reader = await bearer(['reader']);
    const listed = await fixture.api.graphql<{
      auditEvents: { actor: string; action: string; document: { id: string }[] }[];
      documents: { auditEvents: { actor: string }[] }[];
    }>(
      `query ($doc: String!, $id: ID!) {
        auditEvents(where: { documentId: { eq: $doc } }, sort: [{ at: ASC }], limit: 10) {
          actor action document { id } }
        documents(where: { id: { eq: $id } }) { auditEvents(sort: [{ at: ASC }]) { actor } }
      }`,
      { doc: DOC, id: DOC },
      reader,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.auditEvents).toEqual([
      { actor: 'alice', action: 'IMPORT_LOAD', document: [{ id: DOC }] },
      { actor: 'carol', action: 'IMPORT_LOAD', document: [{ id: DOC }] },
    ]);
    expect(listed.data?.documents[0]?.auditEvents.map((e) => e.actor)).toEqual(['alice', 'carol']);

    const alice = await tokenFor('alice', ['editor']);
    for (const write of [
      'mutation { createAuditEvents(input: [{ id: "x" }]) { auditEvents { id } } }',
      'mutation { deleteAuditEvents { nodesDeleted } }',
      'mutation { updateAuditEvents(update: { actor: { set: "mallory" } }) { auditEvents { id } } }',
    ]) {
      const refused = await fixture.api.graphql(write, {}, alice);
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('records a removal, and keeps the history of the removed document', async () => {
    const alice = await tokenFor('alice', ['editor']);
    const removed = await fixture.api.graphql<{ removeDocument: { auditEventId: string | null } }>(
      'mutation RemoveIt($id: String!) { removeDocument(id: $id) { nodesDeleted auditEventId } }',
      { id: DOC },
      alice,
    );
    expect(removed.errors).toBeUndefined();
    const all = await events();
    const removal = all.find((e) => e.id === removed.data?.removeDocument.auditEventId);
    expect(removal).toMatchObject({ action: 'REMOVE_DOCUMENT', actor: 'alice', documentId: DOC, linked: [] });
    expect(removal?.nodesDeleted).toBeGreaterThan(0);
    expect(all.filter((e) => e.documentId === DOC).map((e) => e.action)).toEqual([
      'IMPORT_LOAD',
      'IMPORT_LOAD',
      'REMOVE_DOCUMENT',
    ]);
  });
});

describe('a generated mutation and its record share one transaction', () => {
  // The wrapper on its own, around a resolver that writes through the transaction it is handed, as
  // @neo4j/graphql's executor does, and then succeeds or fails.
  const MARK = id('mark', 'atomic');
  function schemaThat(fail: boolean): GraphQLSchema {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
      mutation: new GraphQLObjectType({
        name: 'Mutation',
        fields: {
          mark: {
            type: GraphQLString,
            resolve: async (
              _root,
              _args,
              ctx: { executionContext: { run: (q: string, p: object) => Promise<unknown> } },
            ) => {
              await ctx.executionContext.run('CREATE (:AuditProbe {id: $id})', { id: MARK });
              if (fail) throw new Error('the write failed after it had written');
              return MARK;
            },
          },
        },
      }),
    });
    return auditGeneratedMutations(schema, fixture.database);
  }
  const run = (fail: boolean) =>
    graphql({
      schema: schemaThat(fail),
      source: `mutation Mark { mark }`,
      contextValue: {
        executionContext: fixture.driver,
        database: fixture.database,
        caller: { subject: 'alice', roles: ['editor'], authenticated: true },
      },
    });
  async function count(): Promise<{ probes: number; events: number }> {
    const { records } = await fixture.driver.executeQuery(
      `RETURN COUNT { MATCH (p:AuditProbe {id: $id}) } AS probes,
              COUNT { MATCH (e:AuditEvent) WHERE e.operationName = 'Mark' AND e.actor = 'alice'
                      AND e.mutationFields = ['mark'] AND e.at > datetime() - duration('PT5M') } AS events`,
      { id: MARK },
      { database: fixture.database },
    );
    return records[0]?.toObject() as { probes: number; events: number };
  }
  afterAll(async () => {
    await fixture.driver?.executeQuery(
      `MATCH (p:AuditProbe {id: $id}) DETACH DELETE p
       WITH count(*) AS done
       MATCH (e:AuditEvent {operationName: 'Mark'}) WHERE e.mutationFields = ['mark'] DETACH DELETE e`,
      { id: MARK },
      { database: fixture.database },
    );
  });

  it('a failure after the write leaves neither the write nor a record', async () => {
    const before = await count();
    const result = await run(true);
    expect(result.errors?.[0]?.message).toBe('the write failed after it had written');
    expect(await count()).toEqual(before);
  });

  it('a success commits both', async () => {
    const before = await count();
    const result = await run(false);
    expect(result.errors).toBeUndefined();
    expect(await count()).toEqual({ probes: before.probes + 1, events: before.events + 1 });
  });
});
