/**
 * Growth with graph size (issue 10): the same focused questions at several
 * graph sizes, each with its database hits. For every size it generates a
 * corpus once (`npm run generate`, kept in .local/bulk-corpus/), bulk-loads
 * it (`npm run bulk-load`) into a Neo4j of its own for that size
 * (.local/neo4j-growth-n<size>, bolt 7708; never the shared one; kept loaded
 * between runs), then runs bench/apiVsCypher.bench.ts against it with
 * `--profile`: GraphQL and hand-written Cypher p50/p95 side by side and the
 * database hits (PROFILE) of both. Each size's Neo4j is stopped before the
 * next starts, so only one runs at a time. Prints a table of p50 and database
 * hits per question and size; writes bench/results/growth.json (sizes measured
 * before are kept).
 *
 *   npm run bench:growth -- --sizes 10000,100000,2000000 [--requests 60] [--seed 1] [--heap 2g --pagecache 2g]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../test/helpers/runCli.js';

const RESULTS = join(PROJECT_ROOT, 'bench/results/growth.json');
const BOLT_PORT = '7708';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const say = (line: string): void => void process.stderr.write(`${line}\n`);

/** What bench/apiVsCypher.bench.ts writes for one question (the fields read here). */
interface QuestionRow {
  readonly name: string;
  readonly graphql: { readonly p50: number; readonly p95: number };
  readonly cypher: { readonly p50: number; readonly p95: number };
  readonly ratioP50: number;
  readonly ratioP95: number;
  readonly dbHits?: { readonly graphql: number; readonly cypher: number };
}

interface SizeResult {
  readonly nodesRequested: number;
  readonly graph: { readonly nodes: number; readonly relationships: number };
  readonly loadSeconds: number | null;
  readonly requests: number;
  readonly rows: readonly QuestionRow[];
  readonly at: string;
}

/** Runs a command of the project with extra environment; resolves when it exits 0, rejects otherwise. */
function run(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    // The size's own local Neo4j, never a configured NEO4J_URI.
    const { NEO4J_URI: _uri, NEO4J_PASSWORD: _password, ...inherited } = process.env;
    const child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), args, {
      cwd: PROJECT_ROOT,
      env: { ...inherited, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`\`${args.join(' ')}\` exited with ${String(code)}`)),
    );
  });
}

const cli = (...args: string[]): string[] => [join(PROJECT_ROOT, 'src/cli/main.ts'), ...args];

/** The environment that points the project's config at this size's own Neo4j. */
function neo4jEnv(nodes: number): NodeJS.ProcessEnv {
  return {
    LOCAL_NEO4J_DIR: `.local/neo4j-growth-n${nodes}`,
    LOCAL_NEO4J_BOLT_PORT: BOLT_PORT,
    LOCAL_NEO4J_HEAP: arg('heap', '2g'),
    LOCAL_NEO4J_PAGECACHE: arg('pagecache', '2g'),
  };
}

/** The generated corpus of this size (shared with bench/bulkLoad.bench.ts), made once. */
async function ensureCorpus(nodes: number, seed: number): Promise<string> {
  const dir = join(PROJECT_ROOT, '.local/bulk-corpus', `n${nodes}-s${seed}`);
  if (!existsSync(join(dir, 'manifest.json'))) {
    say(`generating a corpus of ${nodes.toLocaleString('en-US')} nodes into ${dir}`);
    await run(cli('generate', '--nodes', String(nodes), '--seed', String(seed), '--out', dir));
  }
  return dir;
}

/** Loads the corpus into this size's Neo4j unless a marker says that exact corpus is loaded already. */
async function ensureLoaded(corpus: string, env: NodeJS.ProcessEnv): Promise<number | null> {
  const marker = join(PROJECT_ROOT, String(env['LOCAL_NEO4J_DIR']), 'growth-loaded.json');
  const manifest = readFileSync(join(corpus, 'manifest.json'), 'utf8');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === manifest) {
    say(`${corpus} is loaded already`);
    return null;
  }
  const began = performance.now();
  await run(cli('bulk-load', corpus), env);
  const seconds = (performance.now() - began) / 1000;
  writeFileSync(marker, manifest);
  return Math.round(seconds);
}

