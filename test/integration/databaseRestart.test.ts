/**
 * The API survives a real database restart (issue 11), not a cut proxy: an
 * API in-process on a throw-away Neo4j of its own (.local/neo4j-restart-test, Bolt
 * 7702); Neo4j is killed with SIGKILL, /ready says 503 and GraphQL answers
 * DATABASE_UNAVAILABLE (within a bound, not a hang); Neo4j is started again
 * (it recovers from its log) and the same API, with the same driver, answers
 * again by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SecondNeo4j } from '../helpers/secondNeo4j.js';
import { RESTART_NEO4J_ENV, killNeo4j, startCrashNeo4j } from '../helpers/crash/crashNeo4j.js';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';

const say = (line: string): void => void process.stdout.write(`[restart] ${line}\n`);
/** Far above any healthy answer: a request still pending then is a hang. */
const HANG_BOUND_MS = 30_000;
const QUERY = '{ sessions { number } }';
let neo4j: SecondNeo4j | undefined;
let api: TestApi | undefined;

async function readyStatus(): Promise<number> {
  if (!api) throw new Error('no API');
  return (await fetch(`${api.url}/ready`, { signal: AbortSignal.timeout(HANG_BOUND_MS) })).status;
}

async function graphql(): Promise<{
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}> {
  if (!api) throw new Error('no API');
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
    signal: AbortSignal.timeout(HANG_BOUND_MS),
  });
  return (await response.json()) as never;
}

async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('the API across a real Neo4j restart', { timeout: 600_000 }, () => {
  beforeAll(async () => {
    neo4j = await startCrashNeo4j(say, RESTART_NEO4J_ENV);
    api = await startTestApi(neo4j.driver, neo4j.connection.database);
  }, 600_000);

  afterAll(async () => {
    await api?.stop();
    await neo4j?.stop();
  }, 300_000);

  it('says 503 and DATABASE_UNAVAILABLE while Neo4j is down, then answers again without a restart', async () => {
    if (!neo4j) throw new Error('Neo4j did not start');
    expect((await graphql()).errors).toBeUndefined();
    expect(await readyStatus()).toBe(200);

    const pid = await killNeo4j(neo4j);
    say(`killed Neo4j (pid ${pid}) with SIGKILL`);
    await eventually(async () => (await readyStatus()) === 503, 60_000);
    const failed = await graphql();
    expect(failed.data ?? null).toBeNull();
    expect(failed.errors?.[0]?.extensions?.['code']).toBe('DATABASE_UNAVAILABLE');
    expect(failed.errors?.[0]?.message).toBe('The graph database is not reachable right now; try again shortly.');

    // Started again through the project's code; the API keeps its own driver, which must reconnect by itself.
    const restarted = await startCrashNeo4j(say, RESTART_NEO4J_ENV);
    await restarted.driver.close();
    await eventually(async () => (await readyStatus()) === 200, 120_000);
    await eventually(async () => (await graphql()).errors === undefined, 120_000);
    expect(await graphql()).toMatchObject({ data: { sessions: expect.any(Array) } });
  });
});
