import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { removeDocument } from '../../src/load/removeDocument.js';
import { createDriver } from '../../src/neo4j/createDriver.js';
import { countingDriver, type CountingDriver, type DriverEvent } from '../helpers/countingDriver.js';
import { catalogDocumentIds, operationCatalog, type Operation } from '../helpers/operationCatalog.js';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';
import { TEST_JWT_SECRET, bearer } from '../helpers/testTokens.js';

/**
 * Past one machine: on a Neo4j cluster (or Aura) a READ transaction may run
 * on any member and a WRITE one only on the database's leader. So every read
 * path of the API (each generated query, each custom question, /ready, the
 * exports) must run in READ transactions and every write (each mutation) in
 * WRITE ones, all on the configured database and through a routing
 * (`neo4j://`) driver. The API is given a database name of its own, which the
 * recording driver maps to the real one: a query that ignored the configured
 * name (and used the default "neo4j") shows up by name.
 */

const tag = `acmode${Math.random().toString(36).slice(2, 8)}`;
const DATABASE_NAME = 'mrg-routed';
/** A mutation that writes nothing (it drafts facts for review): it reads, in READ transactions. */
const READ_ONLY_MUTATIONS = new Set(['draftImport']);
/** One request per field, one after another: seconds on an idle machine, minutes on a crowded one. */
const LOOP_TIMEOUT = 300_000;

let real: Driver;
let realDatabase: string;
let uri: string;
let counting: CountingDriver;
let api: TestApi;
let editor: Record<string, string>;

beforeAll(async () => {
  const connection = inject('neo4j');
  // The routing scheme a cluster needs (bolt:// → neo4j://, bolt+s:// → neo4j+s://).
  uri = connection.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
  real = createDriver({ ...connection, uri });
  realDatabase = connection.database;
  counting = countingDriver(real, { databaseAlias: { name: DATABASE_NAME, database: realDatabase } });
  api = await startTestApi(counting.driver, DATABASE_NAME, { AUTH_JWT_SECRET: TEST_JWT_SECRET });
  editor = await bearer(['editor']);
  // @neo4j/graphql asks for the database's version on its first request; that is not a case either.
  await api.graphql('{ documents(limit: 1) { id } }');
});

afterAll(async () => {
  for (const id of catalogDocumentIds(tag)) await removeDocument(real, realDatabase, id).catch(() => undefined);
  await real.executeQuery(
    'MATCH (e:AuditEvent) WHERE e.documentId IN $docs DETACH DELETE e',
    { docs: catalogDocumentIds(tag) },
    { database: realDatabase },
  );
  await real.executeQuery('MATCH (n) WHERE n.id CONTAINS $tag DETACH DELETE n', { tag }, { database: realDatabase });
  await api?.stop();
  await real?.close();
});

/** How one request used the driver, in a line: `session:READ executeRead:READ`. */
const describeEvents = (events: readonly DriverEvent[]): string =>
  events.map((e) => `${e.via}:${e.accessMode}@${e.database ?? 'default'}`).join(' ') || 'no database work';

/** Sends an operation as an editor and returns what it asked of the driver. */
async function run(op: Operation): Promise<{ events: readonly DriverEvent[]; errors: string[]; codes: string[] }> {
  counting.reset();
  const result = await api.graphql(op.query, op.variables, editor);
  const errors = result.errors ?? [];
  return {
    events: [...counting.events()],
    errors: errors.map((e) => e.message),
    codes: errors.map((e) => String(e.extensions?.['code'])),
  };
}

/** Problems with one request's use of the driver: wrong database, sessions without the shared bookmarks. */
function commonProblems(events: readonly DriverEvent[]): string[] {
  const problems: string[] = [];
  if (events.length === 0) problems.push('no database work');
  for (const e of events) {
    if (e.database !== DATABASE_NAME) problems.push(`${e.via} on database ${e.database ?? '(default)'}`);
    if (e.kind === 'session' && !e.sharedBookmarks) {
      problems.push(`a ${e.accessMode} session without the driver's bookmark manager (reads could miss its writes)`);
    }
  }
  return problems;
}

const summary: string[] = [];

