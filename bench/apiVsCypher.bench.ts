/**
 * The API layer against hand-written Cypher (issue 10). The API runs in this
 * process against the configured Neo4j (the local one is started if needed;
 * set LOCAL_NEO4J_DIR/LOCAL_NEO4J_BOLT_PORT or NEO4J_URI for another), logging
 * at info level to /dev/null as in production. For every analyst field and
 * for typical generated reads (bench/cypher/*Cases.ts) it sends the GraphQL
 * request over HTTP and, interleaved with it in the same loop (the order
 * alternating), fetches the same answer with one parameterised Cypher query
 * through the same driver. What both answer is compared once (ids, counts)
 * before timing. The questions' ids come from the graph (bench/cypher/focus.ts),
 * so it runs on the seed as on a generated corpus of millions of nodes; it loads
 * nothing. Prints p50/p95 of each side, their ratios and the Cypher statements
 * per GraphQL request, and the HTTP floor (`{ __typename }` through the same
 * server, no database) with the ratio it alone sets for each question; writes
 * bench/results/api-vs-cypher.json. Asserts nothing.
 * With --profile it also PROFILEs, once per question, the statements one
 * GraphQL request sent and the hand-written query, and reports the database
 * hits of each (bench/growth.bench.ts uses this at several graph sizes).
 * Usage: npm run bench:api-vs-cypher [-- --requests 300] [--warmup 30] [--only twinnings] [--profile] [--out file]
 */
import { Agent, request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ProfiledPlan } from 'neo4j-driver';
import { pino } from 'pino';
import { buildSchema } from '../src/api/buildSchema.js';
import { createReadiness } from '../src/api/readiness.js';
import { startApiServer } from '../src/api/startApiServer.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/config/createLogger.js';
import { ensureSchema } from '../src/load/ensureSchema.js';
import { connectDriver } from '../src/neo4j/connectDriver.js';
import { neo4jConnection } from '../src/neo4j/neo4jConnection.js';
import { countingDriver } from '../test/helpers/countingDriver.js';
import { ANALYST_CASES } from './cypher/analystCases.js';
import type { BenchCase, GraphqlData } from './cypher/benchCase.js';
import { readFocus, type Focus } from './cypher/focus.js';
import { GENERATED_CASES } from './cypher/generatedCases.js';

const TARGET_P50 = 1.3;
const TARGET_P95 = 1.5;

const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const numberArg = (name: string, fallback: number): number => Number(argValue(name)) || fallback;
const requests = numberArg('requests', 200);
const warmup = numberArg('warmup', 30);
const only = argValue('only');
const profile = process.argv.includes('--profile');
const out = resolve(argValue('out') ?? 'bench/results/api-vs-cypher.json');

const say = (line: string): void => void process.stderr.write(`${line}\n`);
const config = loadConfig();
const connection = await neo4jConnection(config, say);
const real = await connectDriver(connection);
const { database } = connection;
// As `npm start` does before it serves: the indexes and constraints of this version, on a graph loaded by an older one.
await ensureSchema(real, database);
const counting = countingDriver(real);
const api = await startApiServer({
  schema: await buildSchema(counting.driver, config.limits.maxPageSize, database),
  driver: counting.driver,
  database,
  readiness: createReadiness(counting.driver, database),
  logger: createLogger({ logLevel: 'info' }, pino.destination({ dest: '/dev/null', sync: true })),
  host: '127.0.0.1',
  port: 0,
  settings: config,
});

/** One keep-alive connection, as a client that sends one request after another. */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const endpoint = new URL(`${api.url}/graphql`);

