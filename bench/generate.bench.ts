/**
 * Corpus generator figures: `npm run generate` at 10 thousand, 100 thousand
 * and (with `--max 2000000`) 2 million target nodes, each in its own process
 * (so that peak RSS is that size's), under the CLI a user runs. Prints, per
 * size: documents, graph nodes and relationships as the manifest states them,
 * files, MB written, wall and CPU seconds, documents per second and peak RSS
 * (wall time on a shared machine follows its load; CPU time less so), and writes
 * bench/results/generate.json. The corpora go to .local/corpus/bench-n<size>/
 * and are deleted afterwards unless --keep.
 * Usage: npx tsx bench/generate.bench.ts [--max 2000000] [--seed 1] [--keep]
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const max = Number(option('--max') ?? 100_000);
const seed = Number(option('--seed') ?? 1);
const keep = process.argv.includes('--keep');
const sizes = [10_000, 100_000, 2_000_000].filter((n) => n <= max);

interface Manifest {
  documents: number;
  bytes: number;
  graph: { nodes: number; relationships: number; claims: number };
}

const rows: Record<string, number>[] = [];
for (const nodes of sizes) {
  const out = join(root, '.local', 'corpus', `bench-n${nodes}`);
  const began = performance.now();
  const { stderr } = await run(
    '/usr/bin/time',
    [
      '-f',
      'peakRssKb=%M cpu=%U+%S',
      process.execPath,
      '--import',
      'tsx',
      'src/cli/main.ts',
      'generate',
      '--nodes',
      String(nodes),
      '--seed',
      String(seed),
      '--out',
      out,
    ],
    { cwd: root, maxBuffer: 64 * 2 ** 20 },
  );
  const seconds = (performance.now() - began) / 1000;
  const peakRssMb = Number(/peakRssKb=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
  const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(stderr);
  const cpuSeconds = Number(cpu?.[1] ?? 0) + Number(cpu?.[2] ?? 0);
  const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
  const row = {
    targetNodes: nodes,
    documents: m.documents,
    files: 2 * m.documents + 1,
    nodes: m.graph.nodes,
    relationships: m.graph.relationships,
    claims: m.graph.claims,
    mb: Math.round((m.bytes / 2 ** 20) * 10) / 10,
    seconds: Math.round(seconds * 10) / 10,
    cpuSeconds: Math.round(cpuSeconds * 10) / 10,
    documentsPerSecond: Math.round(m.documents / seconds),
    peakRssMb: Math.round(peakRssMb),
  };
  rows.push(row);
  process.stdout.write(
    `${nodes.toLocaleString('en')} nodes: ${row.documents} documents (${row.files} files, ${row.mb} MB), ` +
      `${row.nodes.toLocaleString('en')} nodes, ${row.relationships.toLocaleString('en')} relationships, ` +
      `${row.seconds} s wall, ${row.cpuSeconds} s CPU (${row.documentsPerSecond} documents/s), peak RSS ${row.peakRssMb} MB\n`,
  );
  if (!keep) rmSync(out, { recursive: true, force: true });
}
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results', 'generate.json'),
  `${JSON.stringify({ date: new Date().toISOString(), seed, cpus: cpus().length, loadavg: loadavg(), runs: rows }, null, 2)}\n`,
);
