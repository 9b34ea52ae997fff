/**
 * Backup and restore figures: `npm run backup` of the shared graph (the seed;
 * read only) and its restore into a second, throw-away Neo4j
 * (test/helpers/secondNeo4j.ts: .local/neo4j-restore-test, Bolt 7697), then
 * the same for a graph of N generated nodes (2 relationships each, a property
 * of every type) built directly in the second Neo4j, never in the shared one.
 * Each backup and restore runs as the CLI a user runs, under /usr/bin/time,
 * for its wall time and peak RSS. Usage: npm run bench:backup [-- --nodes 1000000]
 * [-- --keep] (leave the second Neo4j running). Writes bench/results/backup.json; asserts nothing.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { emptySecondNeo4j, generateGraph, secondNeo4jEnv, startSecondNeo4j } from '../test/helpers/secondNeo4j.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const nodes = arg('--nodes', 100_000);
const keep = process.argv.includes('--keep');
const dir = mkdtempSync(join(tmpdir(), 'mrg-backup-bench-'));
const say = (line: string): void => void process.stdout.write(`${line}\n`);

interface Timed {
  seconds: number;
  peakRssMiB: number;
  stdout: string;
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
  return { seconds: (Date.now() - began) / 1000, peakRssMiB: Math.round(kb / 1024), stdout: stdout.trim() };
}

const mib = (file: string): number => Math.round((statSync(file).size / 2 ** 20) * 100) / 100;
const results: Record<string, unknown> = { date: new Date().toISOString(), nodes };

const second = await startSecondNeo4j(say);
try {
  // The seed: back up the shared graph (reads only), restore into the emptied second Neo4j.
  const seedFile = join(dir, 'seed.mrg-backup.jsonl.gz');
  const seedBackup = await cli(process.env, 'backup', '--out', seedFile);
  say(seedBackup.stdout);
  await emptySecondNeo4j(second);
  const seedRestore = await cli(secondNeo4jEnv(), 'restore', seedFile);
  say(seedRestore.stdout);
  results['seed'] = { backup: seedBackup, restore: seedRestore, fileMiB: mib(seedFile) };

  // A generated graph, in the second Neo4j only.
  await emptySecondNeo4j(second);
  const generateBegan = Date.now();
  await generateGraph(second, nodes, say);
  const generateSeconds = (Date.now() - generateBegan) / 1000;
  const genFile = join(dir, 'generated.mrg-backup.jsonl.gz');
  const genBackup = await cli(secondNeo4jEnv(), 'backup', '--out', genFile);
  say(genBackup.stdout);
  await emptySecondNeo4j(second);
  const genRestore = await cli(secondNeo4jEnv(), 'restore', genFile);
  say(genRestore.stdout);
  results['generated'] = {
    nodes,
    relationships: 2 * nodes,
    generateSeconds,
    backup: genBackup,
    restore: genRestore,
    fileMiB: mib(genFile),
  };
} finally {
  if (keep) await second.driver.close();
  else await second.stop();
  rmSync(dir, { recursive: true, force: true });
}

const table = [
  ['', 'backup s', 'backup peak RSS MiB', 'file MiB', 'restore s', 'restore peak RSS MiB'],
  ...(['seed', 'generated'] as const).map((k) => {
    const r = results[k] as { backup: Timed; restore: Timed; fileMiB: number };
    return [
      k === 'seed' ? 'seed (shared graph)' : `${nodes} nodes, ${2 * nodes} rels`,
      r.backup.seconds.toFixed(1),
      String(r.backup.peakRssMiB),
      String(r.fileMiB),
      r.restore.seconds.toFixed(1),
      String(r.restore.peakRssMiB),
    ];
  }),
];
for (const row of table) say(row.map((c, i) => c.padEnd(i === 0 ? 28 : 22)).join(''));
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'backup.json'), `${JSON.stringify(results, null, 2)}\n`);
