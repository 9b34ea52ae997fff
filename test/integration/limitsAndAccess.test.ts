import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stringify } from 'yaml';
import { createDriver } from '../../src/neo4j/createDriver.js';
import { FIXTURE_TEXT, factsFixture } from '../helpers/factsFixture.js';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.js';
import { testDriver } from '../helpers/testDriver.js';
import { TEST_JWT_SECRET as SECRET, bearer, signTestToken } from '../helpers/testTokens.js';

const tag = `access-${Math.random().toString(36).slice(2, 8)}`;
let driver: Driver;
let database: string;
let api: TestApi;
// The same API with Neo4j out of reach: a refusal here proves no database work was needed for it.
let proxy: TcpProxy;
let offlineDriver: Driver;
let offline: TestApi;

function nested(depth: number): string {
  // people { memberships { person { memberships { … id } } } }, `depth` levels below people
  let q = 'id';
  for (let level = depth - 1; level >= 0; level--) q = level % 2 === 0 ? `memberships { ${q} }` : `person { ${q} }`;
  return `{ people { ${q} } }`;
}

beforeAll(async () => {
  ({ driver, database } = testDriver());
  api = await startTestApi(driver, database, { AUTH_JWT_SECRET: SECRET });
  const connection = inject('neo4j');
  proxy = await startTcpProxy(Number(new URL(connection.uri.replace(/^[a-z+]+:/, 'http:')).port));
  proxy.cut();
  offlineDriver = createDriver({ ...connection, uri: `bolt://127.0.0.1:${proxy.port}` });
  offline = await startTestApi(offlineDriver, database, { AUTH_JWT_SECRET: SECRET });
});

afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id CONTAINS $tag DETACH DELETE n', { tag }, { database });
  await api.stop();
  await offline.stop();
  await driver.close();
  await offlineDriver.close();
  await proxy.close();
});

describe('limits, refused before any database work', () => {
  it('refuses a depth-20 query, naming the depth limit', async () => {
    const result = await offline.graphql(nested(20));
    expect(result.errors?.[0]?.message).toMatch(/Query depth limit of 10 exceeded/);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a 100-alias query, naming the alias limit', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: graphStats { nodes }`).join(' ');
    const result = await offline.graphql(`{ ${aliases} }`);
    expect(result.errors?.map((e) => e.message).join(' ')).toMatch(/Aliases limit of 15 exceeded/);
  });

  it('refuses a huge list request, literal or variable, naming the page-size limit', async () => {
    const literal = await offline.graphql('{ people(limit: 100000) { id } }');
    expect(literal.errors?.[0]?.message).toMatch(/list size limit: people\(limit: 100000\) .* maximum of 500/);
    expect(literal.errors?.[0]?.extensions?.['code']).toBe('QUERY_LIMIT_EXCEEDED');
    const variable = await offline.graphql('query ($n: Int) { people(limit: $n) { id } }', { n: 1_000_000 });
    expect(variable.errors?.[0]?.message).toMatch(/people\(limit: 1000000\)/);
  });

  it('refuses a query of too many tokens and too high a cost', async () => {
    const many = Array.from({ length: 1200 }, (_, i) => `f${i}: __typename`).join(' ');
    const tokens = await offline.graphql(`{ ${many} }`);
    expect(tokens.errors?.[0]?.message).toMatch(/Document contains more th\w+ 3000 tokens/);
    const wide = `{ ${Array.from({ length: 14 }, (_, i) => `x${i}: ${nested(8).slice(2, -2)}`).join(' ')} }`;
    const cost = await offline.graphql(wide);
    expect(cost.errors?.map((e) => e.message).join(' ')).toMatch(/Query Cost limit of 2000 exceeded/);
  });

  it('lets a query within the limits through to the database', async () => {
    const result = await api.graphql(nested(6));
    expect(result.errors).toBeUndefined();
  });
});

