import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../src/neo4j/createDriver.js';

/** A driver for the test Neo4j that the global setup prepared; close it in afterAll. */
export function testDriver(): { driver: Driver; database: string } {
  const connection = inject('neo4j');
  return { driver: createDriver(connection), database: connection.database };
}
