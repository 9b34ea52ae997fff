/**
 * Backup and restore figures, on two throw-away local Neo4j of this bench's
 * own (test/helpers/secondNeo4j.ts): a source (.local/neo4j-backup-src, Bolt
 * 7706) and a target (.local/neo4j-backup-dst, Bolt 7707), heap and page cache 1g each.
 * - the seed (seed/facts loaded into the source as `npm run seed` does), its
 *   `backup`, its `restore` into the emptied target;
 * - for each `--nodes` size: a graph of N generated nodes (2 relationships each,
 *   a property of every type) in the source (reused if it already holds exactly
 *   that graph), `backup` of it, `restore` into the emptied target.
 * Each backup and restore runs as the CLI a user runs, under /usr/bin/time, for
 * its wall time and peak RSS. The round trip is then checked: the target is
 * backed up again and the two files compared without internal ids — node by
 * node and relationship by relationship (test/helpers/backupCompare.ts) up to
 * `--full-compare-max` nodes (default 200,000), above it by counts and an
 * order-independent checksum (sum of SHA-256 of each node's labels and
 * properties and of each relationship's type, properties and its ends' texts).
 * Usage: npm run bench:backup -- [--nodes 100000,1000000] [--no-seed] [--keep]
 * (--keep leaves both Neo4j running). Writes bench/results/backup.json; asserts nothing.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { backupGraph, createBackupDriver } from '../src/backup/backupGraph.js';
import { parseLine, readBackupLines } from '../src/backup/backupFormat.js';
import { loadFactsFiles } from '../src/load/loadFactsFiles.js';
import { seedFiles } from '../src/load/seedFiles.js';
import { canonicalGraph } from '../test/helpers/backupCompare.js';
import {
  emptySecondNeo4j,
  generateGraph,
  secondNeo4jEnv,
  startSecondNeo4j,
  type SecondNeo4j,
} from '../test/helpers/secondNeo4j.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = (option('--nodes') ?? '100000').split(',').map((s) => Number(s.replace(/_/g, '')));
const fullCompareMax = Number(option('--full-compare-max') ?? 200_000);
const withSeed = !process.argv.includes('--no-seed');
const keep = process.argv.includes('--keep');
const dir = mkdtempSync(join(tmpdir(), 'mrg-backup-bench-'));
const say = (line: string): void => void process.stdout.write(`${line}\n`);

const SOURCE = {
  LOCAL_NEO4J_DIR: '.local/neo4j-backup-src',
  LOCAL_NEO4J_BOLT_PORT: '7706',
  LOCAL_NEO4J_HEAP: '1g',
  LOCAL_NEO4J_PAGECACHE: '1g',
};
const TARGET = { ...SOURCE, LOCAL_NEO4J_DIR: '.local/neo4j-backup-dst', LOCAL_NEO4J_BOLT_PORT: '7707' };

interface Timed {
  seconds: number;
  peakRssMiB: number;
  stdout: string;
  /** Restore only: the time spent checking the file before writing. */
  checkSeconds?: number;
}

/** Runs the CLI under /usr/bin/time: wall seconds and the peak RSS of the command's process. */
async function cli(env: NodeJS.ProcessEnv, ...args: string[]): Promise<Timed> {
  const began = Date.now();
  const { stdout, stderr } = await run(
    '/usr/bin/time',
    ['-f', 'MAXRSS_KB=%M', join(root, 'node_modules', '.bin', 'tsx'), join(root, 'src/cli/main.ts'), ...args],
    { cwd: root, env, maxBuffer: 64 * 2 ** 20 },
  );
  const kb = Number(/MAXRSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN);
  const checked = /checked in (\d+) ms/.exec(stderr)?.[1];
  return {
    seconds: (Date.now() - began) / 1000,
    peakRssMiB: Math.round(kb / 1024),
    stdout: stdout.trim(),
    ...(checked ? { checkSeconds: Number(checked) / 1000 } : {}),
  };
}

const mib = (file: string): number => Math.round((statSync(file).size / 2 ** 20) * 100) / 100;
const conditions = (): { loadAverage1m: number; cpus: number } => ({
  loadAverage1m: Math.round(loadavg()[0]! * 10) / 10,
  cpus: cpus().length,
});

