/**
 * Bulk-load figures (issue 10): a generated corpus of --nodes graph nodes
 * (`npm run generate`, made once and reused from .local/bulk-corpus/) loaded
 * by `bulkLoad` into an empty throw-away Neo4j of its own (.local/neo4j-bulk-bench,
 * bolt 7714: never the shared one, nor the bulk-load test's on 7703; stopped
 * after each size): nodes/s, relationships/s, (nodes+rels)/s,
 * facts/s, batches, the loader's peak RSS (sampled over the run, and the
 * kernel's high-water mark), its live heap after each batch (a full garbage
 * collection first: what the loader holds, where RSS also counts garbage V8
 * has not collected yet) and the CPU seconds of loader and Neo4j. Each size
 * runs in a fresh child process, so that the peaks of two sizes compare.
 * Then, to compare, the same counts written by the plainest Cypher into the
 * same Neo4j (bench/support/storeFloor.ts): the ceiling of any loader here.
 *
 *   npm run bench:bulk-load -- --nodes 10000,100000 [--batch 1000] [--seed 1] [--heap 1g] [--pagecache 1g]
 *
 * Writes bench/results/bulk-load.json (sizes measured before are kept).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { bulkLoad, DEFAULT_BATCH, type BulkProgress } from '../src/load/bulk/bulkLoad.js';
import { progressBar } from '../src/load/bulk/progressBar.js';
import { localPaths } from '../src/neo4j/localPaths.js';
import { PROJECT_ROOT } from '../test/helpers/runCli.js';
import { emptySecondNeo4j, startSecondNeo4j, type SecondNeo4jOverrides } from '../test/helpers/secondNeo4j.js';
import { measureStoreFloor, type StoreFloor } from './support/storeFloor.js';

const BULK_NEO4J = {
  LOCAL_NEO4J_DIR: '.local/neo4j-bulk-bench',
  LOCAL_NEO4J_BOLT_PORT: '7714',
  LOCAL_NEO4J_HEAP: arg('heap', '1g'),
  LOCAL_NEO4J_PAGECACHE: arg('pagecache', '1g'),
} as const satisfies SecondNeo4jOverrides & Record<string, string>;
const RESULTS = join(PROJECT_ROOT, 'bench/results/bulk-load.json');
const say = (line: string): void => void process.stdout.write(`${line}\n`);
setFlagsFromString('--expose-gc');
/** A full garbage collection, on demand. */
const collectGarbage = runInNewContext('gc') as () => void;

