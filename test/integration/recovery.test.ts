import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../src/neo4j/createDriver.js';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.js';

// The API reaches the real Neo4j through a proxy that the test can cut, so
// Neo4j "goes away" for this API alone while other test files keep using it.
let proxy: TcpProxy;
let driver: Driver;
let api: TestApi;

async function readyStatus(): Promise<number> {
  return (await fetch(`${api.url}/ready`)).status;
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  const connection = inject('neo4j');
  const port = Number(new URL(connection.uri.replace(/^[a-z+]+:/, 'http:')).port || 7687);
  proxy = await startTcpProxy(port);
  driver = createDriver({ ...connection, uri: `bolt://127.0.0.1:${proxy.port}` });
  api = await startTestApi(driver, connection.database);
});

afterAll(async () => {
  await api.stop();
  await driver.close();
  await proxy.close();
});

describe('when Neo4j goes away and comes back', () => {
  it('turns /ready to 503 and answers GraphQL with a clear error, then recovers without a restart', async () => {
    const query = '{ sessions(where: { number: { eq: 2 } }) { number } }';
    expect((await api.graphql(query)).data).toEqual({ sessions: [{ number: 2 }] });
    expect(await readyStatus()).toBe(200);

    proxy.cut();
    await eventually(async () => (await readyStatus()) === 503);
    const body = (await (await fetch(`${api.url}/ready`)).json()) as { neo4j: boolean; schema: boolean };
    expect(body).toMatchObject({ neo4j: false, schema: true });
    const failed = await api.graphql(query);
    expect(failed.errors?.[0]?.message).toBe('The graph database is not reachable right now; try again shortly.');
    expect(failed.errors?.[0]?.extensions?.['code']).toBe('DATABASE_UNAVAILABLE');

    proxy.restore();
    await eventually(async () => (await readyStatus()) === 200);
    await eventually(async () => JSON.stringify((await api.graphql(query)).data) === '{"sessions":[{"number":2}]}');
  });
});