describe('access modes of every query path', () => {
  it('uses a routing driver (neo4j://), which the server accepts', async () => {
    expect(uri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    const server = await real.getServerInfo({ database: realDatabase });
    expect(server.address).toBeTruthy();
  });

  it('the server refuses a write in a READ transaction, so a mutation that succeeds wrote in WRITE ones', async () => {
    await expect(
      real.executeQuery('CREATE (:AccessModeProbe {id: $id})', { id: `${tag}-probe` }, { routing: 'READ' }),
    ).rejects.toThrow(/read access mode|AccessMode|not allowed/i);
  });

  for (const origin of ['generated', 'custom'] as const) {
    it(
      `every ${origin} query field runs in READ transactions only, on the configured database`,
      async () => {
        const ops = operationCatalog(api.schema, tag).filter((o) => o.kind === 'query' && o.origin === origin);
        const problems: string[] = [];
        let transactions = 0;
        for (const op of ops) {
          const { events, errors } = await run(op);
          transactions += events.filter((e) => e.kind === 'transaction').length;
          const wrong = [
            ...errors,
            ...commonProblems(events),
            ...events.filter((e) => e.accessMode !== 'READ').map((e) => `${e.via} in ${e.accessMode} mode`),
          ];
          if (wrong.length) problems.push(`${op.field}: ${wrong.join('; ')} [${describeEvents(events)}]`);
        }
        summary.push(`${ops.length} ${origin} query fields: ${transactions} transactions, all READ`);
        expect(ops.length).toBeGreaterThan(origin === 'generated' ? 20 : 5);
        expect(problems).toEqual([]);
      },
      LOOP_TIMEOUT,
    );
  }

  for (const origin of ['generated', 'custom'] as const) {
    it(
      `every ${origin} mutation writes in a WRITE transaction on the configured database`,
      async () => {
        const ops = operationCatalog(api.schema, tag).filter((o) => o.kind === 'mutation' && o.origin === origin);
        const problems: string[] = [];
        let writes = 0;
        let reads = 0;
        for (const op of ops) {
          const { events, errors, codes } = await run(op);
          const transactions = events.filter((e) => e.kind === 'transaction');
          writes += transactions.filter((e) => e.accessMode === 'WRITE').length;
          reads += transactions.filter((e) => e.accessMode === 'READ').length;
          // removeDocument and mergeEntities are given ids that do not exist: refused inside their transaction.
          const refusedByValidation =
            origin === 'custom' && codes.length > 0 && codes.every((c) => c === 'BAD_USER_INPUT');
          const wrong = [...(refusedByValidation ? [] : errors), ...commonProblems(events)];
          if (READ_ONLY_MUTATIONS.has(op.field)) {
            wrong.push(...transactions.filter((e) => e.accessMode !== 'READ').map((e) => `${e.via} in WRITE mode`));
          } else if (!transactions.some((e) => e.accessMode === 'WRITE')) {
            wrong.push('no WRITE transaction');
          }
          if (wrong.length) problems.push(`${op.field}: ${wrong.join('; ')} [${describeEvents(events)}]`);
        }
        summary.push(`${ops.length} ${origin} mutations: ${writes} WRITE and ${reads} READ transactions`);
        expect(ops.length).toBeGreaterThan(origin === 'generated' ? 60 : 4);
        expect(problems).toEqual([]);
      },
      LOOP_TIMEOUT,
    );
  }

  it('/ready and the graph exports read in READ transactions', async () => {
    const problems: string[] = [];
    for (const path of ['/ready', '/export/graph.json?focus=org:mestna-obcina-kranj&depth=1']) {
      counting.reset();
      const response = await fetch(`${api.url}${path}`);
      await response.text();
      const events = [...counting.events()];
      const wrong = [
        ...(response.ok ? [] : [`status ${response.status}`]),
        ...commonProblems(events),
        ...events.filter((e) => e.accessMode !== 'READ').map((e) => `${e.via} in ${e.accessMode} mode`),
      ];
      if (wrong.length) problems.push(`${path}: ${wrong.join('; ')} [${describeEvents(events)}]`);
    }
    expect(problems).toEqual([]);
    process.stdout.write(`access modes (${uri.split(':')[0]}:// driver):\n${summary.map((s) => `  ${s}\n`).join('')}`);
  });
});