interface SizeResult {
  readonly nodesRequested: number;
  readonly corpus: string;
  readonly documents: number;
  readonly batches: number;
  readonly batchDocuments: number;
  readonly seconds: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly facts: number;
  readonly nodesPerSecond: number;
  readonly relationshipsPerSecond: number;
  readonly elementsPerSecond: number;
  readonly factsPerSecond: number;
  readonly peakRssMb: number;
  readonly maxRssMb: number;
  /** The loader's heap after a full collection at the end of each batch, in MB: the first batch's, the largest, the last. */
  readonly liveHeapMb: { readonly first: number; readonly max: number; readonly last: number };
  readonly loaderCpuSeconds: number;
  readonly neo4jCpuSeconds: number;
  readonly loadAverageAtStart: number;
  /** The bench Neo4j's heap and page cache (--heap, --pagecache). */
  readonly neo4jMemory: { readonly heap: string; readonly pagecache: string };
  /** The same counts written by the plainest Cypher into the same Neo4j, after the load. */
  readonly storeFloor: StoreFloor;
  readonly at: string;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** CPU seconds a process has used (user + system), from /proc. */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

function neo4jPid(): number | undefined {
  const file = localPaths(join(PROJECT_ROOT, BULK_NEO4J.LOCAL_NEO4J_DIR)).pidFile;
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : undefined;
}

/** The generated corpus of this size, made once with `npm run generate`. */
async function ensureCorpus(nodes: number, seed: number): Promise<string> {
  const dir = join(PROJECT_ROOT, '.local/bulk-corpus', `n${nodes}-s${seed}`);
  if (existsSync(join(dir, 'manifest.json'))) return dir;
  say(`generating a corpus of ${nodes.toLocaleString('en-US')} nodes into ${dir}`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      'npm',
      ['run', '-s', 'generate', '--', '--nodes', String(nodes), '--seed', String(seed), '--out', dir],
      { cwd: PROJECT_ROOT, stdio: 'inherit' },
    );
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generate exited with ${code}`))));
  });
  return dir;
}

/** One size, in this (child) process: empty Neo4j, load, measure. */
/**
 * Deletes the store and transaction logs of the bench Neo4j's `neo4j` database while that Neo4j is stopped (it
 * makes an empty one at its next start). What a run left there (2 million nodes after `--nodes 2000000`) would
 * otherwise be deleted by Cypher: minutes of work, and more transaction memory than a 1 GB heap has.
 */
function dropStoppedStore(): void {
  const pid = neo4jPid();
  if (pid !== undefined && existsSync(`/proc/${pid}`)) return;
  const { data } = localPaths(join(PROJECT_ROOT, BULK_NEO4J.LOCAL_NEO4J_DIR));
  for (const dir of ['databases', 'transactions']) rmSync(join(data, dir, 'neo4j'), { recursive: true, force: true });
}

async function measureOne(nodes: number, corpus: string, batch: number): Promise<SizeResult> {
  dropStoppedStore();
  const second = await startSecondNeo4j(() => undefined, BULK_NEO4J);
  try {
    await emptySecondNeo4j(second);
    // A Neo4j just started plans and compiles each of the loader's statements on first use (a 10-thousand
    // load took twice as long): the seed, loaded once and removed, warms it before anything is timed.
    await bulkLoad(second.driver, second.connection.database, { corpus: join(PROJECT_ROOT, 'seed') });
    await emptySecondNeo4j(second);
    const database = second.connection.database;
    const pid = neo4jPid();
    let peak = 0;
    const live: number[] = [];
    const sample = (): void => void (peak = Math.max(peak, process.memoryUsage().rss));
    const timer = setInterval(sample, 200);
    const bar = progressBar(process.stderr);
    const neo4jCpu = cpuSeconds(pid);
    const cpu = process.cpuUsage();
    const loadAverage = (await import('node:os')).loadavg()[0] ?? 0;
    let done: BulkProgress;
    try {
      done = await bulkLoad(second.driver, database, {
        corpus,
        batch: { documents: batch },
        audit: { action: 'SEED_LOAD', actor: 'bench:bulk-load', via: 'cli' },
        onProgress: (p) => {
          if (p.batches > 0) {
            collectGarbage();
            live.push(process.memoryUsage().heapUsed / 2 ** 20);
          }
          bar.update(p);
        },
      });
    } finally {
      clearInterval(timer);
      bar.finish();
    }
    sample();
    const used = process.cpuUsage(cpu);
    const neo4jCpuSeconds = Math.round((cpuSeconds(pid) - neo4jCpu) * 10) / 10;
    const seconds = done.milliseconds / 1000;
    const storeFloor = await measureStoreFloor(second.driver, database, {
      nodes: done.nodesCreated,
      relationships: done.relationshipsCreated,
    });
    return {
      nodesRequested: nodes,
      corpus,
      documents: done.documents,
      batches: done.batches,
      batchDocuments: batch,
      seconds: Math.round(seconds * 10) / 10,
      nodes: done.nodesCreated,
      relationships: done.relationshipsCreated,
      facts: done.facts,
      nodesPerSecond: Math.round(done.nodesCreated / seconds),
      relationshipsPerSecond: Math.round(done.relationshipsCreated / seconds),
      elementsPerSecond: Math.round((done.nodesCreated + done.relationshipsCreated) / seconds),
      factsPerSecond: Math.round(done.facts / seconds),
      peakRssMb: Math.round(peak / 2 ** 20),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      liveHeapMb: {
        first: Math.round(live[0] ?? 0),
        max: Math.round(Math.max(0, ...live)),
        last: Math.round(live.at(-1) ?? 0),
      },
      loaderCpuSeconds: Math.round((used.user + used.system) / 1e5) / 10,
      neo4jCpuSeconds,
      loadAverageAtStart: Math.round(loadAverage * 10) / 10,
      neo4jMemory: { heap: BULK_NEO4J.LOCAL_NEO4J_HEAP, pagecache: BULK_NEO4J.LOCAL_NEO4J_PAGECACHE },
      storeFloor,
      at: new Date().toISOString(),
    };
  } finally {
    // Stopped, not left running: a Neo4j left on a port is one a test or a later run may need.
    await second.stop();
  }
}

async function main(): Promise<void> {
  const batch = Number(arg('batch', String(DEFAULT_BATCH.documents)));
  const one = arg('one', '');
  if (one) {
    const [nodes, corpus] = one.split('@') as [string, string];
    process.stdout.write(`RESULT ${JSON.stringify(await measureOne(Number(nodes), corpus, batch))}\n`);
    return;
  }
  const seed = Number(arg('seed', '1'));
  const sizes = arg('nodes', '10000').split(',').map(Number);
  const previous = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { sizes: SizeResult[] }).sizes
    : [];
  const results = new Map(previous.map((r) => [r.nodesRequested, r]));
  for (const nodes of sizes) {
    const corpus = await ensureCorpus(nodes, seed);
    say(
      `loading ${corpus} (batches of ${batch} documents) into the bench's own Neo4j on ${BULK_NEO4J.LOCAL_NEO4J_BOLT_PORT}`,
    );
    const { stdout } = await promisify(execFile)(
      join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
      [
        join(PROJECT_ROOT, 'bench/bulkLoad.bench.ts'),
        ...['--one', `${nodes}@${corpus}`, '--batch', String(batch)],
        ...['--heap', BULK_NEO4J.LOCAL_NEO4J_HEAP, '--pagecache', BULK_NEO4J.LOCAL_NEO4J_PAGECACHE],
      ],
      { cwd: PROJECT_ROOT, maxBuffer: 1 << 24 },
    );
    const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line) throw new Error(`the measuring process printed no result:\n${stdout}`);
    const r = JSON.parse(line.slice(7)) as SizeResult;
    results.set(nodes, r);
    say(
      `${nodes.toLocaleString('en-US')} nodes requested: ${r.documents} documents in ${r.batches} batches, ${r.seconds} s — ` +
        `${r.nodesPerSecond.toLocaleString('en-US')} nodes/s, ${r.relationshipsPerSecond.toLocaleString('en-US')} relationships/s, ` +
        `${r.elementsPerSecond.toLocaleString('en-US')} (nodes+rels)/s, ${r.factsPerSecond.toLocaleString('en-US')} facts/s; ` +
        `loader peak RSS ${r.peakRssMb} MB (high-water ${r.maxRssMb} MB), live heap after a batch ` +
        `${r.liveHeapMb.first} MB first, ${r.liveHeapMb.max} MB at most, ${r.liveHeapMb.last} MB last; CPU s: loader ${r.loaderCpuSeconds}, ` +
        `Neo4j ${r.neo4jCpuSeconds}; load average at start ${r.loadAverageAtStart}`,
    );
    say(
      `  the same counts by the plainest Cypher (UNWIND … CREATE, ends found by an indexed id, nothing else) into ` +
        `the same Neo4j: ${r.storeFloor.seconds} s, ${r.storeFloor.elementsPerSecond.toLocaleString('en-US')} (nodes+rels)/s`,
    );
  }
  mkdirSync(join(PROJECT_ROOT, 'bench/results'), { recursive: true });
  const sizesOut = [...results.values()].sort((a, b) => a.nodesRequested - b.nodesRequested);
  writeFileSync(RESULTS, `${JSON.stringify({ bench: 'bulk-load', machine: '2 cores', sizes: sizesOut }, null, 2)}\n`);
  say(`wrote ${RESULTS}`);
}

await main();
