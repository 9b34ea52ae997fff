/**
 * Soak: a bounded run on loopback of the API as a separate process
 * (bench/support/apiProcessEntry.ts) under a mixed workload: readers
 * (autocannon, the analyst questions of the load bench, ids from the graph)
 * and one editor writing all the time (importFacts of a small document with
 * ids of its own, removeDocument of it, generated create/update/delete of a
 * country). Every `--sample` seconds it prints a row: read and write
 * throughput, errors, the API's RSS, heap after a forced GC, its established
 * Bolt connections (its sockets to the Bolt port, from /proc) and its open file
 * descriptors. Verdict: no errors, and memory, Bolt connections and file
 * descriptors at the end within 10% of the first sample after the warm-up.
 * Writes bench/results/soak.json; exits 1 when the verdict fails.
 *
 * Usage: npm run bench:soak [-- --minutes 3 --connections 4 --sample 10 --port 4106]
 * Neo4j: writes, so a throw-away one: LOCAL_NEO4J_DIR=.local/neo4j-load LOCAL_NEO4J_BOLT_PORT=7705.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { PROJECT_ROOT } from '../src/config/config.js';
import { readWorkload, sampleGraph } from './support/analystWorkload.js';
import { startApiProcess } from './support/apiProcess.js';
import { prepareBenchGraph, refuseSharedNeo4j } from './support/benchGraph.js';
import { establishedConnectionsTo, openFileDescriptors } from './support/procStats.js';
import { runLoad } from './support/runLoad.js';
import { startWriteLoop } from './support/writeWorkload.js';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '3' },
    sample: { type: 'string', default: '10' },
    'warm-up': { type: 'string', default: '20' },
    connections: { type: 'string', default: '4' },
    port: { type: 'string', default: '4106' },
    corpus: { type: 'string' },
    'allow-shared-neo4j': { type: 'boolean', default: false },
  },
});
const minutes = Number(args.minutes);
const sampleSeconds = Number(args.sample);
const warmUpSeconds = Number(args['warm-up']);
const connections = Number(args.connections);
if (!(minutes > 0 && sampleSeconds >= 1 && warmUpSeconds >= 0 && connections >= 1)) {
  throw new Error('--minutes, --sample, --warm-up and --connections take positive numbers');
}
const say = (line: string): void => void process.stdout.write(`${line}\n`);

const graph = await prepareBenchGraph(args.corpus, say);
refuseSharedNeo4j(graph, args['allow-shared-neo4j']);
const workload = readWorkload(await sampleGraph(graph.driver, graph.connection.database), 700);
await graph.driver.close();

// A secret for this run only; the editor's token is signed with it, as `npm run token` does.
const secret = randomBytes(32).toString('hex');
const token = await new SignJWT({ roles: ['editor'] })
  .setProtectedHeader({ alg: 'HS256' })
  .setSubject('soak-bench')
  .setExpirationTime(`${Math.ceil(minutes) + 30}m`)
  .sign(new TextEncoder().encode(secret));
const api = await startApiProcess(Number(args.port), { AUTH_JWT_SECRET: secret });
say(`API process pid ${api.pid} on ${api.url}; ${connections} reading connections and one writer`);

interface Sample {
  readonly second: number;
  readonly warmUp: boolean;
  readonly readsPerSecond: number;
  readonly readP95: number;
  readonly writesPerSecond: number;
  readonly errors: number;
  readonly writeErrors: number;
  readonly rssMb: number;
  readonly rssAfterGcMb: number;
  readonly heapUsedAfterGcMb: number;
  readonly boltConnections: number;
  readonly fileDescriptors: number;
}
const samples: Sample[] = [];
const writer = startWriteLoop(api.url, token, `soak-${Date.now().toString(36)}`);
const writesSoFar = (): number => Object.values(writer.stats.done).reduce((a, b) => a + b, 0);
let readFailure: string | undefined;
let exitCode = 0;
const began = Date.now();
try {
  say('');
  say('   s  reads/s  read p95  writes/s  errors   RSS MB  RSS after GC  heap after GC  Bolt conns  fds');
  while (Date.now() - began < minutes * 60_000) {
    const writesBefore = writesSoFar();
    const errorsBefore = writer.stats.errors;
    const windowBegan = Date.now();
    const reads = await runLoad(api.url, workload, { connections, seconds: sampleSeconds });
    const windowSeconds = (Date.now() - windowBegan) / 1000;
    const memory = await api.memory();
    const second = Math.round((Date.now() - began) / 1000);
    const sample: Sample = {
      second,
      warmUp: second <= warmUpSeconds,
      readsPerSecond: reads.requestsPerSecond,
      readP95: reads.p95,
      writesPerSecond: Math.round(((writesSoFar() - writesBefore) / windowSeconds) * 10) / 10,
      errors:
        reads.non2xx + reads.graphqlErrors + reads.socketErrors + reads.timeouts + writer.stats.errors - errorsBefore,
      writeErrors: writer.stats.errors - errorsBefore,
      rssMb: memory.rssMb,
      rssAfterGcMb: memory.rssAfterGcMb,
      heapUsedAfterGcMb: memory.heapUsedAfterGcMb,
      boltConnections: establishedConnectionsTo(api.pid, graph.boltPort),
      fileDescriptors: openFileDescriptors(api.pid),
    };
    readFailure ??= reads.firstFailure;
    samples.push(sample);
    const f = (n: number, w: number, d = 1): string => n.toFixed(d).padStart(w);
    say(
      `${f(second, 4, 0)} ${f(sample.readsPerSecond, 8)} ${f(sample.readP95, 9)} ${f(sample.writesPerSecond, 9)} ${f(sample.errors, 7, 0)} ` +
        `${f(sample.rssMb, 8)} ${f(sample.rssAfterGcMb, 13)} ${f(sample.heapUsedAfterGcMb, 14)} ${f(sample.boltConnections, 11, 0)} ${f(sample.fileDescriptors, 4, 0)}` +
        (sample.warmUp ? '  (warm-up)' : ''),
    );
  }
} finally {
  await writer.stop();
  const code = await api.stop();
  if (code !== 0) {
    say(`the API process exited with code ${code}:\n${api.stderr()}`);
    exitCode = 1;
  }
}

/** Whether `end` is within 10% of `start` (for counts, rounded up to a whole one). */
const within10 = (start: number, end: number, whole = false): boolean =>
  end <= (whole ? Math.ceil(start * 1.1) : start * 1.1);
