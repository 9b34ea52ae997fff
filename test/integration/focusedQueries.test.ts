import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/api/buildSchema.js';
import { createReadiness } from '../../src/api/readiness.js';
import { startApiServer, type RunningApi } from '../../src/api/startApiServer.js';
import { loadConfig } from '../../src/config/config.js';
import type { NodeType } from '../../src/facts/vocabulary.js';
import { ensureSchema, NAMED_LABELS } from '../../src/load/ensureSchema.js';
import { entityLabels } from '../../src/load/entityLabels.js';
import { testDriver } from '../helpers/testDriver.js';

const KRANJ = 'org:mestna-obcina-kranj';
const tag = `focus-${randomUUID().slice(0, 8)}`;

let real: Driver;
let database: string;
let api: RunningApi;
/** The Cypher statements the API sent, newest last (executeQuery and transaction runs alike). */
const sent: { query: string; parameters: Record<string, unknown> }[] = [];

/** The real driver, recording every statement the API sends through it so that a test can PROFILE it. */
function recordingDriver(driver: Driver): Driver {
  const record = (args: unknown[]): void => {
    const [query, parameters] = args as [string, Record<string, unknown> | undefined];
    sent.push({ query, parameters: parameters ?? {} });
  };
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, key) {
        const value = Reflect.get(obj, key) as unknown;
        if (typeof value !== 'function') return value;
        const method = value as (...a: unknown[]) => unknown;
        if (key === 'run' || key === 'executeQuery') {
          return (...args: unknown[]) => (record(args), method.apply(obj, args));
        }
        if (key === 'session' || key === 'beginTransaction')
          return (...args: unknown[]) => wrap(method.apply(obj, args) as object);
        if (key === 'executeRead' || key === 'executeWrite') {
          return (work: (tx: object) => unknown, ...rest: unknown[]) =>
            method.apply(obj, [(tx: object) => work(wrap(tx)), ...rest]);
        }
        return method.bind(obj);
      },
    });
  return wrap(driver);
}

/** Database hits of a statement, summed over its profiled plan. */
async function dbHits(statement: { query: string; parameters: Record<string, unknown> }): Promise<number> {
  const { summary } = await real.executeQuery(`PROFILE ${statement.query}`, statement.parameters, { database });
  type Plan = { dbHits: number; children: Plan[] };
  const sum = (plan: Plan): number => plan.dbHits + plan.children.reduce((total, child) => total + sum(child), 0);
  return sum(summary.profile as unknown as Plan);
}

/** Operators of a statement's plan, e.g. "NodeIndexSeek person_name". */
async function planOperators(statement: { query: string; parameters: Record<string, unknown> }): Promise<string[]> {
  const { summary } = await real.executeQuery(`EXPLAIN ${statement.query}`, statement.parameters, { database });
  type Plan = { operatorType: string; arguments: Record<string, unknown>; children: Plan[] };
  const walk = (plan: Plan): string[] => [
    `${plan.operatorType.replace(/@.*/, '')} ${String(plan.arguments['Details'] ?? '')}`,
    ...plan.children.flatMap(walk),
  ];
  return walk(summary.plan as unknown as Plan);
}

/** Asks through the API and returns the one Cypher statement it sent, with the answer. */
async function askAndCapture<T>(query: string): Promise<{ data: T; statement: (typeof sent)[number] }> {
  const from = sent.length;
  const result = await graphql<T>(query);
  expect(result.errors).toBeUndefined();
  const statements = sent.slice(from);
  expect(statements).toHaveLength(1);
  return { data: result.data!, statement: statements[0]! };
}

const labels = (type: NodeType): string => entityLabels(type).join(':');

/** The request log's lines, as JSON objects. */
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  const t = testDriver();
  real = t.driver;
  database = t.database;
  await ensureSchema(real, database);
  // The real API as startTestApi starts it, but logging at info into logLines.
  const settings = loadConfig({});
  const driver = recordingDriver(real);
  const readiness = createReadiness(driver, database);
  readiness.markSchemaBuilt();
  const log = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        logLines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  api = await startApiServer({
    schema: await buildSchema(driver, settings.limits.maxPageSize, database),
    driver,
    database,
    readiness,
    logger: pino({ level: 'info' }, log),
    host: '127.0.0.1',
    port: 0,
    settings,
  });
  // @neo4j/graphql checks the database's version on its first request; record from after that.
  await graphql('{ documents(limit: 1) { id } }');
});