/** The same canonical text per node as backupCompare.ts, folded into an order-independent checksum. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
const sha = (text: string): Buffer => createHash('sha256').update(text).digest();
const fold = (sum: bigint, digest: Buffer): bigint => (sum + digest.readBigUInt64BE(0)) & 0xffffffffffffffffn;

/** Counts and a sum of hashes of a backup file's graph without internal ids (equal graphs, equal sums). */
async function graphChecksum(file: string): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const byKey = new Map<string, Buffer>();
  let nodeSum = 0n;
  let relSum = 0n;
  let relationships = 0;
  let lineNumber = 0;
  for await (const text of readBackupLines(file)) {
    lineNumber += 1;
    if (lineNumber === 1) continue;
    const parsed = parseLine(text, lineNumber);
    if (parsed.kind === 'node') {
      const digest = sha(canonical({ labels: [...parsed.line.labels].sort(), props: parsed.line.props }));
      byKey.set(parsed.line.n, digest.subarray(0, 16));
      nodeSum = fold(nodeSum, digest);
    } else if (parsed.kind === 'relationship') {
      const { type, start, end, props } = parsed.line;
      const ends = [byKey.get(start)?.toString('hex') ?? 'missing', byKey.get(end)?.toString('hex') ?? 'missing'];
      relSum = fold(relSum, sha(canonical({ type, ends, props })));
      relationships += 1;
    }
  }
  return { nodes: byKey.size, relationships, checksum: `${nodeSum.toString(16)}/${relSum.toString(16)}` };
}

/** Backs the target up again and compares that file with the one restored. */
async function compareRoundTrip(
  target: SecondNeo4j,
  original: string,
  nodes: number,
): Promise<Record<string, unknown>> {
  const again = join(dir, 'again.mrg-backup.jsonl.gz');
  const driver = createBackupDriver(target.connection);
  try {
    await backupGraph(driver, target.connection.database, again);
  } finally {
    await driver.close();
  }
  const began = Date.now();
  if (nodes <= fullCompareMax) {
    const [before, after] = await Promise.all([canonicalGraph(original), canonicalGraph(again)]);
    const equal =
      before.nodes.length === after.nodes.length &&
      before.relationships.length === after.relationships.length &&
      before.nodes.every((n, i) => n === after.nodes[i]) &&
      before.relationships.every((r, i) => r === after.relationships[i]);
    return {
      method: 'node by node and relationship by relationship (test/helpers/backupCompare.ts)',
      equal,
      nodes: after.nodes.length,
      relationships: after.relationships.length,
      compareSeconds: (Date.now() - began) / 1000,
    };
  }
  const [before, after] = await Promise.all([graphChecksum(original), graphChecksum(again)]);
  return {
    method: 'counts and an order-independent checksum of every node and relationship (no internal ids)',
    equal: JSON.stringify(before) === JSON.stringify(after),
    ...after,
    compareSeconds: (Date.now() - began) / 1000,
  };
}

/** Empties the target completely, its constraints and indexes too: each restore starts from a fresh database. */
async function emptyTarget(target: SecondNeo4j): Promise<void> {
  await emptySecondNeo4j(target);
  const database = target.connection.database;
  const constraints = await target.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, { database });
  for (const r of constraints.records) {
    await target.driver.executeQuery(`DROP CONSTRAINT \`${String(r.get('name'))}\``, {}, { database });
  }
  const indexes = await target.driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    {},
    { database },
  );
  for (const r of indexes.records) {
    await target.driver.executeQuery(`DROP INDEX \`${String(r.get('name'))}\``, {}, { database });
  }
}

