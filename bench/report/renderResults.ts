/**
 * The results page (docs/results.md, with its charts in docs/results/*.svg),
 * made from what the benchmarks wrote to bench/results/*.json: GraphQL
 * against hand-written Cypher, latency and database hits against graph size,
 * load runs, the soak, bulk loading, corpus generation, backup and restore,
 * and the crash runs. A section whose results file is missing says which
 * command makes it. Nothing is measured here.
 *
 *   npm run bench:report
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Plot from '@observablehq/plot';
import { PROJECT_ROOT } from '../../test/helpers/runCli.js';
import { plotSvg } from './plotSvg.js';

const RESULTS = join(PROJECT_ROOT, 'bench/results');
const DOCS = join(PROJECT_ROOT, 'docs');
const CHARTS = join(DOCS, 'results');

type Json = Record<string, unknown>;

function read(name: string): Json | null {
  const file = join(RESULTS, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Json) : null;
}

const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const fmt = (v: unknown, digits = 1): string => {
  const n = num(v);
  if (!Number.isFinite(n)) return '—';
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(digits);
};
const when = (data: Json): string => String(data['generatedAt'] ?? data['date'] ?? data['when'] ?? data['at'] ?? '');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function chart(file: string, options: Parameters<typeof plotSvg>[0]): string {
  writeFileSync(join(CHARTS, file), plotSvg(options));
  return `![${file}](results/${file})`;
}

const missing = (command: string): string => `_No results yet: run \`${command}\`._`;

function apiVsCypher(): string {
  const data = read('api-vs-cypher.json');
  if (!data) return missing('npm run bench:api-vs-cypher');
  const rows = list(data['rows']);
  const graph = data['graph'] as Json | undefined;
  const bars = rows.flatMap((r) => [
    { question: String(r['name']), side: 'GraphQL', p50: num((r['graphql'] as Json)['p50']) },
    { question: String(r['name']), side: 'Cypher', p50: num((r['cypher'] as Json)['p50']) },
  ]);
  const picture = chart('api-vs-cypher.svg', {
    width: 860,
    height: Math.max(260, rows.length * 34),
    marginLeft: 230,
    x: { label: 'p50 latency (ms)', grid: true },
    y: { axis: null },
    fy: { label: null, axis: 'left' },
    color: { legend: true, domain: ['GraphQL', 'Cypher'] },
    marks: [Plot.barX(bars, { y: 'side', x: 'p50', fy: 'question', fill: 'side' }), Plot.ruleX([0])],
  });
  return [
    `Measured ${when(data)} on ${fmt(graph?.['nodes'])} nodes / ${fmt(graph?.['relationships'])} relationships, ` +
      `${fmt(data['requests'])} requests per question and side, interleaved (\`npm run bench:api-vs-cypher\`). ` +
      'Target: GraphQL p50 ≤ 1.3× and p95 ≤ 1.5× the hand-written query.' +
      (data['httpFloor']
        ? ` HTTP floor (\`{ __typename }\` through the same server, no database): p50 ` +
          `${fmt((data['httpFloor'] as Json)['p50'], 2)} ms. The floor ratio, (floor p50 + Cypher p50) / Cypher p50, ` +
          'is what an API layer costing nothing would show.'
        : ''),
    '',
    picture,
    '',
    table(
      ['question', 'GraphQL p50', 'p95', 'Cypher p50', 'p95', 'ratio p50', 'ratio p95', 'floor ratio', 'statements'],
      rows.map((r) => {
        const g = r['graphql'] as Json;
        const c = r['cypher'] as Json;
        return [
          String(r['name']),
          fmt(g['p50'], 2),
          fmt(g['p95'], 2),
          fmt(c['p50'], 2),
          fmt(c['p95'], 2),
          `${fmt(r['ratioP50'], 2)}×`,
          `${fmt(r['ratioP95'], 2)}×`,
          r['floorRatioP50'] === undefined ? '' : `${fmt(r['floorRatioP50'], 2)}×`,
          fmt(r['statementsPerRequest'], 2),
        ];
      }),
    ),
  ].join('\n');
}

function growth(): string {
  const data = read('growth.json');
  if (!data) return missing('npm run bench:growth -- --sizes 10000,100000,2000000');
  const sizes = list(data['sizes']);
  const points = sizes.flatMap((s) =>
    list(s['rows']).map((r) => ({
      nodes: num((s['graph'] as Json)['nodes']),
      question: String(r['name']),
      p50: num((r['graphql'] as Json)['p50']),
      hits: num((r['dbHits'] as Json | undefined)?.['graphql']),
    })),
  );
  const lines = (y: 'p50' | 'hits', label: string, file: string, type: 'linear' | 'log'): string =>
    chart(file, {
      width: 860,
      height: 420,
      marginRight: 190,
      x: { type: 'log', label: 'graph nodes', grid: true },
      y: { type, label, grid: true },
      color: { legend: false },
      marks: [
        Plot.line(
          points.filter((p) => Number.isFinite(p[y]) && p[y] > 0),
          { x: 'nodes', y, stroke: 'question', marker: 'dot' },
        ),
        Plot.text(
          points.filter((p) => Number.isFinite(p[y]) && p[y] > 0),
          Plot.selectLast({
            x: 'nodes',
            y,
            z: 'question',
            text: 'question',
            fill: 'question',
            dx: 6,
            textAnchor: 'start',
          }),
        ),
      ],
    });
  const names = [...new Set(points.map((p) => p.question))];
  const head = [
    'question',
    ...sizes.map((s) => `${fmt((s['graph'] as Json)['nodes'])} nodes: p50 ms / db hits / answer KB`),
  ];
  const rows = names.map((name) => [
    name,
    ...sizes.map((s) => {
      const r = list(s['rows']).find((x) => x['name'] === name);
      if (!r) return '—';
      const hits = (r['dbHits'] as Json | undefined)?.['graphql'];
      const bytes = r['answerBytes'];
      const kb = typeof bytes === 'number' ? fmt(bytes / 1024, 1) : '?';
      return `${fmt((r['graphql'] as Json)['p50'], 2)} / ${fmt(hits)} / ${kb}`;
    }),
  ]);
  return [
    'The same focused questions on generated corpora of growing size (`npm run bench:growth`); database hits are ' +
      'the sum over the statements one GraphQL request sends, from PROFILE; the answer is the GraphQL data as JSON. ' +
      'Each size asks about its own busiest municipality, twinning and person (bench/cypher/focus.ts), so answers grow ' +
      'with the corpus: read the cost against the answer. Cost should follow the size of the answer, not of the ' +
      'graph (target: p50 at 2 million nodes within 2× of 10 thousand).',
    '',
    lines('p50', 'GraphQL p50 latency (ms, log scale)', 'growth-latency.svg', 'log'),
    '',
    lines('hits', 'database hits per request', 'growth-dbhits.svg', 'log'),
    '',
    table(head, rows),
    '',
    table(
      ['graph nodes', 'relationships', 'bulk-load seconds'],
      sizes.map((s) => [
        fmt((s['graph'] as Json)['nodes']),
        fmt((s['graph'] as Json)['relationships']),
        s['loadSeconds'] === null ? 'loaded earlier' : fmt(s['loadSeconds']),
      ]),
    ),
  ].join('\n');
}

function load(): string {
  const data = read('load.json');
  if (!data) return missing('npm run bench:load');
  const runs = list(data['runs']);
  const mem = (m: unknown): string => fmt((m as Json | undefined)?.['rssAfterGcMb']);
  return [
    `Measured ${when(data)} with autocannon on the ${String(data['corpus'])} graph, ${fmt(data['secondsPerRun'])} s per run, ` +
      `a mix of ${list(data['workload']).length || String(data['workload'])} questions (\`npm run bench:load\`).`,
    '',
    table(
      ['connections', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'API RSS after GC before → after (MB)'],
      runs.map((r) => [
        fmt(r['connections']),
        fmt(r['requestsPerSecond']),
        fmt(r['p50']),
        fmt(r['p95']),
        fmt(r['p99']),
        fmt(num(r['non2xx']) + num(r['graphqlErrors']) + num(r['socketErrors']) + num(r['timeouts'])),
        `${mem(r['memoryBefore'])} → ${mem(r['memoryAfter'])}`,
      ]),
    ),
  ].join('\n');
}

function soak(): string {
  const data = read('soak.json');
  if (!data) return missing('npm run bench:soak');
  const samples = list(data['samples']);
  const picture = chart('soak.svg', {
    width: 860,
    height: 300,
    x: { label: 'seconds', grid: true },
    y: { label: 'API RSS after GC (MB)', grid: true, zero: true },
    marks: [Plot.line(samples, { x: 'second', y: 'rssAfterGcMb', marker: 'dot' })],
  });
  return [
    `${fmt(data['minutes'])} minutes of mixed reads and writes (\`npm run bench:soak\`), ${when(data)}: ` +
      `verdict **${String(data['verdict'])}**, ${fmt(data['errors'])} errors.`,
    '',
    picture,
    '',
    table(
      ['second', 'reads/s', 'writes/s', 'errors', 'RSS after GC MB', 'heap MB', 'Bolt connections', 'fds'],
      samples.map((s) => [
        fmt(s['second']),
        fmt(s['readsPerSecond']),
        fmt(s['writesPerSecond']),
        fmt(s['errors']),
        fmt(s['rssAfterGcMb']),
        fmt(s['heapUsedAfterGcMb']),
        fmt(s['boltConnections']),
        fmt(s['fileDescriptors']),
      ]),
    ),
  ].join('\n');
}

function bulkAndGenerate(): string {
  const bulk = read('bulk-load.json');
  const gen = read('generate.json');
  const parts: string[] = [];
  parts.push(
    gen
      ? table(
          ['target nodes', 'documents', 'nodes', 'relationships', 'MB', 'seconds', 'CPU s', 'peak RSS MB'],
          list(gen['runs']).map((r) => [
            fmt(r['targetNodes']),
            fmt(r['documents']),
            fmt(r['nodes']),
            fmt(r['relationships']),
            fmt(r['mb']),
            fmt(r['seconds']),
            fmt(r['cpuSeconds']),
            fmt(r['peakRssMb']),
          ]),
        )
      : missing('npx tsx bench/generate.bench.ts'),
  );
  parts.push('');
  parts.push(
    bulk
      ? table(
          [
            'nodes',
            'relationships',
            'seconds',
            'nodes/s',
            'rels/s',
            '(nodes+rels)/s',
            'loader peak RSS MB',
            'live heap after a batch, max MB',
            'store floor (nodes+rels)/s',
          ],
          list(bulk['sizes']).map((r) => [
            fmt(r['nodes']),
            fmt(r['relationships']),
            fmt(r['seconds']),
            fmt(r['nodesPerSecond']),
            fmt(r['relationshipsPerSecond']),
            fmt(r['elementsPerSecond']),
            fmt(r['peakRssMb']),
            fmt((r['liveHeapMb'] as Record<string, unknown> | undefined)?.['max']),
            fmt((r['storeFloor'] as Record<string, unknown> | undefined)?.['elementsPerSecond']),
          ]),
        )
      : missing('npm run bench:bulk-load -- --nodes 10000,100000'),
  );
  const floor = read('import-floor.json');
  parts.push('');
  parts.push(
    floor
      ? table(
          [
            'graph nodes',
            'relationships',
            'claims',
            'neo4j-admin seconds',
            'of it the import',
            'graph (nodes+rels)/s',
            'all/s',
          ],
          list(floor['runs']).map((r) => {
            const counts = (r['counts'] ?? {}) as Record<string, unknown>;
            return [
              fmt(counts['nodes']),
              fmt(counts['relationships']),
              fmt(counts['claims']),
              fmt(r['seconds']),
              fmt(r['importSeconds']),
              fmt(r['graphElementsPerSecond']),
              fmt(r['allElementsPerSecond']),
            ];
          }),
        )
      : missing('npm run bench:import-floor -- --nodes 100000'),
  );
  return [
    'Corpus generation (`npx tsx bench/generate.bench.ts`) and bulk loading into an empty Neo4j ' +
      '(`npm run bench:bulk-load`). The store floor is the same counts written by the plainest Cypher ' +
      '(`UNWIND … CREATE`, ends found by an indexed id, no claims, passages or evidence) into the same Neo4j ' +
      'after the load: the ceiling of any loader on this machine. The import floor (`npm run bench:import-floor`) ' +
      'is a store of the same counts, claims included, written by `neo4j-admin database import full` from CSV ' +
      'files into an empty, offline database: the fastest way into Neo4j there is, before any facts file is read.',
    '',
    ...parts,
  ].join('\n');
}

/** A results file whose shape is its own: shown as its JSON, so nothing in it is lost or misread. */
function asJson(name: string, command: string, intro: string): string {
  const data = read(name);
  if (!data) return missing(command);
  return [`${intro} (\`${command}\`), ${when(data)}:`, '', '```json', JSON.stringify(data, null, 2), '```'].join('\n');
}

