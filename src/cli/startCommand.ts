import { buildSchema } from '../api/buildSchema.js';
import { createReadiness } from '../api/readiness.js';
import { startApiServer } from '../api/startApiServer.js';
import { loadConfig } from '../config/config.js';
import { cliActor } from '../load/auditTrail.js';
import { createLogger } from '../config/createLogger.js';
import { loadFactsFiles } from '../load/loadFactsFiles.js';
import { seedFiles } from '../load/seedFiles.js';
import { connectDriver } from '../neo4j/connectDriver.js';
import { neo4jConnection } from '../neo4j/neo4jConnection.js';
import { ensureExplorerBuilt } from '../web/buildExplorer.js';

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
  await ensureExplorerBuilt(say);
  const connection = await neo4jConnection(config, say);
  const driver = await connectDriver(connection);
  await loadFactsFiles(driver, connection.database, seedFiles(), say, { action: 'SEED_LOAD', ...cliActor() });
  const readiness = createReadiness(driver, connection.database);
  const schema = await buildSchema(driver, config.limits.maxPageSize, connection.database);
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
  say(`  explorer    ${api.url}/explore/`);
  say(`  GraphQL     ${api.url}/graphql`);
  say(`  health      ${api.url}/health   readiness ${api.url}/ready`);
  say(
    connection.local
      ? 'Stop with Ctrl-C; the local Neo4j keeps running until `npm run neo4j stop`.'
      : 'Stop with Ctrl-C.',
  );

  stopOnSignalOrOrphaning(async () => {
    await api.stop();
    await driver.close();
  });
}

/** Time allowed for requests in flight before the process exits anyway: process managers kill at about 10 s. */
const STOP_DEADLINE_MS = 8_000;

/**
 * Stops the server once, gracefully, on SIGINT, SIGTERM or SIGHUP (a repeat,
 * as when a terminal's Ctrl-C reaches both npm and this process, changes
 * nothing), or when run by `npm start` and npm itself has gone (killed with
 * SIGKILL, or a shell between them died of the signal): an API left behind
 * would hold its port. Exits with code 1 if stopping overruns the deadline.
 */
function stopOnSignalOrOrphaning(stop: () => Promise<void>): void {
  let stopping = false;
  // Only under `npm start`: started by hand in the background (nohup, &), outliving the shell is wanted.
  const parent = process.ppid;
  const orphanWatch =
    process.env['npm_lifecycle_event'] === 'start'
      ? setInterval(() => {
          if (process.ppid !== parent) void shutdown(`the parent process (pid ${parent}, npm's) has exited`);
        }, 500).unref()
      : undefined;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));

  async function shutdown(reason: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    clearInterval(orphanWatch);
    say(`${reason}: finishing requests in flight…`);
    setTimeout(() => {
      process.stderr.write(`error: requests still in flight after ${STOP_DEADLINE_MS / 1000} s; exiting anyway\n`);
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    try {
      await stop();
      say('API stopped');
    } catch (error) {
      process.stderr.write(`error: stopping the API: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  }
}
