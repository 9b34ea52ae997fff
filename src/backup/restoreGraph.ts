import type { Driver } from 'neo4j-driver';
import { verifyBackupFile } from './backupFormat.js';
import { BackupFormatError } from './encodeValue.js';
import { NodeKeyTable } from './nodeKeyTable.js';
import { progressMeter } from './progressMeter.js';
import { readRestoreBatches, type RestoreBatch } from './readRestoreBatches.js';
import {
  RESTORE_MARKER_LABEL,
  deleteAllButMarker,
  findRestoreMarker,
  markRestoreFinished,
  markRestoreStarted,
} from './restoreMarker.js';
import { restoreSchema } from './restoreSchema.js';
import { writeNodeBatch, writeRelationshipBatch } from './writeRestoreBatch.js';

export interface RestoreOptions {
  /** Empty a non-empty database first (in batches) instead of refusing. */
  readonly force?: boolean;
  readonly progress?: (line: string) => void;
  /** Rows (nodes or relationships) per write transaction; 10,000 unless told. */
  readonly batchSize?: number;
  /** Stops the restore between two batches (then what it wrote is removed, as on any failure). */
  readonly signal?: AbortSignal;
}

export interface RestoreResult {
  readonly nodes: number;
  readonly relationships: number;
  readonly deletedFirst: number;
  readonly schemaCreated: string[];
  readonly schemaSkipped: string[];
  readonly milliseconds: number;
}

/** The target is not empty and --force was not given; nothing was written. */
export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

