import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config/config.js';
import { loadFactsFiles } from '../src/load/loadFactsFiles.js';
import { seedFiles } from '../src/load/seedFiles.js';
import { connectDriver } from '../src/neo4j/connectDriver.js';
import { stopLocalNeo4j, localNeo4jStatus } from '../src/neo4j/localNeo4j.js';
import { neo4jConnection, type Neo4jConnection } from '../src/neo4j/neo4jConnection.js';
import { ensureExplorerBuilt } from '../src/web/buildExplorer.js';
import { ensureChromium } from './helpers/browser/findChromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

const say = (line: string): void => void process.stdout.write(`[neo4j] ${line}\n`);

/**
 * Before any test: the same Neo4j the README's main command uses (started
 * here through the same code if it is not running, or NEO4J_URI's), with the
 * seed loaded. A Neo4j this setup started is stopped again afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  await ensureExplorerBuilt((line) => say(line));
  ensureChromium((line) => say(line));
  const wasRunning = config.external ? true : (await localNeo4jStatus(config)).answers;
  const connection = await neo4jConnection(config, say);
  const driver = await connectDriver(connection);
  try {
    await loadFactsFiles(driver, connection.database, seedFiles(), say);
  } finally {
    await driver.close();
  }
  project.provide('neo4j', connection);
  return async () => {
    if (!wasRunning) await stopLocalNeo4j(config, say);
  };
}
