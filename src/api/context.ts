import type { Driver } from 'neo4j-driver';

/** What every resolver gets: the driver (for custom Cypher) and the database name. */
export interface ApiContext {
  readonly executionContext: Driver;
  readonly database: string;
  readonly [key: string]: unknown;
}
