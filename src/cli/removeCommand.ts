import { loadConfig } from '../config/config.js';
import { cliActor } from '../load/auditTrail.js';
import { ensureSchema } from '../load/ensureSchema.js';
import { removeDocument } from '../load/removeDocument.js';
import { connectDriver } from '../neo4j/connectDriver.js';
import { neo4jConnection } from '../neo4j/neo4jConnection.js';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

/** `remove <documentId>`: removes one document and what only it states. */
export async function removeCommand(documentId: string): Promise<void> {
  const config = loadConfig();
  const connection = await neo4jConnection(config, say);
  const driver = await connectDriver(connection);
  try {
    await ensureSchema(driver, connection.database);
    const r = await removeDocument(driver, connection.database, documentId, cliActor());
    say(
      `removed ${r.documentId}: deleted ${r.nodesDeleted} nodes and ${r.relationshipsDeleted} relationships; ` +
        `${r.nodesKept} nodes and ${r.relationsKept} relations other documents state stay (${r.milliseconds} ms)`,
    );
  } finally {
    await driver.close();
  }
}
