import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';

/** One GraphQL request of the workload. */
export interface WorkloadRequest {
  /** The kind of question, for per-kind figures. */
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** Ids and words drawn from the graph the bench runs on (never the seed's ids written in). */
export interface GraphSample {
  readonly municipalities: string[];
  readonly twinnings: string[];
  readonly entities: string[];
  readonly words: string[];
  readonly namePrefixes: string[];
  readonly pairs: [string, string][];
}

/** At most this many of each kind of id. */
const SAMPLE = 50;

async function column(driver: Driver, database: string, cypher: string): Promise<string[]> {
  const { records } = await driver.executeQuery(cypher, { n: neo4j.int(SAMPLE) }, { database, routing: 'READ' });
  return records.map((r) => String(r.get(0))).filter((v) => v !== 'null');
}

/**
 * Reads ids to ask about from the graph itself: municipalities, twinnings,
 * actors, words of their names (for search), two-letter prefixes of people's
 * names (for the generated list) and actor–partner-city pairs (for connection).
 */
export async function sampleGraph(driver: Driver, database: string): Promise<GraphSample> {
  const names = await column(driver, database, 'MATCH (n:Named) RETURN n.name LIMIT $n');
  const people = await column(driver, database, 'MATCH (p:Person) RETURN p.name LIMIT $n');
  const { records } = await driver.executeQuery(
    `MATCH (a:Actor)-[:INVOLVED_IN]->(:Twinning)-[:PARTNER]->(c:City)
     RETURN DISTINCT a.id AS a, c.id AS c LIMIT $n`,
    { n: neo4j.int(SAMPLE) },
    { database, routing: 'READ' },
  );
  const sample: GraphSample = {
    municipalities: await column(driver, database, 'MATCH (m:Municipality) RETURN m.id LIMIT $n'),
    twinnings: await column(driver, database, 'MATCH (t:Twinning) RETURN t.id LIMIT $n'),
    entities: await column(driver, database, 'MATCH (n:Actor) RETURN n.id LIMIT $n'),
    words: [...new Set(names.flatMap((n) => n.split(/[\s,.–-]+/)).filter((w) => w.length > 3))],
    namePrefixes: [...new Set(people.map((n) => n.slice(0, 2)))],
    pairs: records.map((r) => [String(r.get('a')), String(r.get('c'))]),
  };
  for (const [kind, values] of Object.entries(sample)) {
    if ((values as unknown[]).length === 0)
      throw new Error(`the graph has no ${kind} to ask about: load a graph first`);
  }
  return sample;
}

const QUESTIONS: Record<string, string> = {
  twinnings: `query Twinnings($m: ID!) { twinnings(municipality: $m) {
    name status statusDate partners { name country { nameEn } }
    history { status date } actors { initiated { actor { label } } proposed { actor { label } } } } }`,
  partnerNetwork: `query PartnerNetwork($of: ID!) { partnerNetwork(of: $of, depth: 2) {
    nodes { id type label } edges { id type source target } } }`,
  entity: `query Entity($id: ID!) { entity(id: $id) {
    type label relations { type direction other { type label } } mentions { quote } timeline { date kind label } } }`,
  search: `query Search($text: String!) { search(text: $text, limit: 10) { id type name score } }`,
  graph: `query Graph($focus: ID!) { graph(focus: $focus, depth: 1) {
    nodes { id type label } edges { id type source target } } }`,
  connection: `query Connection($from: ID!, $to: ID!) { connection(from: $from, to: $to) {
    length steps { from { label } type to { label } } } }`,
  peopleList: `query People($prefix: String!) {
    people(where: { name: { startsWith: $prefix } }, sort: [{ name: ASC }], limit: 10) {
      id name memberships { role titleOriginal } } }`,
};

/** A deterministic pseudo-random generator (mulberry32), so every run asks the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` read requests, the seven kinds of question in turn, each with
 * variables drawn at random (seeded) from the sample.
 */
export function readWorkload(sample: GraphSample, count: number, seed = 1): WorkloadRequest[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const variablesOf: Record<string, () => Record<string, unknown>> = {
    twinnings: () => ({ m: pick(sample.municipalities) }),
    partnerNetwork: () => ({ of: pick(sample.municipalities) }),
    entity: () => ({ id: pick(sample.entities) }),
    search: () => ({ text: pick(sample.words) }),
    graph: () => ({ focus: pick(sample.twinnings) }),
    connection: () => {
      const [from, to] = pick(sample.pairs);
      return { from, to };
    },
    peopleList: () => ({ prefix: pick(sample.namePrefixes) }),
  };
  const kinds = Object.keys(QUESTIONS);
  return Array.from({ length: count }, (_, i) => {
    const name = kinds[i % kinds.length] as string;
    return {
      name,
      query: QUESTIONS[name] as string,
      variables: (variablesOf[name] as () => Record<string, unknown>)(),
    };
  });
}
