import { resolve } from 'node:path';
import { backupGraph, createBackupDriver } from '../backup/backupGraph.js';
import { PROJECT_ROOT, loadConfig } from '../config/config.js';
import { explainNeo4jError } from '../neo4j/explainNeo4jError.js';
import { neo4jConnection } from '../neo4j/neo4jConnection.js';

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const note = (line: string): void => void process.stderr.write(`${line}\n`);

/** The default file: backups/graph-<UTC date and time>.mrg-backup.jsonl.gz (git-ignored). */
export function defaultBackupFile(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return resolve(PROJECT_ROOT, 'backups', `graph-${stamp}.mrg-backup.jsonl.gz`);
}

/** `backup [--out file]`: the whole graph, online, from one read transaction, into one file. */
export async function backupCommand(options: { out?: string }): Promise<void> {
  const config = loadConfig();
  const connection = await neo4jConnection(config, note);
  const file = options.out ? resolve(process.cwd(), options.out) : defaultBackupFile();
  const driver = createBackupDriver(connection);
  try {
    await driver.verifyConnectivity({ database: connection.database }).catch((error: unknown) => {
      throw explainNeo4jError(error, connection);
    });
    const r = await backupGraph(driver, connection.database, file, note);
    say(
      `backed up ${r.nodes} nodes and ${r.relationships} relationships to ${r.file} ` +
        `(${(r.bytes / 2 ** 20).toFixed(2)} MiB, ${(r.milliseconds / 1000).toFixed(1)} s)`,
    );
  } finally {
    await driver.close();
  }
}
