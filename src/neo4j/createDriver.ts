import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from './neo4jConnection.js';

/**
 * A driver for the connection, with timeouts short enough that a missing
 * database is reported in seconds rather than hanging a request.
 */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
}
