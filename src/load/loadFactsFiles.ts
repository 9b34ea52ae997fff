import type { Driver } from 'neo4j-driver';
import { readFactsFile } from '../facts/readFactsFile.js';
import { ensureSchema } from './ensureSchema.js';
import { loadFacts, type LoadOptions, type LoadReport } from './loadFacts.js';

/**
 * Validates every file first (so one bad file loads nothing), then creates
 * the schema and loads each document in its own transaction, reporting each
 * (and recording each load that changes the graph as `audit` says).
 */
export async function loadFactsFiles(
  driver: Driver,
  database: string,
  files: readonly string[],
  progress: (line: string) => void,
  audit?: LoadOptions['audit'],
): Promise<LoadReport[]> {
  const validated = [];
  for (const file of files) validated.push(await readFactsFile(file));
  await ensureSchema(driver, database);
  const reports: LoadReport[] = [];
  for (const facts of validated) {
    const r = await loadFacts(driver, database, facts, audit ? { audit } : {});
    progress(
      `loaded ${r.documentId}: ${r.nodes} nodes, ${r.relations} relations, ${r.passages} passages, ${r.findings} findings ` +
        `(created ${r.nodesCreated} nodes and ${r.relationshipsCreated} relationships, removed ${r.nodesDeleted} and ${r.relationshipsDeleted}) in ${r.milliseconds} ms`,
    );
    reports.push(r);
  }
  return reports;
}
