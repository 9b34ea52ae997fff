/**
 * Load: the API as a separate process (bench/support/apiProcessEntry.ts, the
 * same server as `npm start`), driven by autocannon with a mixed set of
 * analyst questions (twinnings, partnerNetwork, entity, search, graph,
 * connection and a generated `people` list) whose ids are read from the graph,
 * at 1, 8 and 32 connections. Prints throughput, p50/p95/p99, errors, and the
 * API's memory before and after each run (RSS as left, and RSS and V8 heap
 * after a forced full GC), then runs the largest level again to tell a leak
 * (keeps growing) from a cache or allocator high-water mark (levels off).
 * Writes bench/results/load.json. Asserts nothing; exits 1 on any error.
 *
 * With --snapshots, heap snapshots of the API after the warm-up and after the last run are written to
 * bench/results/load-{before,after}.heapsnapshot (open both in Chrome DevTools, Memory, Comparison).
 *
 * Usage: npm run bench:load [-- --seconds 20 --connections 1,8,32 --port 4105 --repeat 2 --snapshots]
 * Neo4j: the configured one (LOCAL_NEO4J_DIR/LOCAL_NEO4J_BOLT_PORT pick a throw-away local one).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config/config.js';
import { readWorkload, sampleGraph } from './support/analystWorkload.js';
import { startApiProcess, type ApiMemory } from './support/apiProcess.js';
import { prepareBenchGraph } from './support/benchGraph.js';
import { runLoad, type LoadRun } from './support/runLoad.js';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '1,8,32' },
    port: { type: 'string', default: '4105' },
    repeat: { type: 'string', default: '2' },
    corpus: { type: 'string' },
    'log-level': { type: 'string', default: 'info' },
    snapshots: { type: 'boolean', default: false },
  },
});
const seconds = Number(args.seconds);
const levels = args.connections.split(',').map(Number);
const repeat = Math.max(1, Number(args.repeat));
if (!(seconds > 0) || levels.some((c) => !(c >= 1))) {
  throw new Error('--seconds takes a positive number and --connections a list such as 1,8,32');
}
const say = (line: string): void => void process.stdout.write(`${line}\n`);

const graph = await prepareBenchGraph(args.corpus, say);
const sample = await sampleGraph(graph.driver, graph.connection.database);
const workload = readWorkload(sample, 700);
say(
  `workload: ${new Set(workload.map((w) => w.name)).size} kinds of question over ${sample.municipalities.length} municipalities, ` +
    `${sample.twinnings.length} twinnings, ${sample.entities.length} actors, ${sample.pairs.length} connection pairs`,
);
await graph.driver.close();

const api = await startApiProcess(Number(args.port), { LOG_LEVEL: args['log-level'] });
say(`API process pid ${api.pid} on ${api.url} (request log at level ${args['log-level']}, to /dev/null)`);

interface RunRecord extends LoadRun {
  readonly round: number;
  readonly memoryBefore: ApiMemory;
  readonly memoryAfter: ApiMemory;
}
const runs: RunRecord[] = [];
let exitCode = 0;
try {
  const started = await api.memory();
  say(`API memory at start: RSS ${started.rssAfterGcMb} MB, heap used ${started.heapUsedAfterGcMb} MB (after GC)`);
  const warmUp = await runLoad(api.url, workload, { connections: 8, seconds: 10 });
  say(`warm-up: ${warmUp.requests} requests at 8 connections, ${warmUp.requestsPerSecond} req/s`);
  const dir = resolve(PROJECT_ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  if (args.snapshots) say(`heap snapshot: ${await api.heapSnapshot(resolve(dir, 'load-before.heapsnapshot'))}`);
  say('');
  say('round conns   req/s    p50 ms   p95 ms   p99 ms  errors | RSS MB before→after (after GC)  heap MB after GC');
  for (let round = 1; round <= repeat; round++) {
    for (const connections of levels) {
      const memoryBefore = await api.memory();
      const run = await runLoad(api.url, workload, { connections, seconds });
      const memoryAfter = await api.memory();
      runs.push({ round, ...run, memoryBefore, memoryAfter });
      const errors = run.non2xx + run.graphqlErrors + run.socketErrors + run.timeouts;
      if (errors > 0) exitCode = 1;
      const f = (n: number, w = 8): string => n.toFixed(1).padStart(w);
      say(
        `${String(round).padStart(5)} ${String(connections).padStart(5)} ${f(run.requestsPerSecond)} ${f(run.p50)} ${f(run.p95)} ${f(run.p99)} ${String(errors).padStart(7)} | ` +
          `${f(memoryBefore.rssAfterGcMb, 6)} → ${f(memoryAfter.rssMb, 6)} (${f(memoryAfter.rssAfterGcMb, 6)})  ` +
          `${f(memoryBefore.heapUsedAfterGcMb, 6)} → ${f(memoryAfter.heapUsedAfterGcMb, 6)}`,
      );
      if (run.firstFailure) say(`      first failure: ${run.firstFailure}`);
    }
  }
  const first = runs[0]?.memoryBefore;
  const last = runs.at(-1)?.memoryAfter;
  if (first && last) {
    const growth = (a: number, b: number): string => `${(((b - a) / a) * 100).toFixed(1)}%`;
    say('');
    say(
      `after all runs, after GC: heap used ${first.heapUsedAfterGcMb} → ${last.heapUsedAfterGcMb} MB (${growth(first.heapUsedAfterGcMb, last.heapUsedAfterGcMb)}), ` +
        `RSS ${first.rssAfterGcMb} → ${last.rssAfterGcMb} MB (${growth(first.rssAfterGcMb, last.rssAfterGcMb)})`,
    );
  }
  if (args.snapshots) say(`heap snapshot: ${await api.heapSnapshot(resolve(dir, 'load-after.heapsnapshot'))}`);
  writeFileSync(
    resolve(dir, 'load.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        corpus: graph.corpus,
        node: process.version,
        secondsPerRun: seconds,
        workload: [...new Set(workload.map((w) => w.name))],
        memoryAtStart: started,
        warmUp,
        runs,
      },
      null,
      2,
    )}\n`,
  );
  say('wrote bench/results/load.json');
} finally {
  const code = await api.stop();
  if (code !== 0) {
    say(`the API process exited with code ${code}:\n${api.stderr()}`);
    exitCode = 1;
  }
}
process.exitCode = exitCode;