/** The restore stopped half-way; `cleaned` says whether what it had written was removed again. */
export class RestoreFailedError extends Error {
  override name = 'RestoreFailedError';
  constructor(
    message: string,
    readonly cleaned: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

async function countNodes(driver: Driver, database: string): Promise<number> {
  const result = await driver.executeQuery('MATCH (n) RETURN count(n) AS c', {}, { database });
  return Number(result.records[0]?.get('c') ?? 0);
}

/** Refuses a database that holds anything unless `force`; returns how many nodes --force will delete. */
async function checkTarget(driver: Driver, database: string, force: boolean): Promise<number> {
  const present = await countNodes(driver, database);
  if (present === 0 || force) return present;
  const marker = await findRestoreMarker(driver, database);
  if (marker) {
    throw new RestoreRefusedError(
      `the database "${database}" holds an incomplete restore (of ${marker.file}, started ${marker.startedAt}, ` +
        `${present} nodes including its :${RESTORE_MARKER_LABEL} marker). Pass --force to delete it and restore again.`,
    );
  }
  throw new RestoreRefusedError(
    `the database "${database}" is not empty (${present} nodes): restore refuses to mix a backup into it. ` +
      'Restore into an empty database, or pass --force to delete everything in it first.',
  );
}

/**
 * Rebuilds a backup into an empty database, fast and all or nothing:
 * 1. checks the whole file (header, version, every line and value, counts,
 *    checksum) — a damaged file is refused before anything is written;
 * 2. refuses a non-empty database unless `force` (which deletes its graph first);
 * 3. marks the database as being restored (a :__MrgRestoreIncomplete node);
 * 4. creates the nodes in batches (one write in flight while the next batch is
 *    decoded), keeping each node's new elementId by its file key, then the
 *    relationships, found by those elementIds (a direct seek; no temporary key);
 * 5. creates the file's and the project's constraints and indexes once, after the data;
 * 6. checks the counts and removes the mark.
 * If anything fails after step 3, what was written is deleted again and a
 * RestoreFailedError says so (the database is empty again; its schema may stay);
 * if even that fails, the mark stays and says the database is incomplete.
 */
export async function restoreGraph(
  driver: Driver,
  database: string,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const began = Date.now();
  const progress = options.progress ?? (() => undefined);
  const batchSize = options.batchSize ?? 10_000;

  progress(`checking ${file}…`);
  const verified = await verifyBackupFile(file, progress);
  progress(
    `the file is whole: ${verified.nodes} nodes, ${verified.relationships} relationships ` +
      `(Neo4j ${verified.header.neo4jVersion}, ${verified.header.createdAt}), checked in ${Date.now() - began} ms`,
  );

  const present = await checkTarget(driver, database, options.force ?? false);
  await markRestoreStarted(driver, database, file);
  const done = { nodes: 0, relationships: 0 };
  try {
    if (present > 0) {
      progress(`--force: deleting the ${present} nodes already in "${database}" (in batches)…`);
      await deleteAllButMarker(driver, database);
    }
    await loadData(driver, database, file, batchSize, verified, done, progress, options.signal);
    const schema = await restoreSchema(
      driver,
      database,
      [...verified.header.schema.constraints, ...verified.header.schema.indexes],
      progress,
    );
    for (const item of schema.skipped) progress(`schema item ${item.name} was not recreated: ${item.reason}`);
    await checkCounts(driver, database, verified);
    await markRestoreFinished(driver, database);
    return {
      nodes: done.nodes,
      relationships: done.relationships,
      deletedFirst: present,
      schemaCreated: schema.created,
      schemaSkipped: schema.skipped.map((item) => item.name),
      milliseconds: Date.now() - began,
    };
  } catch (error) {
    throw await undoRestore(driver, database, error, done, verified, progress);
  }
}

/** Deletes what a failed restore wrote; the error to report, saying what state the database is in. */
async function undoRestore(
  driver: Driver,
  database: string,
  error: unknown,
  done: { nodes: number; relationships: number },
  verified: { nodes: number; relationships: number },
  progress: (line: string) => void,
): Promise<RestoreFailedError> {
  const cause = error instanceof Error ? error.message : String(error);
  const where =
    `the restore failed after ${done.nodes} of ${verified.nodes} nodes and ` +
    `${done.relationships} of ${verified.relationships} relationships: ${cause}`;
  progress(`${where}; removing what it wrote…`);
  try {
    await deleteAllButMarker(driver, database);
    await markRestoreFinished(driver, database);
    return new RestoreFailedError(
      `${where}. Everything it had written was removed: the database "${database}" is empty again ` +
        '(constraints and indexes already created stay). Fix the cause and run restore again.',
      true,
      { cause: error },
    );
  } catch (cleanupError) {
    return new RestoreFailedError(
      `${where}. Removing what it had written failed too (${(cleanupError as Error).message}): the database ` +
        `"${database}" holds an incomplete graph, marked by a :${RESTORE_MARKER_LABEL} node — do not use it; ` +
        'run restore again with --force to replace it.',
      false,
      { cause: error },
    );
  }
}

/** Step 4: nodes then relationships, batch by batch, one write in flight while the next batch is read. */
async function loadData(
  driver: Driver,
  database: string,
  file: string,
  batchSize: number,
  totals: { nodes: number; relationships: number },
  done: { nodes: number; relationships: number },
  progress: (line: string) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const keys = new NodeKeyTable();
  const meter = progressMeter(progress, 'restored', totals);
  let inFlight: Promise<void> = Promise.resolve();
  const write = async (batch: RestoreBatch): Promise<void> => {
    if (batch.kind === 'nodes') {
      done.nodes += await writeNodeBatch(driver, database, batch, keys);
    } else {
      done.relationships += await writeRelationshipBatch(driver, database, batch, keys);
    }
    meter.update(done.nodes, done.relationships);
  };
  for await (const batch of readRestoreBatches(file, batchSize)) {
    await inFlight; // one write at a time; the next batch was decoded meanwhile
    if (signal?.aborted) throw new Error('stopped by the user');
    inFlight = write(batch);
    inFlight.catch(() => undefined); // awaited above or below; never unhandled
  }
  await inFlight;
  meter.flush();
  if (keys.size !== totals.nodes) {
    throw new BackupFormatError(`the file holds ${keys.size} distinct node keys for ${totals.nodes} nodes`);
  }
}

/** Step 6: the database holds exactly the file's graph (besides the mark). */
async function checkCounts(
  driver: Driver,
  database: string,
  verified: { nodes: number; relationships: number },
): Promise<void> {
  const count = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:\`${RESTORE_MARKER_LABEL}\` WITH count(n) AS nodes
     OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships`,
    {},
    { database },
  );
  const inDb = {
    nodes: Number(count.records[0]?.get('nodes')),
    relationships: Number(count.records[0]?.get('relationships')),
  };
  if (inDb.nodes !== verified.nodes || inDb.relationships !== verified.relationships) {
    throw new Error(
      `after the restore the database holds ${inDb.nodes} nodes and ${inDb.relationships} relationships, ` +
        `the file ${verified.nodes} and ${verified.relationships} (was something else writing to it?)`,
    );
  }
}
