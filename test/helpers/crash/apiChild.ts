/**
 * The real API as a process of its own for the crash tests, killed with
 * SIGKILL in the middle of `importFacts`: the same server as `npm start`
 * (src/api/buildSchema.ts, src/api/startApiServer.ts, the configuration from
 * the environment: NEO4J_URI of the crash-test Neo4j, AUTH_JWT_SECRET; the port
 * CRASH_API_PORT, or a free one),
 * without the explorer build or the seed load. Its driver is observed, not
 * changed: over the IPC channel it reports `{ type: 'phase', phase }` as a
 * write transaction sends its first statement ('mid-transaction') and has
 * every write answered, only the commit left ('around commit'), so the parent
 * knows where an import stood when it killed the process. Run by
 * apiChildProcess.ts with `node --import tsx`; SIGTERM stops it gracefully.
 */
import { buildSchema } from '../../../src/api/buildSchema.js';
import { createReadiness } from '../../../src/api/readiness.js';
import { startApiServer } from '../../../src/api/startApiServer.js';
import { loadConfig } from '../../../src/config/config.js';
import { createLogger } from '../../../src/config/createLogger.js';
import { connectDriver } from '../../../src/neo4j/connectDriver.js';
import { neo4jConnection } from '../../../src/neo4j/neo4jConnection.js';
import { observedDriver } from './instrumentedLoad.js';
import { stopOnSignals } from '../stopOnSignals.js';

/** What the API child tells its parent. */
export type ApiChildMessage =
  | { readonly type: 'ready'; readonly url: string }
  | { readonly type: 'phase'; readonly phase: 'mid-transaction' | 'around commit' };

const send = (message: ApiChildMessage): void => void process.send?.(message);

const config = loadConfig();
if (!config.external)
  throw new Error('the crash tests’ API child needs NEO4J_URI (the crash-test Neo4j); it starts none');
const connection = await neo4jConnection(config, () => undefined);
const driver = await connectDriver(connection);
let inTransaction = false;
const observed = observedDriver(driver, {
  onRun: () => {
    if (inTransaction) return;
    inTransaction = true;
    send({ type: 'phase', phase: 'mid-transaction' });
  },
  onWorkDone: () => {
    inTransaction = false;
    send({ type: 'phase', phase: 'around commit' });
  },
});
const readiness = createReadiness(observed, connection.database);
const schema = await buildSchema(driver, config.limits.maxPageSize, connection.database);
readiness.markSchemaBuilt();
const api = await startApiServer({
  schema,
  driver: observed,
  database: connection.database,
  readiness,
  logger: createLogger(config),
  host: config.host,
  // A free port unless the parent names one (the configuration refuses 0).
  port: Number(process.env['CRASH_API_PORT'] ?? 0),
  settings: config,
});

stopOnSignals(() => api.stop().then(() => driver.close()));
// A parent that died (a test run interrupted) leaves no API behind.
process.on('disconnect', () => process.exit(1));
send({ type: 'ready', url: api.url });
