import type { Config } from '../config/config.js';
import { startLocalNeo4j } from './localNeo4j.js';
import type { Progress } from './provisionNeo4j.js';

export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** True when the project runs this Neo4j itself. */
  readonly local: boolean;
}

/**
 * The Neo4j to use: the user's own when NEO4J_URI is set (nothing is started),
 * otherwise the local one, started if it is not running.
 */
export async function neo4jConnection(config: Config, progress: Progress): Promise<Neo4jConnection> {
  if (config.external) {
    progress(`using the Neo4j at ${config.external.uri} (NEO4J_URI); starting none`);
    return { ...config.external, database: config.database, local: false };
  }
  const local = await startLocalNeo4j(config, progress);
  return { ...local, database: config.database, local: true };
}
