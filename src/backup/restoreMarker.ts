import type { Driver } from 'neo4j-driver';

/**
 * A restore in progress is marked by one node with this label, written before
 * any data and removed only after the whole graph and its schema are in place.
 * If a restore dies half-way (killed, the server gone) and could not remove
 * what it had written, the marker stays: `restore` then names it (and needs
 * --force to replace the graph) and `backup` refuses to copy the half-restored graph.
 */
export const RESTORE_MARKER_LABEL = '__MrgRestoreIncomplete';
const LABEL = `\`${RESTORE_MARKER_LABEL}\``;

export interface RestoreMarker {
  readonly file: string;
  readonly startedAt: string;
}

/** Writes the marker (call on an empty database, before any data). */
export async function markRestoreStarted(driver: Driver, database: string, file: string): Promise<void> {
  await driver.executeQuery(
    `CREATE (:${LABEL} {file: $file, startedAt: $startedAt})`,
    { file, startedAt: new Date().toISOString() },
    { database },
  );
}

/** Removes every marker: the restore is complete (or what it wrote was removed). */
export async function markRestoreFinished(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(`MATCH (m:${LABEL}) DETACH DELETE m`, {}, { database });
}

/** The marker of an earlier restore that did not finish, if the database holds one. */
export async function findRestoreMarker(driver: Driver, database: string): Promise<RestoreMarker | undefined> {
  const result = await driver.executeQuery(
    `MATCH (m:${LABEL}) RETURN m.file AS file, m.startedAt AS startedAt LIMIT 1`,
    {},
    { database },
  );
  const record = result.records[0];
  if (!record) return undefined;
  return { file: String(record.get('file')), startedAt: String(record.get('startedAt')) };
}

/**
 * Deletes every node and relationship except the marker, in batches of 10,000
 * nodes: if this is interrupted too, the marker still says the database is incomplete.
 */
export async function deleteAllButMarker(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(`MATCH (n) WHERE NOT n:${LABEL} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`);
  } finally {
    await session.close();
  }
}
