import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backupGraph, createBackupDriver } from '../../src/backup/backupGraph.js';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/backup/backupFormat.js';
import { RestoreFailedError, restoreGraph } from '../../src/backup/restoreGraph.js';
import { markRestoreFinished, markRestoreStarted } from '../../src/backup/restoreMarker.js';
import { canonicalGraph } from '../helpers/backupCompare.js';
import { PROJECT_ROOT } from '../helpers/runCli.js';
import {
  emptySecondNeo4j,
  generateGraph,
  secondNeo4jEnv,
  startSecondNeo4j,
  type SecondNeo4j,
} from '../helpers/secondNeo4j.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'mrg-backup-test-'));
let second: SecondNeo4j;

/** The CLI as a user runs it, pointed at the second Neo4j (never the shared one). */
async function cliOnSecond(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
      [join(PROJECT_ROOT, 'src/cli/main.ts'), ...args],
      { cwd: PROJECT_ROOT, env: secondNeo4jEnv() },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function countSecond(): Promise<{ nodes: number; relationships: number }> {
  const r = await second.driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
    {},
    { database: second.connection.database },
  );
  return { nodes: r.records[0]!.get('nodes') as number, relationships: r.records[0]!.get('relationships') as number };
}

async function backupSecond(file: string): Promise<void> {
  const driver = createBackupDriver(second.connection);
  try {
    await backupGraph(driver, second.connection.database, file);
  } finally {
    await driver.close();
  }
}

async function restoreIntoSecond(file: string, force = false): Promise<void> {
  const driver = createBackupDriver(second.connection);
  try {
    await restoreGraph(driver, second.connection.database, file, { force });
  } finally {
    await driver.close();
  }
}

/** What every restore must leave behind: no temporary key, label or index, no "incomplete" marker. */
async function expectNoRestoreLeftovers(): Promise<void> {
  const database = second.connection.database;
  const marked = await second.driver.executeQuery(
    'MATCH (m:__MrgRestoreIncomplete) RETURN count(m) AS c',
    {},
    { database },
  );
  expect(marked.records[0]!.get('c')).toBe(0);
  const keyed = await second.driver.executeQuery(
    'MATCH (n) WHERE n:__MrgRestoring OR n.__mrgRestoreKey IS NOT NULL RETURN count(n) AS c',
    {},
    { database },
  );
  expect(keyed.records[0]!.get('c')).toBe(0);
  const index = await second.driver.executeQuery(
    "SHOW INDEXES YIELD name WHERE name = 'mrg_restore_key' RETURN name",
    {},
    { database },
  );
  expect(index.records).toHaveLength(0);
}

beforeAll(async () => {
  second = await startSecondNeo4j();
  await emptySecondNeo4j(second);
}, 400_000);

