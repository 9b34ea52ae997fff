import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createGzip } from 'node:zlib';
import neo4j, { type Driver, type Node, type Relationship, type Transaction } from 'neo4j-driver';
import type { Neo4jConnection } from '../neo4j/neo4jConnection.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  newChecksum,
  type BackupHeader,
  type BackupTrailer,
  type SchemaItem,
} from './backupFormat.js';
import { encodeProperties } from './encodeValue.js';
import { progressMeter } from './progressMeter.js';
import { findRestoreMarker, RESTORE_MARKER_LABEL } from './restoreMarker.js';

export interface BackupResult {
  readonly file: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly bytes: number;
  readonly milliseconds: number;
  readonly attempts: number;
}

/** The graph changed while it was read (Neo4j's reads are read-committed, not snapshots). */
export class GraphChangedError extends Error {
  override name = 'GraphChangedError';
}

/**
 * A driver for backing up: integers come as bigint so that none beyond 2^53
 * loses precision (the project's usual driver gives plain numbers).
 */
export function createBackupDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: 10_000,
    maxConnectionPoolSize: 4,
    useBigInt: true,
    logging: { level: 'error', logger: () => undefined },
  });
}

/** Records pulled from the server per round trip: large, since the file takes them as fast as they come. */
const FETCH_SIZE = 10_000;

/**
 * gzip level 1: on a generated graph's file it compressed 3.4 times faster than
 * the default 6 (1.8 s against 6.3 s for 37 MiB of lines, on the loaded 2-core
 * machine) for a file 37% larger (3.8 against 2.8 MiB): a large backup is
 * CPU-bound, and gzip shares the two cores with Neo4j and the encoding.
 */
const GZIP_LEVEL = 1;

function toCount(value: unknown): number {
  return Number(value as bigint | number);
}

async function readSchema(tx: Transaction): Promise<BackupHeader['schema']> {
  const constraints = await tx.run(
    'SHOW CONSTRAINTS YIELD name, type, createStatement RETURN name, type, createStatement ORDER BY name',
  );
  const indexes = await tx.run(
    `SHOW INDEXES YIELD name, type, owningConstraint, createStatement
     WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
     RETURN name, type, createStatement ORDER BY name`,
  );
  const items = (records: typeof constraints.records): SchemaItem[] =>
    records.map((r) => ({
      name: r.get('name') as string,
      type: r.get('type') as string,
      createStatement: r.get('createStatement') as string,
    }));
  return { constraints: items(constraints.records), indexes: items(indexes.records) };
}

async function counts(tx: Transaction): Promise<{ nodes: number; relationships: number }> {
  const nodes = await tx.run('MATCH (n) RETURN count(n) AS c');
  const relationships = await tx.run('MATCH ()-[r]->() RETURN count(r) AS c');
  return { nodes: toCount(nodes.records[0]?.get('c')), relationships: toCount(relationships.records[0]?.get('c')) };
}

/**
 * Writes the whole graph to `file` (gzip'd JSON lines, see backupFormat.ts)
 * from one read transaction, streaming: records are pulled from the server
 * only as fast as the file takes them, so memory stays flat at any size. The
 * file appears under its name only when complete (written beside it first).
 * If the graph changed while it was read, tries again (up to `attempts`).
 */
export async function backupGraph(
  driver: Driver,
  database: string,
  file: string,
  progress: (line: string) => void = () => undefined,
  attempts = 3,
): Promise<BackupResult> {
  const began = Date.now();
  const marker = await findRestoreMarker(driver, database);
  if (marker) {
    throw new Error(
      `the database "${database}" holds an incomplete restore (of ${marker.file}, started ${marker.startedAt}; ` +
        `marked by a :${RESTORE_MARKER_LABEL} node): backing it up would copy a partial graph. ` +
        'Finish the restore (run it again with --force) first.',
    );
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      const written = await backupOnce(driver, database, file, progress);
      return { ...written, file, milliseconds: Date.now() - began, attempts: attempt };
    } catch (error) {
      if (!(error instanceof GraphChangedError) || attempt >= attempts) throw error;
      progress(`${error.message}; starting again (attempt ${attempt + 1} of ${attempts})`);
    }
  }
}

async function backupOnce(
  driver: Driver,
  database: string,
  file: string,
  progress: (line: string) => void,
): Promise<{ nodes: number; relationships: number; bytes: number }> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const gzip = createGzip({ level: GZIP_LEVEL, memLevel: 9 });
  const out = createWriteStream(partial);
  gzip.pipe(out);
  const finished = once(out, 'close');
  const hash = newChecksum();
  let failed: unknown;
  gzip.on('error', (e) => (failed ??= e));
  out.on('error', (e) => (failed ??= e));

  const write = async (line: string, hashed = true): Promise<void> => {
    if (failed) throw failed;
    const text = `${line}\n`;
    if (hashed) hash.update(text);
    if (!gzip.write(text)) await once(gzip, 'drain');
  };

  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE });
  const tx = await session.beginTransaction();
  let committed = false;
  try {
    const versions = await tx.run('CALL dbms.components() YIELD versions RETURN versions[0] AS v');
    const before = await counts(tx);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      neo4jVersion: String(versions.records[0]?.get('v') ?? 'unknown'),
      database,
      counts: before,
      schema: await readSchema(tx),
    };
    await write(JSON.stringify(header));
    progress(`backing up ${before.nodes} nodes and ${before.relationships} relationships…`);

    let nodes = 0;
    let relationships = 0;
    const meter = progressMeter(progress, 'backed up', before);
    // The Node and Relationship structures themselves: no per-row function calls on the server.
    const nodeResult = tx.run('MATCH (n) RETURN n');
    for await (const record of nodeResult) {
      const node = record.get('n') as Node;
      await write(JSON.stringify({ n: node.elementId, labels: node.labels, props: encodeProperties(node.properties) }));
      nodes += 1;
      meter.update(nodes, relationships);
    }
    const relResult = tx.run('MATCH ()-[r]->() RETURN r');
    for await (const record of relResult) {
      const rel = record.get('r') as Relationship;
      await write(
        JSON.stringify({
          r: rel.elementId,
          type: rel.type,
          start: rel.startNodeElementId,
          end: rel.endNodeElementId,
          props: encodeProperties(rel.properties),
        }),
      );
      relationships += 1;
      meter.update(nodes, relationships);
    }
    meter.flush();
    const after = await counts(tx);
    await tx.commit();
    committed = true;
    if (
      nodes !== before.nodes ||
      relationships !== before.relationships ||
      after.nodes !== before.nodes ||
      after.relationships !== before.relationships
    ) {
      throw new GraphChangedError(
        `the graph changed during the backup (${before.nodes}→${after.nodes} nodes, ` +
          `${before.relationships}→${after.relationships} relationships)`,
      );
    }
    const trailer: BackupTrailer = { end: true, counts: { nodes, relationships }, sha256: hash.digest('hex') };
    await write(JSON.stringify(trailer), false);
    gzip.end();
    await finished;
    if (failed) throw failed;
    await rename(partial, file);
    return { nodes, relationships, bytes: (await stat(file)).size };
  } catch (error) {
    gzip.destroy();
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    if (!committed) await tx.rollback().catch(() => undefined);
    await session.close();
  }
}
