import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { startTestApi, type TestApi } from './startTestApi.js';
import { testDriver } from './testDriver.js';

export interface ApiFixture {
  api: TestApi;
  driver: Driver;
  database: string;
}

/**
 * For a test file: the real API on the test Neo4j, started before its tests
 * and stopped after them. Read the fields inside tests, not at load time.
 */
export function useTestApi(env: Record<string, string> = {}): ApiFixture {
  const fixture = {} as ApiFixture;
  beforeAll(async () => {
    const t = testDriver();
    fixture.driver = t.driver;
    fixture.database = t.database;
    fixture.api = await startTestApi(t.driver, t.database, env);
  });
  afterAll(async () => {
    await fixture.api?.stop();
    await fixture.driver?.close();
  });
  return fixture;
}
