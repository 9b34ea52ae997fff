import { loadConfig } from '../config/config.js';
import { cliActor } from '../load/auditTrail.js';
import { ensureSchema } from '../load/ensureSchema.js';
import { mergeEntities } from '../load/mergeEntities.js';
import { connectDriver } from '../neo4j/connectDriver.js';
import { neo4jConnection } from '../neo4j/neo4jConnection.js';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

/** `merge <keepId> <mergeId> [--reason …]`: merges one entity into another, recorded as done by 'cli'. */
export async function mergeCommand(keep: string, merge: string, reason: string | undefined): Promise<void> {
  const config = loadConfig();
  const connection = await neo4jConnection(config, say);
  const driver = await connectDriver(connection);
  try {
    await ensureSchema(driver, connection.database);
    const r = await mergeEntities(driver, connection.database, {
      keep,
      merge,
      reason,
      by: 'cli',
      audit: cliActor(),
    });
    say(
      `merged ${r.merged} into ${r.kept}: ${r.relationshipsMoved} relationships and ${r.passagesMoved} passages moved, ` +
        `recorded as ${r.mergeId} (${r.milliseconds} ms)`,
    );
  } finally {
    await driver.close();
  }
}
