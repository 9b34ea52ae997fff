import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../src/neo4j/createDriver.js';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.js';
import { testDriver } from '../helpers/testDriver.js';
import { TEST_JWT_SECRET as SECRET, bearer } from '../helpers/testTokens.js';

let driver: Driver;
let database: string;
let api: TestApi;
// The same API with Neo4j out of reach: a server failure, not the client's.
let proxy: TcpProxy;
let offlineDriver: Driver;
let offline: TestApi;

interface Answer {
  status: number;
  contentType: string;
  codes: string[];
  messages: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** Sends a raw HTTP request to /graphql and reads status, content type and GraphQL error codes. */
async function ask(target: TestApi, init: RequestInit & { search?: string } = {}): Promise<Answer> {
  const { search = '', ...rest } = init;
  const response = await fetch(`${target.url}/graphql${search}`, { method: 'POST', ...rest });
  const text = await response.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    codes: (body.errors ?? []).map((e) => String(e.extensions?.['code'])),
    messages: (body.errors ?? []).map((e) => e.message).join(' | '),
    body,
  };
}

const post = (
  target: TestApi,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> =>
  ask(target, {
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

function nested(depth: number): string {
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
  await api?.stop();
  await offline?.stop();
  await driver?.close();
  await offlineDriver?.close();
  await proxy?.close();
});

describe('a client mistake is answered with a 4xx status and a GraphQL error code', () => {
  it('a page size over the limit, literal or variable, is 400 QUERY_LIMIT_EXCEEDED', async () => {
    const search = await post(offline, '{ search(text: "x", limit: 600) { id } }');
    expect(search.codes).toEqual(['QUERY_LIMIT_EXCEEDED']);
    expect(search.messages).toMatch(/list size limit: search\(limit: 600\)/);
    expect(search.status).toBe(400);
    const graph = await post(
      offline,
      'query ($n: Int) { graph(focus: "twinning:kranj-yekaterinburg", maxNodes: $n) { nodes { id } } }',
      {
        n: 2147483648,
      },
    );
    expect(graph.codes).toEqual(['QUERY_LIMIT_EXCEEDED']);
    expect(graph.status).toBe(400);
    const people = await post(offline, '{ people(limit: 100000) { id } }');
    expect([people.status, people.codes]).toEqual([400, ['QUERY_LIMIT_EXCEEDED']]);
  });

  it('a literal integer out of the 32-bit range is 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const answer = await post(
      offline,
      '{ graph(focus: "twinning:kranj-yekaterinburg", maxNodes: 2147483648) { nodes { id } } }',
    );
    expect([answer.status, answer.codes]).toEqual([400, ['GRAPHQL_VALIDATION_FAILED']]);
  });

  it('a syntax error is 400 GRAPHQL_PARSE_FAILED', async () => {
    const answer = await post(offline, '{ people { id }');
    expect([answer.status, answer.codes]).toEqual([400, ['GRAPHQL_PARSE_FAILED']]);
  });

  it('a query over the parser token limit is 400 GRAPHQL_PARSE_FAILED', async () => {
    const many = Array.from({ length: 1200 }, (_, i) => `f${i}: __typename`).join(' ');
    const answer = await post(offline, `{ ${many} }`);
    expect(answer.messages).toMatch(/tokens/);
    expect([answer.status, answer.codes]).toEqual([400, ['GRAPHQL_PARSE_FAILED']]);
  });

  it('an unknown field is 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const answer = await post(offline, '{ people { id noSuchField } }');
    expect([answer.status, answer.codes]).toEqual([400, ['GRAPHQL_VALIDATION_FAILED']]);
  });

  it('each GraphQL Armor limit (depth, aliases, directives, cost) is 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: graphStats { nodes }`).join(' ');
    const directives = `{ graphStats ${Array.from({ length: 60 }, () => '@include(if: true)').join(' ')} { nodes } }`;
    const cost = `{ ${Array.from({ length: 14 }, (_, i) => `x${i}: ${nested(8).slice(2, -2)}`).join(' ')} }`;
    for (const [limit, query, message] of [
      ['depth', nested(20), /depth limit/i],
      ['aliases', `{ ${aliases} }`, /Aliases limit/],
      ['directives', directives, /Directives limit/],
      ['cost', cost, /Cost limit/],
    ] as const) {
      const answer = await post(offline, query);
      expect(answer.messages, limit).toMatch(message);
      expect(answer.status, limit).toBe(400);
      expect(new Set(answer.codes), limit).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    }
  });

  it('a variable of the wrong type is 400 BAD_USER_INPUT', async () => {
    const answer = await post(offline, 'query ($n: Int) { people(limit: $n) { id } }', { n: 'many' });
    expect([answer.status, answer.codes]).toEqual([400, ['BAD_USER_INPUT']]);
  });

  it("a resolver's refusal of an argument is 400 BAD_USER_INPUT", async () => {
    for (const query of [
      '{ graph(focus: "twinning:kranj-yekaterinburg", depth: 99) { nodes { id } } }',
      '{ search(text: "   ") { id } }',
      '{ search(text: "x", limit: 0) { id } }',
      '{ graph(focus: "no-such:entity") { nodes { id } } }',
    ]) {
      const answer = await post(api, query);
      expect(answer.codes, query).toEqual(['BAD_USER_INPUT']);
      expect(answer.status, query).toBe(400);
    }
  });

  it('a negative limit, first or offset, which only Neo4j notices, is 400 BAD_USER_INPUT naming the argument', async () => {
    for (const [query, message] of [
      ['{ people(limit: -1) { id } }', /limit \(or first\) must not be negative; it was -1/],
      [
        '{ peopleConnection(first: -2) { edges { node { id } } } }',
        /limit \(or first\) must not be negative; it was -2/,
      ],
      ['{ people(offset: -5) { id } }', /offset must not be negative; it was -5/],
    ] as const) {
      const answer = await post(api, query);
      expect(answer.messages, query).toMatch(message);
      expect([answer.status, answer.codes], query).toEqual([400, ['BAD_USER_INPUT']]);
    }
  });

  it("an editor's mutation refused by its resolver is 400 BAD_USER_INPUT", async () => {
    const answer = await post(
      api,
      'mutation { removeDocument(id: "doc:no-such-document") { documentId } }',
      undefined,
      await bearer(['editor']),
    );
    expect(answer.messages).toMatch(/there is no document "doc:no-such-document"/);
    expect([answer.status, answer.codes]).toEqual([400, ['BAD_USER_INPUT']]);
  });

  it('an operation name that names no operation, or several operations without a name, is 400', async () => {
    const unknown = await ask(offline, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query A { graphStats { nodes } }', operationName: 'B' }),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.codes).toEqual(['OPERATION_RESOLUTION_FAILURE']);
    const ambiguous = await post(offline, 'query A { graphStats { nodes } } query B { graphStats { nodes } }');
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.codes).toHaveLength(1);
  });

  it('writes without a token are 401 UNAUTHENTICATED, with a reader token 403 FORBIDDEN', async () => {
    const mutation = 'mutation { removeDocument(id: "doc:none") { documentId } }';
    const anonymous = await post(offline, mutation);
    expect([anonymous.status, anonymous.codes]).toEqual([401, ['UNAUTHENTICATED']]);
    const reader = await post(offline, mutation, undefined, await bearer(['reader']));
    expect([reader.status, reader.codes]).toEqual([403, ['FORBIDDEN']]);
  });

  it('a forged, expired or malformed token is 401 UNAUTHENTICATED', async () => {
    const headers = [
      await bearer(['editor'], { secret: 'another-secret-that-is-also-32-chars-long' }),
      await bearer(['editor'], { expired: true }),
      { authorization: 'Bearer not.a.jwt' },
      { authorization: 'Basic abc' },
    ];
    for (const h of headers) {
      const answer = await post(offline, '{ graphStats { nodes } }', undefined, h);
      expect([answer.status, answer.codes], h.authorization).toEqual([401, ['UNAUTHENTICATED']]);
    }
  });

  it('a malformed JSON body is 400 BAD_REQUEST as a JSON GraphQL error', async () => {
    const answer = await ask(offline, { headers: { 'content-type': 'application/json' }, body: '{"query": "{ people' });
    expect(answer.contentType).toMatch(/application\/json/);
    expect([answer.status, answer.codes]).toEqual([400, ['BAD_REQUEST']]);
    expect(answer.messages).toMatch(/JSON/);
  });

  it('a body over the size limit is 413 BAD_REQUEST as a JSON GraphQL error', async () => {
    const huge = JSON.stringify({
      query: '{ graphStats { nodes } }',
      variables: { pad: 'x'.repeat(26 * 1024 * 1024) },
    });
    const answer = await ask(offline, { headers: { 'content-type': 'application/json' }, body: huge });
    expect(answer.contentType).toMatch(/application\/json/);
    expect([answer.status, answer.codes]).toEqual([413, ['BAD_REQUEST']]);
    expect(answer.messages).toMatch(/too large/i);
  });

  it('a body that is not a GraphQL request is 400 BAD_REQUEST', async () => {
    for (const body of ['{}', '"just a string"', '{"query": 42}', '{"query": ""}', '[]']) {
      const answer = await ask(offline, { headers: { 'content-type': 'application/json' }, body });
      expect(answer.status, body).toBe(400);
      expect(answer.codes, body).toEqual(['BAD_REQUEST']);
    }
  });

  it('a body of another content type is 4xx with a JSON error', async () => {
    const text = await ask(offline, { headers: { 'content-type': 'text/plain' }, body: '{ graphStats { nodes } }' });
    expect(text.status).toBeGreaterThanOrEqual(400);
    expect(text.status).toBeLessThan(500);
    expect(text.codes).toEqual(['BAD_REQUEST']);
    const none = await ask(offline, { body: new Uint8Array([123, 125]) });
    expect(none.status).toBeGreaterThanOrEqual(400);
    expect(none.status).toBeLessThan(500);
  });

  it('a batch (an array of operations) is refused with 400 BAD_REQUEST', async () => {
    const answer = await ask(offline, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ graphStats { nodes } }' }, { query: '{ graphStats { nodes } }' }]),
    });
    expect([answer.status, answer.codes]).toEqual([400, ['BAD_REQUEST']]);
  });

  it('a GET with a query is answered; a GET with a mutation is 405 and one without a query is 400', async () => {
    const read = await ask(api, {
      method: 'GET',
      search: `?query=${encodeURIComponent('{ sessions(where: { number: { eq: 2 } }) { number } }')}`,
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(read.status).toBe(200);
    expect(read.body.data).toEqual({ sessions: [{ number: 2 }] });
    const write = await ask(offline, {
      method: 'GET',
      search: `?query=${encodeURIComponent('mutation { removeDocument(id: "doc:none") { documentId } }')}`,
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect([write.status, write.codes]).toEqual([405, ['BAD_REQUEST']]);
    const empty = await ask(offline, { method: 'GET', headers: { 'apollo-require-preflight': 'true' } });
    expect([empty.status, empty.codes]).toEqual([400, ['BAD_REQUEST']]);
    const tooBig = await ask(offline, {
      method: 'GET',
      search: `?query=${encodeURIComponent('{ people(limit: 100000) { id } }')}`,
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect([tooBig.status, tooBig.codes]).toEqual([400, ['QUERY_LIMIT_EXCEEDED']]);
  });
});

describe('a server failure stays a 5xx', () => {
  it('Neo4j out of reach is 503 DATABASE_UNAVAILABLE', async () => {
    const answer = await post(offline, '{ graphStats { nodes } }');
    expect([answer.status, answer.codes]).toEqual([503, ['DATABASE_UNAVAILABLE']]);
  });

  it('a query that works is 200 with no errors', async () => {
    const answer = await post(api, '{ sessions(where: { number: { eq: 2 } }) { number } }');
    expect([answer.status, answer.body]).toEqual([200, { data: { sessions: [{ number: 2 }] } }]);
  });
});
