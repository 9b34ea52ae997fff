import { loadConfig } from '../config/config.js';
import { cliActor } from '../load/auditTrail.js';
import { loadFactsFiles } from '../load/loadFactsFiles.js';
import { seedFiles } from '../load/seedFiles.js';
import { connectDriver } from '../neo4j/connectDriver.js';
import { neo4jConnection } from '../neo4j/neo4jConnection.js';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

/** `seed [files…]`: loads facts files (default: seed/facts) into the configured Neo4j. */
export async function seedCommand(files: readonly string[]): Promise<void> {
  const config = loadConfig();
  const connection = await neo4jConnection(config, say);
  const driver = await connectDriver(connection);
  try {
    const began = Date.now();
    const reports = await loadFactsFiles(driver, connection.database, files.length ? files : seedFiles(), say, {
      action: 'SEED_LOAD',
      ...cliActor(),
    });
    say(`seeded ${reports.length} document(s) in ${((Date.now() - began) / 1000).toFixed(2)} s`);
  } finally {
    await driver.close();
  }
}