/** Sends one GraphQL request over HTTP; resolves with its data, or throws with its errors. */
function sendGraphql(query: string, variables: Record<string, unknown>): Promise<GraphqlData> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolvePromise, reject) => {
    const req = request(
      endpoint,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
              data?: GraphqlData;
              errors?: unknown[];
            };
            if (parsed.errors || !parsed.data) reject(new Error(JSON.stringify(parsed.errors).slice(0, 500)));
            else resolvePromise(parsed.data);
          } catch (error) {
            reject(error as Error);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Prepared {
  readonly benchCase: BenchCase;
  readonly graphql: { readonly query: string; readonly variables: Record<string, unknown> };
  readonly cypher: { readonly query: string; readonly params: Record<string, unknown> };
}

function prepare(benchCase: BenchCase, focus: Focus): Prepared {
  return { benchCase, graphql: benchCase.graphql(focus), cypher: benchCase.cypher(focus) };
}

const sendGraphqlOf = (p: Prepared): Promise<GraphqlData> => sendGraphql(p.graphql.query, p.graphql.variables);
const sendCypherOf = (p: Prepared) =>
  real.executeQuery(p.cypher.query, p.cypher.params, { database, routing: 'READ' }).then((r) => r.records);

/** How big each question's answer is (bytes of the GraphQL data as JSON), to read its figures by: a bigger answer costs more. */
const answers = new Map<string, number>();

/** Checks that both sides answer the same (ids, counts); throws with both summaries when not. */
async function checkSameAnswer(p: Prepared): Promise<void> {
  const data = await sendGraphqlOf(p);
  answers.set(p.benchCase.name, Buffer.byteLength(JSON.stringify(data)));
  const fromGraphql = JSON.stringify(p.benchCase.summaryOfGraphql(data));
  const fromCypher = JSON.stringify(p.benchCase.summaryOfCypher(await sendCypherOf(p)));
  if (fromGraphql !== fromCypher) {
    throw new Error(
      `${p.benchCase.name}: GraphQL and Cypher answer differently; fix the case in bench/cypher/\n` +
        `  GraphQL: ${fromGraphql.slice(0, 600)}\n  Cypher:  ${fromCypher.slice(0, 600)}`,
    );
  }
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

interface Figures {
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
}

function figures(times: number[]): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), mean };
}

/** Wall time (ms) of one call, and the CPU time (ms) this process spent meanwhile (the client's share included). */
async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpuBefore = process.cpuUsage();
  const began = performance.now();
  await work();
  const wall = performance.now() - began;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** The database hits a statement costs, summed over its PROFILE plan. */
