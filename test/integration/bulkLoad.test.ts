import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFactsFile } from '../../src/facts/readFactsFile.js';
import { cliActor } from '../../src/load/auditTrail.js';
import { BulkBatchError, bulkLoad } from '../../src/load/bulk/bulkLoad.js';
import { retryingConcurrentCreates } from '../../src/load/concurrentCreate.js';
import { CLAIMS_LOCK_LABEL } from '../../src/load/claimsLock.js';
import { ensureSchema } from '../../src/load/ensureSchema.js';
import { loadFacts } from '../../src/load/loadFacts.js';
import { removeDocument } from '../../src/load/removeDocument.js';
import { writeSeedCorpus } from '../helpers/bulkCorpus.js';
import { emptySecondNeo4j, startSecondNeo4j, type SecondNeo4j } from '../helpers/secondNeo4j.js';

/** This file's own throw-away Neo4j: bulk loads never go to the shared one on 7687. */
const BULK_NEO4J = {
  LOCAL_NEO4J_DIR: '.local/neo4j-bulk',
  LOCAL_NEO4J_BOLT_PORT: '7703',
  LOCAL_NEO4J_HEAP: '1g',
  LOCAL_NEO4J_PAGECACHE: '1g',
} as unknown as Parameters<typeof startSecondNeo4j>[1];

const audit = { action: 'SEED_LOAD', ...cliActor() } as const;
const dir = mkdtempSync(join(tmpdir(), 'mrg-bulk-test-'));
let second: SecondNeo4j;
let database: string;
/** Generous: the loads are small, but a busy 2-core machine can make them slow. */
const SLOW = 300_000;

/** Text of a stored value: Neo4j integers and temporals by their own text, maps with sorted keys. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (neo4j.isInt(v)) return v.toString();
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      if (Object.getPrototypeOf(v) !== Object.prototype) return String(v);
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    return v;
  });
}

/**
 * The whole graph, node by node and relationship by relationship (ends named
 * by label and id), sorted; the audit trail apart, since its events carry
 * their own ids and times.
 */
async function snapshot(withAudit = false): Promise<{ nodes: string[]; relationships: string[] }> {
  const q = async (cypher: string): Promise<string[]> => {
    const { records } = await second.driver.executeQuery(cypher, { withAudit }, { database });
    return records.map((r) => canonical(r.get('row'))).sort();
  };
  return {
    nodes: await q(
      `MATCH (n) WHERE $withAudit OR NOT n:AuditEvent
       RETURN [apoc.coll.sort(labels(n)), CASE WHEN n:AuditEvent THEN n.documentId ELSE properties(n) END] AS row`,
    ),
    relationships: await q(
      `MATCH (a)-[r]->(b) WHERE $withAudit OR NOT (a:AuditEvent OR b:AuditEvent)
       RETURN [apoc.coll.sort(labels(a)), coalesce(a.id, a.documentId), type(r),
               CASE WHEN a:AuditEvent THEN null ELSE properties(r) END,
               apoc.coll.sort(labels(b)), b.id] AS row`,
    ),
  };
}

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await second.driver.executeQuery(cypher, params, { database });
  return Number(records[0]?.get(0));
}

/** Loads every file one by one with the per-document loader. */
async function loadOneByOne(files: readonly string[]): Promise<void> {
  await ensureSchema(second.driver, database);
  for (const file of files) await loadFacts(second.driver, database, await readFactsFile(file), { audit });
}

beforeAll(async () => {
  second = await startSecondNeo4j(() => undefined, BULK_NEO4J);
  database = second.connection.database;
  await emptySecondNeo4j(second);
});