afterAll(async () => {
  await real.executeQuery('MATCH (n:Entity) WHERE n.id CONTAINS $tag DETACH DELETE n', { tag }, { database });
  await api.stop();
  await real.close();
});

/** POSTs a GraphQL request body to the API; the parsed response and its HTTP status. */
async function post<T>(
  body: Record<string, unknown>,
): Promise<{ status: number; data?: T; errors?: { message: string }[] }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as { data?: T; errors?: { message: string }[] }) };
}

async function graphql<T>(query: string): Promise<{ data?: T; errors?: { message: string }[] }> {
  return post<T>({ query });
}

describe('twinnings(municipality:) starts from the municipality, not from every twinning', () => {
  const TWINNINGS = `{ twinnings(municipality: "${KRANJ}") {
    id status partners { id country { id } } history { status date } actors { brokered { actor { id } } } } }`;

  it('costs the same database hits after 2,000 unrelated twinnings are added, for the same answer', async () => {
    const before = await askAndCapture<{ twinnings: unknown[] }>(TWINNINGS);
    const hitsBefore = await dbHits(before.statement);
    await real.executeQuery(
      `UNWIND range(1, 20) AS c
       CREATE (city:${labels('City')} {id: 'city:' + $tag + '-' + c, name: 'Unrelated ' + c, aliases: []})
       WITH city, c
       UNWIND range(1, 100) AS n
       CREATE (t:${labels('Twinning')} {id: 'twinning:' + $tag + '-' + c + '-' + n, name: 'Unrelated', kind: 'TWINNING',
                                      status: 'SIGNED', statusDate: '2020-01-01'})-[:PARTNER]->(city)`,
      { tag },
      { database },
    );
    try {
      const after = await askAndCapture<{ twinnings: unknown[] }>(TWINNINGS);
      expect(after.data).toEqual(before.data);
      expect(after.statement.query).toBe(before.statement.query);
      const hitsAfter = await dbHits(after.statement);
      // A plan that scanned twinnings or PARTNER relationships would pay at least one hit per added twinning.
      expect(Math.abs(hitsAfter - hitsBefore)).toBeLessThan(20);
    } finally {
      await real.executeQuery('MATCH (n:Entity) WHERE n.id CONTAINS $tag DETACH DELETE n', { tag }, { database });
    }
  });
});

