import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExampleOperations } from '../../src/web/exampleOperations.js';
import { countingDriver, type CountingDriver } from '../helpers/countingDriver.js';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';
import { testDriver } from '../helpers/testDriver.js';

let real: Driver;
let counting: CountingDriver;
let api: TestApi;

beforeAll(async () => {
  const t = testDriver();
  real = t.driver;
  counting = countingDriver(real);
  api = await startTestApi(counting.driver, t.database);
  // @neo4j/graphql checks the database's version once, on its first request; count from after that.
  await api.graphql('{ documents(limit: 1) { id } }');
});

afterAll(async () => {
  await api.stop();
  await real.close();
});

describe('every example operation', () => {
  // Each example asks one question (one root field); each is answered by one Cypher statement, not one per row (no N+1).
  for (const op of readExampleOperations()) {
    it(`${op.name} sends one Cypher statement to Neo4j`, async () => {
      counting.reset();
      const result = await api.graphql(op.query);
      expect(result.errors, op.name).toBeUndefined();
      expect(counting.count()).toBe(1);
    });
  }
});
