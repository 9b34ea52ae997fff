import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { buildSchema } from '../../src/api/buildSchema.js';
import { createReadiness } from '../../src/api/readiness.js';
import { startApiServer, type RunningApi } from '../../src/api/startApiServer.js';

export interface TestApi extends RunningApi {
  /** POSTs a GraphQL operation and returns the parsed body. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
}

/** The real API (schema, server, readiness) on a free port, logging nothing. */
export async function startTestApi(driver: Driver, database: string): Promise<TestApi> {
  const readiness = createReadiness(driver, database);
  const schema = await buildSchema(driver);
  readiness.markSchemaBuilt();
  const api = await startApiServer({
    schema,
    driver,
    database,
    readiness,
    logger: pino({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
    production: false,
  });
  return {
    ...api,
    async graphql(query, variables) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
  };
}