describe('factOrigin reads the edits by action, not every audit event', () => {
  const ORIGIN = `{ factOrigin(id: "person:katja-struc") {
    documents statements { documentId loads { action } } edits { id action } } }`;

  it('costs the same database hits after 2,000 unrelated load events are added, for the same answer', async () => {
    const before = await askAndCapture<{ factOrigin: unknown }>(ORIGIN);
    const hitsBefore = await dbHits(before.statement);
    // One SEED_LOAD event per document is what a bulk load records: a national corpus has tens of thousands.
    await real.executeQuery(
      `UNWIND range(1, 2000) AS n
       CREATE (:AuditEvent {id: 'audit:' + $tag + '-' + n, action: 'SEED_LOAD', actor: 'bulk', via: 'cli',
                            documentId: 'doc:' + $tag + '-' + n, at: datetime(), details: '{}'})`,
      { tag },
      { database },
    );
    try {
      const after = await askAndCapture<{ factOrigin: unknown }>(ORIGIN);
      expect(after.data).toEqual(before.data);
      const hitsAfter = await dbHits(after.statement);
      // Scanning the audit trail would pay at least one hit per added event.
      expect(Math.abs(hitsAfter - hitsBefore)).toBeLessThan(20);
      const operators = await planOperators(after.statement);
      expect(
        // Neither a scan of the label nor one of an index over it (a seek reads only the matching events).
        operators.some((o) => /^(?:NodeByLabelScan .*:AuditEvent$|NodeIndexScan .*:AuditEvent\()/.test(o)),
        operators.join('\n'),
      ).toBe(false);
    } finally {
      await real.executeQuery('MATCH (e:AuditEvent) WHERE e.id CONTAINS $tag DELETE e', { tag }, { database });
    }
  });
});

describe("an entity's dossier costs its page, not its degree", () => {
  const dossier = (limit: number): string => `{ entity(id: "person:katja-struc", limit: ${limit}) {
    relationCount mentionCount relations { type other { id } evidence { quote } } mentions { quote } } }`;

  it('reads the documents and passages of one page only, and counts the whole lists', async () => {
    type Paged = { entity: { relationCount: number; mentionCount: number; relations: unknown[]; mentions: unknown[] } };
    const whole = await askAndCapture<Paged>(dossier(500));
    const page = await askAndCapture<Paged>(dossier(1));
    expect(page.data.entity.relationCount).toBe(whole.data.entity.relationCount);
    expect(page.data.entity.relations).toHaveLength(1);
    expect(page.data.entity.mentions).toHaveLength(1);
    expect(whole.data.entity.relations.length).toBeGreaterThan(3);
    expect(page.statement.query).toBe(whole.statement.query);
    // Each item past the page costs at least its document's lookup and its map: the page's hits must be fewer.
    const [pageHits, wholeHits] = [await dbHits(page.statement), await dbHits(whole.statement)];
    const skipped = whole.data.entity.relations.length - 1 + (whole.data.entity.mentions.length - 1);
    expect(wholeHits - pageHits).toBeGreaterThanOrEqual(skipped);
  });
});

describe('a lookup by name is an index seek for every named kind', () => {
  it('has a range index on name for each kind the vocabulary names, from Person to Event', async () => {
    expect(NAMED_LABELS).toEqual(
      expect.arrayContaining([
        'Person',
        'Municipality',
        'Commission',
        'Company',
        'City',
        'Country',
        'Twinning',
        'Event',
      ]),
    );
    expect(NAMED_LABELS).not.toContain('Membership');
    const { records } = await real.executeQuery(
      `SHOW INDEXES YIELD labelsOrTypes, properties, type, state
       WHERE type = 'RANGE' AND properties = ['name'] RETURN labelsOrTypes[0] AS label, state`,
      {},
      { database },
    );
    const indexed = new Map(records.map((r) => [r.get('label') as string, r.get('state') as string]));
    for (const label of NAMED_LABELS) expect(indexed.get(label), label).toBe('ONLINE');
  });

  it('the generated people(where: {name}) seeks the Person name index instead of scanning every person', async () => {
    const { data, statement } = await askAndCapture<{ people: { id: string }[] }>(
      '{ people(where: { name: { eq: "Katja Štruc" } }) { id } }',
    );
    expect(data.people.map((p) => p.id)).toEqual(['person:katja-struc']);
    const operators = await planOperators(statement);
    expect(
      operators.some((o) => /^NodeIndexSeek .*:Person\(name\)/.test(o)),
      operators.join('\n'),
    ).toBe(true);
    expect(
      operators.some((o) => /^NodeByLabelScan .*:Person$/.test(o)),
      operators.join('\n'),
    ).toBe(false);
  });
});

describe('partnerNetwork follows partnerships, not membership in a country', () => {
  type View = { nodes: { id: string; type: string }[]; edges: { type: string; source: string; target: string }[] };
  const network = async (depth: number): Promise<View> =>
    (
      await askAndCapture<{ partnerNetwork: View }>(
        `{ partnerNetwork(of: "${KRANJ}", depth: ${depth}) { nodes { id type } edges { type source target } } }`,
      )
    ).data.partnerNetwork;

  beforeAll(async () => {
    // Places and bodies in Russia and Slovenia that have nothing to do with Kranj's partnerships.
    await real.executeQuery(
      `MATCH (ru:Country {id: 'country:russia'}), (si:Country {id: 'country:slovenia'}),
             (yekaterinburg:City {id: 'city:yekaterinburg'})
       UNWIND range(1, 3) AS n
       CREATE (:${labels('City')} {id: 'city:' + $tag + '-ru-' + n, name: 'Russian town ' + n, aliases: []})-[:LOCATED_IN]->(ru)
       CREATE (:${labels('City')} {id: 'city:' + $tag + '-si-' + n, name: 'Slovenian town ' + n, aliases: []})-[:LOCATED_IN]->(si)
       CREATE (:${labels('Company')} {id: 'org:' + $tag + '-company-' + n, name: 'Uralska firma ' + n, aliases: []})
                -[:LOCATED_IN]->(yekaterinburg)
       CREATE (:${labels('GovernmentBody')} {id: 'org:' + $tag + '-body-' + n, name: 'Urad ' + n, aliases: []})
                -[:PART_OF]->(si)`,
      { tag },
      { database },
    );
  });

  it('at depth 2 keeps the partners and actors and leaves out the unrelated cities of Russia and Slovenia', async () => {
    const view = await network(2);
    const ids = view.nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['city:yekaterinburg', 'city:zhangjiakou', 'org:iskratel', 'org:spirit-slovenija']),
    );
    expect(ids).toEqual(expect.arrayContaining(['country:russia', 'country:china', 'country:slovenia']));
    expect(ids.filter((id) => id.includes(tag))).toEqual([]);
    // A country is a leaf: nothing in the network is reached only by being in the same country.
    expect(ids.filter((id) => id.startsWith('city:')).sort()).toEqual([
      'city:kranj',
      'city:yekaterinburg',
      'city:zhangjiakou',
    ]);
  });

  it('even at the deepest depth never walks from a country or into a city', async () => {
    const view = await network(4);
    expect(view.nodes.filter((n) => n.id.includes(tag))).toEqual([]);
    expect(view.edges.filter((e) => e.source.includes(tag) || e.target.includes(tag))).toEqual([]);
    expect(view.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['org:iskratel', 'org:spirit-slovenija']));
  });

  it('includes the people who took part in an event about a twinning, already at depth 1', async () => {
    const ids = (await network(1)).nodes.map((n) => n.id);
    // Hosts of the ministerial visit to Yekaterinburg (PARTICIPATED_IN an Event ABOUT the twinning).
    expect(ids).toContain('person:minister-investment-development-yekaterinburg');
  });
});

