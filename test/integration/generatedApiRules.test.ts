import { graphql, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/api/buildSchema.js';
import { testDriver } from '../helpers/testDriver.js';

// The generated API's own guard (schema/auth.graphql), tested without the server's access plugin in front of it.
let driver: Driver;
let database: string;
let schema: GraphQLSchema;
const id = `country:rules-${Math.random().toString(36).slice(2, 8)}`;
const create = `mutation { createCountries(input: [{ id: "${id}", name: "Rules", aliases: [] }]) { countries { id } } }`;

async function run(
  jwt?: Record<string, unknown>,
): Promise<{ errors?: readonly { message: string }[]; data?: unknown }> {
  return graphql({
    schema,
    source: create,
    contextValue: { executionContext: driver, database, ...(jwt ? { jwt } : {}) },
  });
}

beforeAll(async () => {
  ({ driver, database } = testDriver());
  schema = await buildSchema(driver, 500, database);
});

afterAll(async () => {
  await driver.executeQuery('MATCH (n:Country {id: $id}) DETACH DELETE n', { id }, { database });
  // The editor's create recorded itself (src/api/auditedMutations.ts).
  await driver.executeQuery('MATCH (e:AuditEvent) WHERE e.details CONTAINS $id DETACH DELETE e', { id }, { database });
  await driver.close();
});

describe('the generated API on its own', () => {
  it('refuses a generated mutation without a token or without the editor role', async () => {
    expect((await run()).errors?.[0]?.message).toMatch(/Unauthenticated/);
    expect((await run({ roles: ['reader'] })).errors?.[0]?.message).toMatch(/Unauthenticated/);
    const { records } = await driver.executeQuery(
      'MATCH (n:Country {id: $id}) RETURN count(n) AS n',
      { id },
      { database },
    );
    expect(records[0]?.get('n')).toBe(0);
  });

  it('lets an editor run it', async () => {
    const result = await run({ roles: ['editor'] });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ createCountries: { countries: [{ id }] } });
  });
});