async function dbHitsOf(query: string, params: Record<string, unknown>): Promise<number> {
  const session = real.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${query}`, params));
    const sum = (plan: ProfiledPlan | false): number =>
      plan ? plan.dbHits + plan.children.reduce((total, child) => total + sum(child), 0) : 0;
    return sum(result.summary.profile);
  } finally {
    await session.close();
  }
}

/** Database hits of one GraphQL request (every statement it sent) and of the hand-written query. */
async function profileOf(p: Prepared): Promise<{ graphql: number; cypher: number }> {
  counting.reset();
  await sendGraphqlOf(p);
  let graphql = 0;
  for (const statement of counting.statementsSent()) graphql += await dbHitsOf(statement.query, statement.parameters);
  return { graphql, cypher: await dbHitsOf(p.cypher.query, p.cypher.params) };
}

interface Row {
  readonly name: string;
  readonly graphql: Figures;
  readonly cypher: Figures;
  readonly ratioP50: number;
  readonly ratioP95: number;
  readonly statementsPerRequest: number;
  /** Mean CPU time of this process per request (ms): the API layer's own cost, whatever the machine's load. */
  readonly cpuMs: { readonly graphql: number; readonly cypher: number };
  readonly withinTarget: boolean;
  /** With --profile: database hits of one request's statements, and of the hand-written query. */
  readonly dbHits?: { readonly graphql: number; readonly cypher: number };
  /** Bytes of the GraphQL answer's data as JSON: the size of what the question returns. */
  readonly answerBytes?: number;
  /**
   * (HTTP floor p50 + Cypher p50) / Cypher p50: the ratio even an API layer
   * costing nothing would have, the request's trip through HTTP alone added.
   */
  readonly floorRatioP50: number;
}

/**
 * The HTTP floor: `{ __typename }` through the same server (Express, Apollo,
 * the plugins, the request log), answered without the database.
 */
async function measureFloor(): Promise<Figures> {
  for (let i = 0; i < warmup; i++) await sendGraphql('{ __typename }', {});
  const times: number[] = [];
  for (let i = 0; i < requests; i++) times.push((await timed(() => sendGraphql('{ __typename }', {}))).wall);
  return figures(times);
}

/** Warms both sides up, then times them interleaved, alternating which goes first. */
async function measure(p: Prepared, floor: Figures): Promise<Row> {
  for (let i = 0; i < warmup; i++) {
    await sendGraphqlOf(p);
    await sendCypherOf(p);
  }
  const g: number[] = [];
  const c: number[] = [];
  let statements = 0;
  let graphqlCpu = 0;
  let cypherCpu = 0;
  for (let i = 0; i < requests; i++) {
    const graphqlTurn = async (): Promise<void> => {
      counting.reset();
      const { wall, cpu } = await timed(() => sendGraphqlOf(p));
      g.push(wall);
      graphqlCpu += cpu;
      statements += counting.count();
    };
    const cypherTurn = async (): Promise<void> => {
      const { wall, cpu } = await timed(() => sendCypherOf(p));
      c.push(wall);
      cypherCpu += cpu;
    };
    if (i % 2 === 0) {
      await graphqlTurn();
      await cypherTurn();
    } else {
      await cypherTurn();
      await graphqlTurn();
    }
  }
  const graphql = figures(g);
  const cypher = figures(c);
  const ratioP50 = graphql.p50 / cypher.p50;
  const ratioP95 = graphql.p95 / cypher.p95;
  return {
    name: p.benchCase.name,
    graphql,
    cypher,
    ratioP50,
    ratioP95,
    statementsPerRequest: statements / requests,
    cpuMs: { graphql: graphqlCpu / requests, cypher: cypherCpu / requests },
    withinTarget: ratioP50 <= TARGET_P50 && ratioP95 <= TARGET_P95,
    ...(profile ? { dbHits: await profileOf(p) } : {}),
    ...(answers.has(p.benchCase.name) ? { answerBytes: answers.get(p.benchCase.name) } : {}),
    floorRatioP50: (floor.p50 + cypher.p50) / cypher.p50,
  };
}

const ms = (n: number): string => n.toFixed(2).padStart(7);
const ratio = (n: number, target: number): string => `${n.toFixed(2)}×${n <= target ? ' ' : '!'}`.padStart(8);

function printRow(r: Row): void {
  console.log(
    `${r.name.padEnd(40)} ${ms(r.graphql.p50)} ${ms(r.graphql.p95)}   ${ms(r.cypher.p50)} ${ms(r.cypher.p95)}  ` +
      `${ratio(r.ratioP50, TARGET_P50)} ${ratio(r.ratioP95, TARGET_P95)}  ${r.floorRatioP50.toFixed(2).padStart(5)}×` +
      `  ${r.statementsPerRequest.toFixed(2).padStart(5)}` +
      `      ${ms(r.cpuMs.graphql)} ${ms(r.cpuMs.cypher)}` +
      (r.dbHits ? `   db hits ${r.dbHits.graphql} / ${r.dbHits.cypher}` : '') +
      (r.answerBytes !== undefined ? `   answer ${r.answerBytes} B` : ''),
  );
}

async function graphSize(): Promise<{ nodes: number; relationships: number }> {
  const { records } = await real.executeQuery(
    'CALL apoc.meta.stats() YIELD nodeCount, relCount RETURN nodeCount, relCount',
    {},
    { database, routing: 'READ' },
  );
  return { nodes: Number(records[0]?.get('nodeCount')), relationships: Number(records[0]?.get('relCount')) };
}

const memoryMb = (): number => {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().rss / 1e6);
};

try {
  const size = await graphSize();
  const focus = await readFocus(real, database);
  say(`graph: ${size.nodes} nodes, ${size.relationships} relationships; focus ${JSON.stringify(focus)}`);
  // @neo4j/graphql checks the database's version on its first request: out of every figure.
  await sendGraphql('{ documents(limit: 1) { id } }', {});
  const cases = [...ANALYST_CASES, ...GENERATED_CASES]
    .filter((c) => !only || c.name.includes(only))
    .map((c) => prepare(c, focus));
  for (const p of cases) await checkSameAnswer(p);
  say(`the GraphQL and Cypher answers agree for all ${cases.length} questions`);
  const memoryBefore = memoryMb();
  const floor = await measureFloor();
  console.log(
    `HTTP floor ({ __typename }, no database): p50 ${floor.p50.toFixed(2)} ms, p95 ${floor.p95.toFixed(2)} ms; ` +
      `floor ratio = (floor p50 + Cypher p50) / Cypher p50, what an API layer costing nothing would show`,
  );
  console.log(
    `${requests} requests per question and side, interleaved, after ${warmup} warm-up pairs; times in ms; ` +
      `target: ratio p50 ≤ ${TARGET_P50}, p95 ≤ ${TARGET_P95} (! = missed)`,
  );
  console.log(
    `${'question'.padEnd(40)} ${'GraphQL p50'.padStart(7)}     p95   Cypher p50     p95  ratio p50  p95  floor ratio  statements  CPU ms/req: GraphQL  Cypher`,
  );
  const rows: Row[] = [];
  for (const p of cases) {
    const row = await measure(p, floor);
    rows.push(row);
    printRow(row);
  }
  const memoryAfter = memoryMb();
  const within = rows.filter((r) => r.withinTarget).length;
  console.log(
    `${within} of ${rows.length} questions within the target; process RSS ${memoryBefore} → ${memoryAfter} MB`,
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        node: process.version,
        requests,
        warmup,
        target: { ratioP50: TARGET_P50, ratioP95: TARGET_P95 },
        graph: size,
        focus,
        httpFloor: floor,
        rows,
        rssMb: { before: memoryBefore, after: memoryAfter },
      },
      null,
      2,
    )}\n`,
  );
  say(`wrote ${out}`);
} finally {
  agent.destroy();
  await api.stop();
  await real.close();
}
