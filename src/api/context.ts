import type { Caller } from './auth/verifyToken.js';
import type { Driver } from 'neo4j-driver';

/** What every resolver gets: the driver (for custom Cypher) and the database name. */
export interface ApiContext {
  /** Who is asking, from the request's bearer token. */
  readonly caller: Caller;
  readonly executionContext: Driver;
  readonly database: string;
  readonly [key: string]: unknown;
}