function main(): void {
  mkdirSync(CHARTS, { recursive: true });
  const page = [
    '# Benchmark results',
    '',
    'Made by `npm run bench:report` from `bench/results/*.json`; every figure comes from the benchmark named beside ' +
      'it, run on the project machine (2 cores, 24 GiB). Run a benchmark, then this command, to bring the page up ' +
      'to date.',
    '',
    '## GraphQL against hand-written Cypher',
    apiVsCypher(),
    '',
    '## Latency and database hits against graph size',
    growth(),
    '',
    '## Load',
    load(),
    '',
    '## Soak',
    soak(),
    '',
    '## Generating and bulk loading a corpus',
    bulkAndGenerate(),
    '',
    '## Backup and restore',
    asJson('backup.json', 'npm run bench:backup', 'Backup and restore'),
    '',
    '## Crashes during imports',
    asJson('crash.json', 'npm run bench:crash -- --kills 100', 'Kill points'),
    '',
    asJson(
      'crash-api.json',
      'npm run bench:crash -- --kills 0 --neo4j-kills 0 --api-kills 30 --out crash-api.json',
      'Kill points of the API server itself',
    ),
    '',
    '## Shutdown under load',
    asJson('shutdown.json', 'npm run bench:shutdown', 'SIGTERM to `npm start` under load'),
    '',
  ].join('\n');
  writeFileSync(join(DOCS, 'results.md'), page);
  process.stdout.write(`wrote ${join(DOCS, 'results.md')} and its charts in ${CHARTS}\n`);
}

main();