describe('access: anonymous, reader, editor × read, generated mutation, custom mutation', () => {
  const read = '{ sessions(where: { number: { eq: 2 } }) { number } }';
  const generated = (n: string): string =>
    `mutation { createCountries(input: [{ id: "country:${tag}-${n}", name: "Test ${n}", aliases: [] }]) { countries { id } } }`;
  const custom = (n: string): { query: string; variables: Record<string, unknown> } => ({
    query:
      'mutation ($facts: String!, $text: String!) { importFacts(facts: $facts, documentText: $text) { documentId nodesCreated } }',
    variables: { facts: stringify(factsFixture(`${tag}-${n}`)), text: FIXTURE_TEXT },
  });

  it('anonymous callers read, and are refused writes with a 401-style error', async () => {
    expect((await api.graphql(read)).data).toEqual({ sessions: [{ number: 2 }] });
    for (const result of [
      await offline.graphql(generated('anon')),
      await offline.graphql(custom('anon').query, custom('anon').variables),
    ]) {
      expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0]?.message).toMatch(/writes need a token/);
    }
  });

  it('readers read, and are refused writes as forbidden', async () => {
    const headers = await bearer(['reader']);
    expect((await api.graphql(read, undefined, headers)).data).toEqual({ sessions: [{ number: 2 }] });
    const g = await offline.graphql(generated('reader'), undefined, headers);
    const c = await offline.graphql(custom('reader').query, custom('reader').variables, headers);
    for (const result of [g, c]) {
      expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(result.errors?.[0]?.message).toMatch(/writes need the "editor" role/);
    }
  });

  it('editors read and write through generated and custom mutations', async () => {
    const headers = await bearer(['editor']);
    expect((await api.graphql(read, undefined, headers)).data).toEqual({ sessions: [{ number: 2 }] });
    const g = await api.graphql<{ createCountries: { countries: { id: string }[] } }>(
      generated('editor'),
      undefined,
      headers,
    );
    expect(g.errors).toBeUndefined();
    expect(g.data?.createCountries.countries).toEqual([{ id: `country:${tag}-editor` }]);
    const c = await api.graphql<{ importFacts: { documentId: string; nodesCreated: number } }>(
      custom('editor').query,
      custom('editor').variables,
      headers,
    );
    expect(c.errors).toBeUndefined();
    expect(c.data?.importFacts).toMatchObject({ documentId: `doc:test-${tag}-editor` });
    expect(c.data?.importFacts.nodesCreated).toBeGreaterThan(5);
  });

  it('refuses a bad or foreign token with a 401-style error before any database work', async () => {
    const forged = `Bearer ${await signTestToken(['editor'], { secret: 'another-secret-that-is-also-32-chars-long' })}`;
    for (const authorization of [forged, 'Bearer not.a.jwt', 'Basic abc']) {
      const result = await offline.graphql(read, undefined, { authorization });
      expect(result.errors?.[0]?.extensions?.['code'], authorization).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0]?.message).toMatch(/invalid token|must be "Bearer <token>"/);
    }
  });

  it('refuses a bad facts file in importFacts with every problem named, and writes nothing', async () => {
    const raw = factsFixture(`${tag}-bad`);
    (raw.relations[0] as { to: string }).to = 'city:nowhere';
    const result = await api.graphql(
      custom('x').query,
      { facts: stringify(raw), text: FIXTURE_TEXT },
      await bearer(['editor']),
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/"to" names unknown entity "city:nowhere"/);
    const { records } = await driver.executeQuery(
      'MATCH (n) WHERE n.id CONTAINS $t RETURN count(n) AS n',
      { t: `${tag}-bad` },
      { database },
    );
    expect(records[0]?.get('n')).toBe(0);
  });

  it('requires a token for reads when configured to', async () => {
    const closed = await startTestApi(offlineDriver, database, {
      AUTH_JWT_SECRET: SECRET,
      AUTH_REQUIRE_FOR_READS: 'true',
    });
    try {
      const result = await closed.graphql(read);
      expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0]?.message).toMatch(/requires a token for reads/);
      expect((await fetch(`${closed.url}/export/graph.json`)).status).toBe(401);
    } finally {
      await closed.stop();
    }
  });
});

describe('production mode', () => {
  it('switches off introspection and the playground, and never shows Neo4j internals', async () => {
    const prod = await startTestApi(driver, database, { NODE_ENV: 'production', AUTH_JWT_SECRET: SECRET });
    try {
      const introspection = await prod.graphql('{ __schema { types { name } } }');
      expect(introspection.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      expect((await fetch(`${prod.url}/`)).status).toBe(404);
      // A duplicate id breaks a uniqueness constraint inside Neo4j: the client is told what is wrong, in its own
      // terms, and sees neither Cypher nor the constraint.
      const dup = await prod.graphql(
        'mutation { createCountries(input: [{ id: "country:russia", name: "Dup", aliases: [] }]) { countries { id } } }',
        undefined,
        await bearer(['editor']),
      );
      expect(dup.errors?.[0]?.message).toMatch(/^createCountries: a node with this id already exists/);
      expect(dup.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(dup)).not.toMatch(/constraint|Neo\.|MERGE|CREATE \(|stacktrace/i);
    } finally {
      await prod.stop();
    }
  });
});
