import type { Driver } from 'neo4j-driver';
import { createDriver } from './createDriver.js';
import { explainNeo4jError } from './explainNeo4jError.js';
import type { Neo4jConnection } from './neo4jConnection.js';

/**
 * A driver that has answered once: verifies connectivity and the credentials
 * up front, so a wrong password or an unreachable server is reported at start
 * in one sentence instead of on the first request.
 */
export async function connectDriver(connection: Neo4jConnection): Promise<Driver> {
  const driver = createDriver(connection);
  try {
    await driver.executeQuery('RETURN 1', {}, { database: connection.database });
    return driver;
  } catch (error) {
    await driver.close();
    throw explainNeo4jError(error, connection);
  }
}