describe('the request log', () => {
  it('logs a /graphql request with its full path, status code and operation name', async () => {
    const from = logLines.length;
    const named = { query: `query KranjTwinnings { twinnings(municipality: "${KRANJ}") { id } }` };
    expect((await post({ ...named, operationName: 'KranjTwinnings' })).status).toBe(200);
    expect((await post({ query: 'query  FirstDocument { documents(limit: 1) { id } }' })).status).toBe(200);
    expect((await post({ query: '{ documents(limit: 1) { id } }' })).status).toBe(200);
    expect((await post({ query: '{ nosuchfield }', operationName: 'Broken' })).status).toBe(400);
    // pino-http writes when the response has finished, which the client may see first.
    await expect.poll(() => logLines.length - from).toBe(4);
    const [named1, named2, anonymous, refused] = logLines.slice(from);
    expect(named1).toMatchObject({ path: '/graphql', status: 200, operationName: 'KranjTwinnings' });
    expect(named1!['msg']).toMatch(/^POST \/graphql 200 KranjTwinnings \d+ ms$/);
    expect(named1!['res']).toMatchObject({ statusCode: 200 });
    expect(named2).toMatchObject({ path: '/graphql', status: 200, operationName: 'FirstDocument' });
    expect(anonymous).toMatchObject({ path: '/graphql', status: 200 });
    expect(anonymous).not.toHaveProperty('operationName');
    expect(anonymous!['msg']).toMatch(/^POST \/graphql 200 \d+ ms$/);
    expect(refused).toMatchObject({ path: '/graphql', status: 400, operationName: 'Broken' });
  });
});