async function measureSize(nodes: number, seed: number, requests: number): Promise<SizeResult> {
  const env = neo4jEnv(nodes);
  const corpus = await ensureCorpus(nodes, seed);
  await run(cli('neo4j', 'start'), env);
  try {
    const loadSeconds = await ensureLoaded(corpus, env);
    const out = join(PROJECT_ROOT, `.local/growth/n${nodes}.json`);
    mkdirSync(join(PROJECT_ROOT, '.local/growth'), { recursive: true });
    await run(
      [
        join(PROJECT_ROOT, 'bench/apiVsCypher.bench.ts'),
        '--profile',
        '--requests',
        String(requests),
        '--warmup',
        '10',
        '--out',
        out,
      ],
      env,
    );
    const measured = JSON.parse(readFileSync(out, 'utf8')) as {
      graph: SizeResult['graph'];
      rows: QuestionRow[];
    };
    return {
      nodesRequested: nodes,
      graph: measured.graph,
      loadSeconds,
      requests,
      rows: measured.rows,
      at: new Date().toISOString(),
    };
  } finally {
    await run(cli('neo4j', 'stop'), env);
  }
}

function printTable(sizes: readonly SizeResult[]): void {
  const names = [...new Set(sizes.flatMap((s) => s.rows.map((r) => r.name)))];
  const head = sizes.map((s) => `${(s.graph.nodes / 1000).toFixed(0)}k nodes`.padStart(28)).join('');
  console.log(`${'question'.padEnd(36)}${head}`);
  console.log(`${''.padEnd(36)}${sizes.map(() => 'p50 GraphQL/Cypher ms, hits'.padStart(28)).join('')}`);
  for (const name of names) {
    const cells = sizes.map((s) => {
      const r = s.rows.find((x) => x.name === name);
      if (!r) return '—'.padStart(28);
      const hits = r.dbHits ? `${r.dbHits.graphql}/${r.dbHits.cypher}` : '?';
      return `${r.graphql.p50.toFixed(1)}/${r.cypher.p50.toFixed(1)}, ${hits}`.padStart(28);
    });
    console.log(`${name.padEnd(36)}${cells.join('')}`);
  }
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  if (first && last && first !== last) {
    console.log(`p50 at ${last.graph.nodes} nodes ÷ p50 at ${first.graph.nodes} nodes (target ≤ 2):`);
    for (const name of names) {
      const a = first.rows.find((x) => x.name === name);
      const b = last.rows.find((x) => x.name === name);
      if (a && b) console.log(`  ${name.padEnd(34)} ${(b.graphql.p50 / a.graphql.p50).toFixed(2)}×`);
    }
  }
}

async function main(): Promise<void> {
  const sizes = arg('sizes', '10000,100000').split(',').map(Number);
  const seed = Number(arg('seed', '1'));
  const requests = Number(arg('requests', '60'));
  const previous = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { sizes: SizeResult[] }).sizes
    : [];
  const results = new Map(previous.map((r) => [r.nodesRequested, r]));
  for (const nodes of sizes) {
    say(`── ${nodes.toLocaleString('en-US')} nodes ──`);
    const measured = await measureSize(nodes, seed, requests);
    // A size loaded by an earlier run keeps the load time that run measured.
    results.set(nodes, { ...measured, loadSeconds: measured.loadSeconds ?? results.get(nodes)?.loadSeconds ?? null });
    const all = [...results.values()].sort((a, b) => a.nodesRequested - b.nodesRequested);
    mkdirSync(join(PROJECT_ROOT, 'bench/results'), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify({ bench: 'growth', seed, sizes: all }, null, 2)}\n`);
  }
  printTable([...results.values()].sort((a, b) => a.nodesRequested - b.nodesRequested));
  say(`wrote ${RESULTS}`);
}

await main();
