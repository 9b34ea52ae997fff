import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { readExampleOperations } from '../../src/web/exampleOperations.js';
import { startTestApi } from '../helpers/startTestApi.js';
import { useTestApi } from '../helpers/useTestApi.js';

const t = useTestApi();

describe('the API server', () => {
  it('answers one query that uses a generated field and a type-graphql field together', async () => {
    const result = await t.api.graphql<{
      graphStats: { documents: number; labels: { label: string; count: number }[] };
      documents: { id: string }[];
    }>(`{ graphStats { documents labels { label count } }
          documents(where: { id: { eq: "doc:kranj-kmms-2021-12-14-seja-2" } }) { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.documents).toEqual([{ id: 'doc:kranj-kmms-2021-12-14-seja-2' }]);
    expect(result.data?.graphStats.documents).toBeGreaterThanOrEqual(1);
    const people = result.data?.graphStats.labels.find((l) => l.label === 'Person');
    expect(people?.count).toBeGreaterThanOrEqual(11);
  });

  it('says /health is up and /ready is ready when Neo4j answers', async () => {
    expect((await fetch(`${t.api.url}/health`)).status).toBe(200);
    const ready = await fetch(`${t.api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, neo4j: true, schema: true });
  });

  it('answers a bad query with a GraphQL error that says what is wrong, and no stack trace', async () => {
    const response = await fetch(`${t.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sessions { nmber } }' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.message).toMatch(/Cannot query field "nmber" on type "Session"\. Did you mean "number"/);
    expect(body.errors[0]?.extensions['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at \w+ \(/);
  });

  it('answers a syntax error and a non-JSON body with a clear error', async () => {
    const syntax = await t.api.graphql('{ sessions { number }');
    expect(syntax.errors?.[0]?.message).toMatch(/Syntax Error: Expected Name, found <EOF>/);
    const garbage = await fetch(`${t.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(garbage.status).toBe(400);
  });

  it('serves the playground from its own files, opened with the example operations', async () => {
    const page = await fetch(`${t.api.url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/playground/graphiql.js');
    for (const op of readExampleOperations()) expect(html).toContain(`query ${op.name}`);
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css']) {
      const response = await fetch(`${t.api.url}/playground/${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
    const browserGet = await fetch(`${t.api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await browserGet.text()).toContain('GraphiQL');
  });

  it('runs every example operation of the playground without errors', async () => {
    const operations = readExampleOperations();
    expect(operations.length).toBeGreaterThanOrEqual(2);
    for (const op of operations) {
      const result = await t.api.graphql(op.query);
      expect(result.errors, op.name).toBeUndefined();
      expect(Object.values(result.data ?? {}).length, op.name).toBeGreaterThan(0);
    }
  });

  it('serves graph exports as JSON and GraphML files', async () => {
    const json = await fetch(`${t.api.url}/export/graph.json?focus=twinning:kranj-yekaterinburg&depth=1`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toMatch(/attachment/);
    const view = (await json.json()) as { nodes: { id: string }[]; edges: { source: string; target: string }[] };
    expect(view.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['org:iskratel', 'city:yekaterinburg']));
    const graphml = await fetch(`${t.api.url}/export/graph.graphml?focus=twinning:kranj-yekaterinburg&depth=1`);
    expect(graphml.headers.get('content-type')).toMatch(/application\/graphml\+xml/);
    expect(await graphml.text()).toContain('Iskratel');
    const bad = await fetch(`${t.api.url}/export/graph.json?depth=99`);
    expect(bad.status).toBe(400);
  });

  it('answers CORS preflights only for configured origins', async () => {
    // node:http rather than fetch, which may not send an Origin header of our choosing.
    const preflight = (url: string): Promise<string | undefined> =>
      new Promise((resolve, reject) => {
        const req = request(`${url}/graphql`, {
          method: 'OPTIONS',
          headers: { origin: 'https://explorer.example.org', 'access-control-request-method': 'POST' },
        });
        req.on('response', (res) => {
          res.resume();
          resolve(res.headers['access-control-allow-origin'] as string | undefined);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await preflight(t.api.url)).toBeUndefined();
    const open = await startTestApi(t.driver, t.database, {
      CORS_ORIGINS: 'https://explorer.example.org',
    });
    try {
      expect(await preflight(open.url)).toBe('https://explorer.example.org');
    } finally {
      await open.stop();
    }
  });
});