afterAll(async () => {
  await second?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('backup and restore', () => {
  const seedFile = join(dir, 'seed.mrg-backup.jsonl.gz');

  it('round-trips the shared graph (read only) into an empty second Neo4j, node by node and relationship by relationship', async () => {
    const shared = createBackupDriver(inject('neo4j'));
    try {
      const b = await backupGraph(shared, inject('neo4j').database, seedFile);
      expect(b.nodes).toBeGreaterThan(0);
      expect(b.relationships).toBeGreaterThan(0);
    } finally {
      await shared.close();
    }
    expect(await countSecond()).toEqual({ nodes: 0, relationships: 0 });
    await restoreIntoSecond(seedFile);
    await expectNoRestoreLeftovers();

    const again = join(dir, 'seed-again.mrg-backup.jsonl.gz');
    await backupSecond(again);
    const [before, after] = await Promise.all([canonicalGraph(seedFile), canonicalGraph(again)]);
    expect(after.nodes.length).toBe(before.nodes.length);
    expect(after.relationships.length).toBe(before.relationships.length);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.relationships).toEqual(before.relationships);
    expect(before.relationships.some((r) => r.includes('missing'))).toBe(false);

    // Provenance and the stored documents came along: every passage is in a document whose text is there.
    const database = second.connection.database;
    const provenance = await second.driver.executeQuery(
      `MATCH (d:Document) WITH count(d) AS documents, sum(CASE WHEN d.text IS NULL THEN 1 ELSE 0 END) AS withoutText
       OPTIONAL MATCH (p:Passage) WHERE NOT (p)-[:IN_DOCUMENT]->(:Document)
       RETURN documents, withoutText, count(p) AS orphanPassages`,
      {},
      { database },
    );
    expect(provenance.records[0]!.get('documents')).toBeGreaterThan(0);
    expect(provenance.records[0]!.get('withoutText')).toBe(0);
    expect(provenance.records[0]!.get('orphanPassages')).toBe(0);
    // The project's schema is in place in the restored database.
    const constraints = await second.driver.executeQuery(
      "SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN name",
      {},
      { database },
    );
    expect(constraints.records).toHaveLength(1);
  });

  it('refuses a non-empty database without --force, and writes nothing', async () => {
    const before = await countSecond();
    expect(before.nodes).toBeGreaterThan(0);
    const r = await cliOnSecond('restore', seedFile);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not empty .*--force/s);
    expect(await countSecond()).toEqual(before);
  });

  it('refuses a truncated or corrupted file before writing anything, even with --force', async () => {
    const before = await countSecond();
    const whole = readFileSync(seedFile);
    const truncated = join(dir, 'truncated.jsonl.gz');
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.7)));
    const corrupted = join(dir, 'corrupted.jsonl.gz');
    const flipped = Buffer.from(whole);
    flipped[Math.floor(flipped.length / 2)]! ^= 0x55;
    writeFileSync(corrupted, flipped);
    for (const file of [truncated, corrupted]) {
      const r = await cliOnSecond('restore', file, '--force');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: .*(truncated|damaged|checksum|gzip|altered)/m);
      expect(await countSecond()).toEqual(before);
    }
  });

  it('round-trips a generated graph with every Neo4j property type (restore --force over it)', async () => {
    await emptySecondNeo4j(second);
    await generateGraph(second, 2000, (line) => void process.stdout.write(`[neo4j-2] ${line}\n`));
    const database = second.connection.database;
    const typesOf = async (): Promise<string[]> => {
      const r = await second.driver.executeQuery(
        `MATCH (n:Gen) WHERE n.i IN [0, 1, 2, 5] WITH n ORDER BY n.i
         MATCH (n)-[r]->() WITH n, r ORDER BY r.id
         RETURN n.i AS i, [k IN keys(n) | k + ':' + valueType(n[k])] AS nodeTypes,
                collect([k IN keys(r) | k + ':' + valueType(r[k])]) AS relTypes`,
        {},
        { database },
      );
      return r.records.map((x) =>
        JSON.stringify([x.get('i'), [...(x.get('nodeTypes') as string[])].sort(), x.get('relTypes')]),
      );
    };
    const typesBefore = await typesOf();
    expect(typesBefore.join()).toContain('big:INTEGER NOT NULL');
    // Cypher shows a byte array as a list of integers; the driver and the file keep it as bytes (checked below).
    expect(typesBefore.join()).toContain('scan:LIST<INTEGER NOT NULL>');
    expect(typesBefore.join()).toContain('seen:ZONED DATETIME NOT NULL');

    const generated = join(dir, 'generated.mrg-backup.jsonl.gz');
    await backupSecond(generated);
    // Over the same database: --force empties it first, then the file is loaded.
    const r = await cliOnSecond('restore', generated, '--force');
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/restored 2000 nodes and 4000 relationships/);
    await expectNoRestoreLeftovers();

    const again = join(dir, 'generated-again.mrg-backup.jsonl.gz');
    await backupSecond(again);
    const [before, after] = await Promise.all([canonicalGraph(generated), canonicalGraph(again)]);
    expect(before.nodes.filter((n) => n.includes('"$bytes"'))).toHaveLength(10);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.relationships).toEqual(before.relationships);
    expect(await typesOf()).toEqual(typesBefore);
    const exact = await second.driver.executeQuery(
      `MATCH (n:Gen {i: 5}) RETURN n.big = 9007199254740998 AS big, n.counts[2] = 9223372036854775807 AS max,
         n.seen = datetime({epochSeconds: 1700000005, nanosecond: 5, timezone: 'Europe/Ljubljana'}) AS seen,
         n.spot = point({x: 5, y: -5, z: 0.25}) AS spot, n.term = duration({months: 5, days: 5, seconds: 5, nanoseconds: 5}) AS term`,
      {},
      { database },
    );
    expect(exact.records[0]!.toObject()).toEqual({ big: true, max: true, seen: true, spot: true, term: true });
  }, 600_000);

  it('a restore that fails half-way removes what it wrote and says so; an unfinished one is marked', async () => {
    // A whole, checksummed file whose relationship names a node it does not hold: it fails only while writing.
    const lines = [
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        neo4jVersion: 'test',
        database: 'neo4j',
        counts: { nodes: 2, relationships: 1 },
        schema: { constraints: [], indexes: [] },
      }),
      JSON.stringify({ n: 'a', labels: ['RestoreProbe'], props: { id: 'probe-a' } }),
      JSON.stringify({ n: 'b', labels: ['RestoreProbe'], props: { id: 'probe-b' } }),
      JSON.stringify({ r: 'r', type: 'PROBES', start: 'a', end: 'nowhere', props: {} }),
    ];
    const body = lines.map((line) => `${line}\n`).join('');
    const sha256 = createHash('sha256').update(body).digest('hex');
    const dangling = join(dir, 'dangling.mrg-backup.jsonl.gz');
    writeFileSync(
      dangling,
      gzipSync(`${body}${JSON.stringify({ end: true, counts: { nodes: 2, relationships: 1 }, sha256 })}\n`),
    );

    expect((await countSecond()).nodes).toBeGreaterThan(0);
    const failure = await restoreIntoSecond(dangling, true).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(RestoreFailedError);
    expect((failure as RestoreFailedError).cleaned).toBe(true);
    expect((failure as Error).message).toMatch(/failed after 2 of 2 nodes .*nowhere.*removed.*empty again/s);
    expect(await countSecond()).toEqual({ nodes: 0, relationships: 0 });
    await expectNoRestoreLeftovers();

    // A restore killed half-way leaves its marker: restore names it and wants --force, backup refuses.
    const database = second.connection.database;
    await markRestoreStarted(second.driver, database, '/somewhere/killed.mrg-backup.jsonl.gz');
    try {
      const refused = await cliOnSecond('restore', seedFile);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/holds an incomplete restore \(of \/somewhere\/killed.*--force/s);
      await expect(backupSecond(join(dir, 'partial.mrg-backup.jsonl.gz'))).rejects.toThrow(/incomplete restore/);
    } finally {
      await markRestoreFinished(second.driver, database);
    }
  }, 120_000);
});
