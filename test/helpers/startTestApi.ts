import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { loadConfig } from '../../src/config/config.js';
import { buildSchema } from '../../src/api/buildSchema.js';
import { createReadiness } from '../../src/api/readiness.js';
import { startApiServer, type RunningApi } from '../../src/api/startApiServer.js';

export interface TestApi extends RunningApi {
  /** The schema the API serves (generated + custom), to enumerate its fields. */
  readonly schema: GraphQLSchema;
  /** POSTs a GraphQL operation and returns the parsed body. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
}

/** The real API (schema, server, readiness) on a free port, logging nothing; `env` as the config's environment. */
export async function startTestApi(
  driver: Driver,
  database: string,
  env: Record<string, string> = {},
): Promise<TestApi> {
  const readiness = createReadiness(driver, database);
  const settings = loadConfig(env);
  const schema = await buildSchema(driver, settings.limits.maxPageSize, database);
  readiness.markSchemaBuilt();
  const api = await startApiServer({
    schema,
    driver,
    database,
    readiness,
    logger: pino({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
    settings,
  });
  return {
    ...api,
    schema,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
  };
}
