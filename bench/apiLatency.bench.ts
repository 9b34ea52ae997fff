/**
 * Latency of every example operation (schema/examples/operations.graphql) on
 * the seeded graph: the API runs in this process against the configured Neo4j
 * (the local one is started if needed), each operation is warmed up, then sent
 * `--requests` times one after another over HTTP. Prints p50/p95/max per
 * operation and the Cypher statements each request sent. Asserts nothing.
 * Usage: npm run bench:api [-- --requests 200]
 */
import { pino } from 'pino';
import { buildSchema } from '../src/api/buildSchema.js';
import { createReadiness } from '../src/api/readiness.js';
import { startApiServer } from '../src/api/startApiServer.js';
import { loadConfig } from '../src/config/config.js';
import { loadFactsFiles } from '../src/load/loadFactsFiles.js';
import { seedFiles } from '../src/load/seedFiles.js';
import { connectDriver } from '../src/neo4j/connectDriver.js';
import { neo4jConnection } from '../src/neo4j/neo4jConnection.js';
import { readExampleOperations } from '../src/web/exampleOperations.js';
import { countingDriver } from '../test/helpers/countingDriver.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const requests = arg('requests', 200);
const config = loadConfig();
const connection = await neo4jConnection(config, (line) => process.stderr.write(`${line}\n`));
const real = await connectDriver(connection);
await loadFactsFiles(real, connection.database, seedFiles(), () => undefined);
const counting = countingDriver(real);
const readiness = createReadiness(counting.driver, connection.database);
const api = await startApiServer({
  schema: await buildSchema(counting.driver, config.limits.maxPageSize, connection.database),
  driver: counting.driver,
  database: connection.database,
  readiness,
  logger: pino({ level: 'silent' }),
  host: '127.0.0.1',
  port: 0,
  settings: config,
});

async function send(query: string): Promise<void> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
}

const pct = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
console.log(`${requests} sequential requests per operation, after 20 warm-up requests; times in ms`);
console.log('operation                      p50     p95     max   Cypher statements per request');
for (const op of readExampleOperations()) {
  for (let i = 0; i < 20; i++) await send(op.query);
  counting.reset();
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const began = performance.now();
    await send(op.query);
    times.push(performance.now() - began);
  }
  const perRequest = counting.count() / requests;
  times.sort((a, b) => a - b);
  const f = (n: number): string => n.toFixed(1).padStart(7);
  console.log(
    `${op.name.padEnd(28)} ${f(pct(times, 50))} ${f(pct(times, 95))} ${f(times.at(-1) ?? NaN)}   ${perRequest}`,
  );
}
await api.stop();
await real.close();
