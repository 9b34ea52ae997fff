import { buildSchema } from '../api/buildSchema.js';
import { createReadiness } from '../api/readiness.js';
import { startApiServer } from '../api/startApiServer.js';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../config/createLogger.js';
import { loadFactsFiles } from '../load/loadFactsFiles.js';
import { seedFiles } from '../load/seedFiles.js';
import { connectDriver } from '../neo4j/connectDriver.js';
import { neo4jConnection } from '../neo4j/neo4jConnection.js';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

/**
 * The main job: a Neo4j (the local one, started if needed, or NEO4J_URI's),
 * the seed facts loaded, and the API with its playground serving until
 * SIGINT/SIGTERM, when it drains requests and closes the driver.
 */
export async function startCommand(): Promise<void> {
  const began = Date.now();
  const config = loadConfig();
  const logger = createLogger(config);
  const connection = await neo4jConnection(config, say);
  const driver = await connectDriver(connection);
  await loadFactsFiles(driver, connection.database, seedFiles(), say);
  const readiness = createReadiness(driver, connection.database);
  const schema = await buildSchema(driver, config.limits.maxPageSize);
  readiness.markSchemaBuilt();
  const api = await startApiServer({
    schema,
    driver,
    database: connection.database,
    readiness,
    logger,
    host: config.host,
    port: config.port,
    settings: config,
  });
  say(`API ready after ${((Date.now() - began) / 1000).toFixed(1)} s`);
  say(`  playground  ${api.url}/`);
  say(`  GraphQL     ${api.url}/graphql`);
  say(`  health      ${api.url}/health   readiness ${api.url}/ready`);
  say(
    connection.local
      ? 'Stop with Ctrl-C; the local Neo4j keeps running until `npm run neo4j stop`.'
      : 'Stop with Ctrl-C.',
  );

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: finishing requests in flight…`);
    await api.stop();
    await driver.close();
    say('API stopped');
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