afterAll(async () => {
  await second?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('bulk-load', () => {
  const corpus = join(dir, 'same');
  let files: string[];
  let oneByOne: Awaited<ReturnType<typeof snapshot>>;

  it(
    'gives the same graph as loading each document with loadFacts, node by node and relationship by relationship',
    async () => {
      // Five documents sharing countries, cities, the municipality and a person; two disagree on China's name.
      files = await writeSeedCorpus(corpus, { documents: 5, tag: 'eq', conflictEvery: 3 });
      await loadOneByOne(files);
      oneByOne = await snapshot();
      await emptySecondNeo4j(second);

      // Batches of two: shared entities are stated in several batches and in several documents of one batch.
      const report = await bulkLoad(second.driver, database, { corpus, batch: { documents: 2 }, audit });
      expect(report).toMatchObject({ totalDocuments: 5, documents: 5, batches: 3, auditEvents: 5 });
      const bulk = await snapshot();

      expect(bulk.nodes.length).toBeGreaterThan(500);
      expect(bulk.nodes.filter((n) => n.includes('PROPERTY_CONFLICT')).length).toBeGreaterThan(0);
      expect(bulk.nodes).toEqual(oneByOne.nodes);
      expect(bulk.relationships).toEqual(oneByOne.relationships);
      // One load event per document, linked to it, as `npm run seed` records.
      expect(
        await count(
          `MATCH (e:AuditEvent {action: 'SEED_LOAD'})-[:CHANGED]->(d:Document) WHERE d.id STARTS WITH 'doc:bulk-eq-'
         RETURN count(DISTINCT d)`,
        ),
      ).toBe(5);
    },
    SLOW,
  );

  it(
    'is idempotent: loading the same corpus again changes nothing, the audit trail included',
    async () => {
      const before = await snapshot(true);
      const again = await bulkLoad(second.driver, database, { corpus, batch: { documents: 3 }, audit });
      expect(again).toMatchObject({ documents: 5, nodesCreated: 0, relationshipsCreated: 0, auditEvents: 0 });
      expect(await snapshot(true)).toEqual(before);
    },
    SLOW,
  );

  it(
    'refuses a batch with a bad file, naming the file and the problem, and leaves the graph as it was',
    async () => {
      const before = await snapshot(true);
      const bad = join(dir, 'bad');
      const [first] = await writeSeedCorpus(bad, { documents: 3, tag: 'bad' });
      const text = readFileSync(first!, 'utf8').replace('quote: Boštjan Trilar – predsednik komisije', 'quote: Nobody');
      writeFileSync(first!, text);
      const failure = await bulkLoad(second.driver, database, { corpus: bad, batch: { documents: 10 }, audit }).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(BulkBatchError);
      const message = (failure as Error).message;
      expect(message).toContain(first!);
      expect(message).toMatch(/person:bostjan-trilar.*quote/);
      expect(message).toContain('Nothing of batch 1 is in the graph');
      expect(await snapshot(true)).toEqual(before);
    },
    SLOW,
  );

  it(
    'resumes: after a failed batch the batches before it stay, and running again after the fix loads the rest',
    async () => {
      const resume = join(dir, 'resume');
      const written = await writeSeedCorpus(resume, { documents: 4, tag: 'res' });
      // Files are loaded in folder order: facts/0 (k = 0, 3), facts/1 (k = 1), facts/2 (k = 2).
      const last = written[2]!;
      const good = readFileSync(last, 'utf8');
      writeFileSync(last, good.replace('type: Person', 'type: Persona'));
      const failure = await bulkLoad(second.driver, database, { corpus: resume, batch: { documents: 2 }, audit }).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(BulkBatchError);
      expect((failure as BulkBatchError).batch).toBe(2);
      const loaded = (ids: string[]): Promise<number> =>
        count('MATCH (d:Document) WHERE d.id IN $ids RETURN count(d)', { ids });
      expect(await loaded(['doc:bulk-res-0', 'doc:bulk-res-3'])).toBe(2);
      expect(await loaded(['doc:bulk-res-1', 'doc:bulk-res-2'])).toBe(0);

      writeFileSync(last, good);
      const rerun = await bulkLoad(second.driver, database, { corpus: resume, batch: { documents: 2 }, audit });
      expect(rerun).toMatchObject({ documents: 4, auditEvents: 2 });
      expect(await loaded(['doc:bulk-res-0', 'doc:bulk-res-1', 'doc:bulk-res-2', 'doc:bulk-res-3'])).toBe(4);
      const stated = (await Promise.all(written.map((f) => readFactsFile(f)))).reduce(
        (sum, f) => sum + f.nodes.length + f.relations.length,
        0,
      );
      expect(await count("MATCH (c:Claim) WHERE c.documentId STARTS WITH 'doc:bulk-res-' RETURN count(c)")).toBe(
        stated,
      );
    },
    SLOW,
  );
  it(
    'loads documents concurrently, one of them twice at once: every load succeeds, nothing is written twice',
    async () => {
      // Three documents sharing entities none of them finds in the graph: each load creates what it read as absent.
      const conc = join(dir, 'concurrent');
      const written = await writeSeedCorpus(conc, { documents: 3, tag: 'conc' });
      const facts = await Promise.all(written.map((f) => readFactsFile(f)));
      await emptySecondNeo4j(second);
      await ensureSchema(second.driver, database);
      const reports = await Promise.all(
        [facts[0]!, ...facts].map((f) => loadFacts(second.driver, database, f, { audit })),
      );
      expect(reports.map((r) => r.documentId)).toEqual([facts[0]!, ...facts].map((f) => f.document.id));

      const stated = facts.reduce((sum, f) => sum + f.nodes.length + f.relations.length, 0);
      expect(await count("MATCH (d:Document) WHERE d.id STARTS WITH 'doc:bulk-conc-' RETURN count(d)")).toBe(3);
      expect(await count("MATCH (c:Claim) WHERE c.documentId STARTS WITH 'doc:bulk-conc-' RETURN count(c)")).toBe(
        stated,
      );
      const passages = new Set(facts.flatMap((f) => f.passages.map((p) => p.id))).size;
      expect(await count('MATCH (p:Passage) RETURN count(p)')).toBe(passages);
      // No relationship written twice (same start, type and id), no evidence edge twice, no entity twice.
      expect(
        await count(`MATCH (a)-[r]->() WHERE r.id IS NOT NULL
                     WITH a, type(r) AS type, r.id AS id, count(*) AS n WHERE n > 1 RETURN count(*)`),
      ).toBe(0);
      expect(
        await count(`MATCH (n)-[e:EVIDENCED_BY]->(p) WITH n, p, count(e) AS edges WHERE edges > 1 RETURN count(*)`),
      ).toBe(0);
      const ids = new Set(facts.flatMap((f) => f.nodes.map((n) => n.id))).size;
      expect(await count('MATCH (n:Entity) RETURN count(n)')).toBe(ids);
    },
    SLOW,
  );
  it(
    'a load that meets a concurrent, uncommitted creation of its document waits for it and completes',
    async () => {
      const race = join(dir, 'race');
      const [file] = await writeSeedCorpus(race, { documents: 1, tag: 'race' });
      const facts = await readFactsFile(file!);
      await emptySecondNeo4j(second);
      // A first load has created the document (and holds its id) but not committed yet.
      const session = second.driver.session({ database });
      const first = await session.beginTransaction();
      try {
        await first.run('CREATE (d:Document {id: $id})', { id: facts.document.id });
        // The second load's read of the document waits for the first load's lock on its id.
        const second_ = loadFacts(second.driver, database, facts, { audit });
        await new Promise((resolveWait) => setTimeout(resolveWait, 1_500));
        await first.commit();
        // Then it finds the document and writes the rest beside it.
        const report = await second_;
        expect(report.documentId).toBe(facts.document.id);
      } finally {
        await session.close();
      }
      expect(await count('MATCH (d:Document {id: $id}) RETURN count(d)', { id: facts.document.id })).toBe(1);
      expect(await count('MATCH (c:Claim {documentId: $id}) RETURN count(c)', { id: facts.document.id })).toBe(
        facts.nodes.length + facts.relations.length,
      );
    },
    SLOW,
  );
  it(
    'a load that starts while another is uncommitted waits for it: the graph is the one loading them in turn gives',
    async () => {
      // Two documents sharing countries, cities, the municipality and a person; the first calls China otherwise.
      const turn = join(dir, 'turn');
      const written = await writeSeedCorpus(turn, { documents: 2, tag: 'turn', conflictEvery: 2 });
      const [a, b] = await Promise.all(written.map((f) => readFactsFile(f)));
      await emptySecondNeo4j(second);
      await loadOneByOne(written);
      const inTurn = await snapshot();
      expect(
        await count('MATCH (n:Entity) WHERE size(n.documentIds) = 2 RETURN count(n)'),
        'the documents share nodes',
      ).toBeGreaterThan(0);

      // Both documents removed: the graph is empty again but for the lock node the loads made, as in any graph
      // loaded before, so the lock below is taken on a node that exists, not by creating it.
      for (const f of [a!, b!]) await removeDocument(second.driver, database, f.document.id);
      expect(await count('MATCH (n) WHERE NOT n:AuditEvent RETURN count(n)')).toBe(1);
      expect(await count(`MATCH (l:${CLAIMS_LOCK_LABEL}) RETURN count(l)`)).toBe(1);
      // The first load's transaction has done all its work and waits, uncommitted, until the second load has begun.
      let workDone!: () => void;
      let release!: () => void;
      const done = new Promise<void>((resolveDone) => (workDone = resolveDone));
      const gate = new Promise<void>((resolveGate) => (release = resolveGate));
      const held = new Proxy(second.driver, {
        get(target, key, receiver) {
          if (key !== 'session') return Reflect.get(target, key, receiver) as unknown;
          return (config: Parameters<typeof target.session>[0]) => {
            const session = target.session(config);
            const executeWrite = session.executeWrite.bind(session);
            session.executeWrite = (work, txConfig) =>
              executeWrite(async (tx) => {
                const result = await work(tx);
                workDone();
                await gate;
                return result;
              }, txConfig);
            return session;
          };
        },
      });
      const first = loadFacts(held, database, a!, { audit });
      await done;
      const secondLoad = loadFacts(second.driver, database, b!, { audit });
      // Long enough for the second load to read the shared nodes' claims, were it not made to wait.
      await new Promise((resolveWait) => setTimeout(resolveWait, 1_500));
      release();
      await Promise.all([first, secondLoad]);
      expect(await snapshot()).toEqual(inTurn);
    },
    SLOW,
  );
  it('runs a write again when Neo4j refuses one of its CREATEs for a unique id a concurrent load took', async () => {
    await emptySecondNeo4j(second);
    await ensureSchema(second.driver, database);
    await second.driver.executeQuery("CREATE (:Document {id: 'doc:taken'})", {}, { database });
    const session = second.driver.session({ database });
    let attempts = 0;
    try {
      // The first attempt creates what it read as absent, as a load does when another committed it in between.
      const wrote = await session.executeWrite(
        retryingConcurrentCreates(async (tx) => {
          attempts += 1;
          const verb = attempts === 1 ? 'CREATE' : 'MERGE';
          await tx.run(`${verb} (d:Document {id: 'doc:taken'}) SET d.title = 'written'`);
          return attempts;
        }),
      );
      expect(wrote).toBe(2);
    } finally {
      await session.close();
    }
    expect(await count("MATCH (d:Document {id: 'doc:taken', title: 'written'}) RETURN count(d)")).toBe(1);
  });
  it(
    "writes a batch too large for Neo4j's transaction memory in halves, each whole, and loads every document",
    async () => {
      // A Neo4j that lets one transaction use 16 MiB: a batch of 20 documents is over it, a few documents fit.
      await emptySecondNeo4j(second);
      await second.stop();
      second = await startSecondNeo4j(() => undefined, {
        ...BULK_NEO4J,
        LOCAL_NEO4J_TX_MEMORY: '16m',
      } as unknown as Parameters<typeof startSecondNeo4j>[1]);
      try {
        const big = join(dir, 'big');
        const written = await writeSeedCorpus(big, { documents: 20, tag: 'big' });
        const splits: number[] = [];
        const report = await bulkLoad(second.driver, database, {
          corpus: big,
          batch: { documents: 20 },
          audit,
          onSplit: (n) => splits.push(n),
        });
        expect(splits[0]).toBe(20);
        expect(report).toMatchObject({ documents: 20, batches: 1, auditEvents: 20 });
        expect(report.transactions).toBe(splits.length + 1);
        const ids = (await Promise.all(written.map((f) => readFactsFile(f)))).map((f) => f.document.id);
        expect(await count('MATCH (d:Document) WHERE d.id IN $ids RETURN count(d)', { ids })).toBe(20);
        const stated = (await Promise.all(written.map((f) => readFactsFile(f)))).reduce(
          (sum, f) => sum + f.nodes.length + f.relations.length,
          0,
        );
        expect(await count("MATCH (c:Claim) WHERE c.documentId STARTS WITH 'doc:bulk-big-' RETURN count(c)")).toBe(
          stated,
        );
      } finally {
        // The next run of this file starts its Neo4j without the limit (the conf is written at every start).
        await emptySecondNeo4j(second).catch(() => undefined);
      }
    },
    SLOW,
  );
});