const measured = samples.filter((s) => !s.warmUp);
const first = measured[0];
const last = measured.at(-1);
// The writer's last cycle ends after the last sample: its errors count too.
const readErrors = samples.reduce((sum, s) => sum + s.errors, 0) - samples.reduce((sum, s) => sum + s.writeErrors, 0);
const totalErrors = readErrors + writer.stats.errors;
const checks =
  first && last && measured.length >= 2
    ? {
        'no errors': totalErrors === 0,
        'heap after GC within 10%': within10(first.heapUsedAfterGcMb, last.heapUsedAfterGcMb),
        'RSS after GC within 10%': within10(first.rssAfterGcMb, last.rssAfterGcMb),
        'Bolt connections within 10%': within10(first.boltConnections, last.boltConnections, true),
        'file descriptors within 10%': within10(first.fileDescriptors, last.fileDescriptors, true),
      }
    : { 'at least two samples after the warm-up (run longer)': false };
const passed = Object.values(checks).every(Boolean);
say('');
say(`${((Date.now() - began) / 60_000).toFixed(1)} minutes; writes done: ${JSON.stringify(writer.stats.done)}`);
for (const [check, ok] of Object.entries(checks)) say(`  ${ok ? 'ok  ' : 'FAIL'} ${check}`);
if (readFailure) say(`  first failed read: ${readFailure}`);
if (writer.stats.firstFailure) say(`  first failed write: ${writer.stats.firstFailure}`);
say(`verdict: ${passed ? 'PASS' : 'FAIL'}`);
if (!passed) exitCode = 1;

const writeTimes = [...writer.stats.latencies].sort((a, b) => a - b);
const dir = resolve(PROJECT_ROOT, 'bench/results');
mkdirSync(dir, { recursive: true });
writeFileSync(
  resolve(dir, 'soak.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      corpus: graph.corpus,
      minutes,
      readConnections: connections,
      writes: writer.stats.done,
      writeP50Ms: Math.round(writeTimes[Math.floor(writeTimes.length / 2)] ?? NaN),
      errors: totalErrors,
      checks,
      verdict: passed ? 'PASS' : 'FAIL',
      samples,
    },
    null,
    2,
  )}\n`,
);
say('wrote bench/results/soak.json');
process.exitCode = exitCode;
