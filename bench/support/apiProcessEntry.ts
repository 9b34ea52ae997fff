/**
 * The API as a process of its own for the load and soak benchmarks: the same
 * server as `npm start` (src/api/startApiServer.ts, the configured Neo4j, the
 * request log), without building the explorer or loading the seed (the bench
 * loads the graph it wants first). Run by apiProcess.ts with `--expose-gc` and
 * an IPC channel: the message "memory" answers the heap and RSS after a full
 * garbage collection, so memory is compared after GC without an endpoint in
 * the API; `{ snapshot: path }` writes a heap snapshot there. SIGTERM/SIGINT stop it gracefully, as `npm start` does.
 */
import { writeHeapSnapshot } from 'node:v8';
import { buildSchema } from '../../src/api/buildSchema.js';
import { createReadiness } from '../../src/api/readiness.js';
import { startApiServer } from '../../src/api/startApiServer.js';
import { loadConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/config/createLogger.js';
import { connectDriver } from '../../src/neo4j/connectDriver.js';
import { neo4jConnection } from '../../src/neo4j/neo4jConnection.js';
import type { ApiMessage } from './apiProcess.js';
import { stopOnSignals } from '../../test/helpers/stopOnSignals.js';

const send = (message: ApiMessage): void => void process.send?.(message);
const gc = (globalThis as { gc?: () => void }).gc;

/** Memory after two full collections, a turn of the event loop apart (finalizers run in between). */
async function memoryAfterGc(): Promise<ApiMessage> {
  if (!gc) throw new Error('start the API process with --expose-gc');
  gc();
  await new Promise((r) => setImmediate(r));
  gc();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  return { type: 'memory', rss, heapUsed, heapTotal, external, arrayBuffers };
}

const config = loadConfig();
const connection = await neo4jConnection(config, () => undefined);
const driver = await connectDriver(connection);
const readiness = createReadiness(driver, connection.database);
const schema = await buildSchema(driver, config.limits.maxPageSize, connection.database);
readiness.markSchemaBuilt();
const api = await startApiServer({
  schema,
  driver,
  database: connection.database,
  readiness,
  logger: createLogger(config),
  host: config.host,
  port: config.port,
  settings: config,
});

process.on('message', (message) => {
  if (message === 'memory') void memoryAfterGc().then(send);
  // v8 collects garbage before it writes a snapshot; compare two in Chrome DevTools (Memory, Comparison).
  if (typeof message === 'object' && message !== null && 'snapshot' in message) {
    send({ type: 'snapshot', path: writeHeapSnapshot(String(message.snapshot)) });
  }
});
stopOnSignals(() => api.stop().then(() => driver.close()));
send({ type: 'ready', url: api.url });
