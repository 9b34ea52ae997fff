import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createBackupDriver } from '../backup/backupGraph.js';
import { restoreGraph } from '../backup/restoreGraph.js';
import { loadConfig } from '../config/config.js';
import { explainNeo4jError } from '../neo4j/explainNeo4jError.js';
import { neo4jConnection } from '../neo4j/neo4jConnection.js';

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const note = (line: string): void => void process.stderr.write(`${line}\n`);

/**
 * `restore <file> [--force]`: rebuilds a backup into an empty database (or,
 * with --force, an emptied one); progress on stderr, the outcome on stdout.
 */
export async function restoreCommand(fileArgument: string, options: { force: boolean }): Promise<void> {
  const file = resolve(process.cwd(), fileArgument);
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  const config = loadConfig();
  const connection = await neo4jConnection(config, note);
  const driver = createBackupDriver(connection);
  try {
    await driver.verifyConnectivity({ database: connection.database }).catch((error: unknown) => {
      throw explainNeo4jError(error, connection);
    });
    // Ctrl-C stops between two batches and removes what was written (a second Ctrl-C kills at once).
    const stop = new AbortController();
    const onInterrupt = (): void => {
      if (stop.signal.aborted) process.exit(130);
      note('stopping after the current batch; then removing what was written (Ctrl-C again to kill now)…');
      stop.abort();
    };
    process.on('SIGINT', onInterrupt);
    const r = await restoreGraph(driver, connection.database, file, {
      force: options.force,
      progress: note,
      signal: stop.signal,
    }).finally(() => process.off('SIGINT', onInterrupt));
    say(
      `restored ${r.nodes} nodes and ${r.relationships} relationships into "${connection.database}" at ${connection.uri} ` +
        `in ${(r.milliseconds / 1000).toFixed(1)} s` +
        (r.deletedFirst > 0 ? ` (deleted the ${r.deletedFirst} nodes there first)` : '') +
        (r.schemaSkipped.length > 0 ? `; schema items not recreated: ${r.schemaSkipped.join(', ')}` : ''),
    );
  } finally {
    await driver.close();
  }
}