/** Whether the source already holds exactly the generated graph of `nodes` nodes. */
async function holdsGenerated(source: SecondNeo4j, nodes: number): Promise<boolean> {
  const r = await source.driver.executeQuery(
    `MATCH (n) WITH count(n) AS all, count(CASE WHEN n:Gen THEN 1 END) AS gen
     OPTIONAL MATCH ()-[r]->() RETURN all, gen, count(r) AS rels`,
    {},
    { database: source.connection.database },
  );
  const row = r.records[0]!;
  return Number(row.get('all')) === nodes && Number(row.get('gen')) === nodes && Number(row.get('rels')) === 2 * nodes;
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  conditions: {
    ...conditions(),
    neo4j: 'two local Neo4j 5.26 Community, heap 1g and page cache 1g each, on the same machine',
    note: 'shared 2-core machine; other engineers run tests and benches meanwhile: figures are noisy',
  },
  runs: [] as unknown[],
};
const runs = results['runs'] as Record<string, unknown>[];

const [source, target] = await Promise.all([startSecondNeo4j(say, SOURCE), startSecondNeo4j(say, TARGET)]);
try {
  if (withSeed) {
    // The seed, loaded into the source as `npm run seed` loads it (the shared Neo4j is not touched).
    await emptySecondNeo4j(source);
    await loadFactsFiles(source.driver, source.connection.database, seedFiles(), () => undefined);
    const seedFile = join(dir, 'seed.mrg-backup.jsonl.gz');
    const atStart = conditions();
    const backup = await cli(secondNeo4jEnv(SOURCE), 'backup', '--out', seedFile);
    say(backup.stdout);
    await emptyTarget(target);
    const restore = await cli(secondNeo4jEnv(TARGET), 'restore', seedFile);
    say(restore.stdout);
    const roundTrip = await compareRoundTrip(target, seedFile, 0);
    say(`round trip: ${JSON.stringify(roundTrip)}`);
    runs.push({ graph: 'seed (seed/facts loaded)', backup, restore, fileMiB: mib(seedFile), roundTrip, atStart });
  }
  for (const nodes of sizes) {
    let generateSeconds: number | undefined;
    if (await holdsGenerated(source, nodes)) {
      say(`the source already holds the generated graph of ${nodes} nodes; reusing it`);
    } else {
      await emptySecondNeo4j(source);
      const began = Date.now();
      await generateGraph(source, nodes, say);
      generateSeconds = (Date.now() - began) / 1000;
    }
    const file = join(dir, `generated-${nodes}.mrg-backup.jsonl.gz`);
    const atStart = conditions();
    const backup = await cli(secondNeo4jEnv(SOURCE), 'backup', '--out', file);
    say(backup.stdout);
    await emptyTarget(target);
    const restore = await cli(secondNeo4jEnv(TARGET), 'restore', file);
    say(restore.stdout);
    const roundTrip = await compareRoundTrip(target, file, nodes);
    say(`round trip: ${JSON.stringify(roundTrip)}`);
    runs.push({
      graph: `${nodes} nodes, ${2 * nodes} relationships (generateGraph)`,
      generateSeconds,
      backup,
      restore,
      fileMiB: mib(file),
      roundTrip,
      atStart,
      atEnd: conditions(),
    });
    rmSync(file, { force: true });
  }
} finally {
  if (keep) await Promise.all([source.driver.close(), target.driver.close()]);
  else await Promise.all([source.stop(), target.stop()]);
  rmSync(dir, { recursive: true, force: true });
}

say(
  ['graph', 'backup s', 'backup RSS MiB', 'file MiB', 'restore s', '(checking)', 'restore RSS MiB', 'round trip']
    .map((c, i) => c.padEnd(i === 0 ? 44 : 16))
    .join(''),
);
for (const r of runs as {
  graph: string;
  backup: Timed;
  restore: Timed;
  fileMiB: number;
  roundTrip: { equal: boolean };
}[]) {
  say(
    [
      r.graph,
      r.backup.seconds.toFixed(1),
      String(r.backup.peakRssMiB),
      String(r.fileMiB),
      r.restore.seconds.toFixed(1),
      (r.restore.checkSeconds ?? NaN).toFixed(1),
      String(r.restore.peakRssMiB),
      r.roundTrip.equal ? 'equal' : 'DIFFERENT',
    ]
      .map((c, i) => c.padEnd(i === 0 ? 44 : 16))
      .join(''),
  );
}
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'backup.json'), `${JSON.stringify(results, null, 2)}\n`);
