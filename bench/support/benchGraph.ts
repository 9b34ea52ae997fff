import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config/config.js';
import { readFactsFile } from '../../src/facts/readFactsFile.js';
import { loadFactsFiles } from '../../src/load/loadFactsFiles.js';
import { seedFiles } from '../../src/load/seedFiles.js';
import { connectDriver } from '../../src/neo4j/connectDriver.js';
import { neo4jConnection, type Neo4jConnection } from '../../src/neo4j/neo4jConnection.js';

export interface BenchGraph {
  readonly config: Config;
  readonly connection: Neo4jConnection;
  readonly driver: Driver;
  /** The Bolt port the API connects to, for counting its connections. */
  readonly boltPort: number;
  /** What was loaded, for the results file. */
  readonly corpus: string;
}

/**
 * The Neo4j the benches run against (the configured one: LOCAL_NEO4J_* picks a
 * throw-away local one, started if needed; NEO4J_URI a server of the user's)
 * with the graph to measure loaded: the seed by default (idempotent).
 * `corpus` (a folder of facts files written by the generator) is not loaded
 * here yet: it needs the bulk loader (issue 10); until then it is refused.
 */
export async function prepareBenchGraph(corpus: string | undefined, say: (line: string) => void): Promise<BenchGraph> {
  if (corpus !== undefined) {
    // TODO(issue 10): load a generated corpus with the bulk loader once it exists (see /tmp/generator-ready.md).
    throw new Error(
      `--corpus ${corpus}: loading a generated corpus needs the bulk loader, which is not there yet; ` +
        'load it into the Neo4j first and run without --corpus, or run on the seed',
    );
  }
  const config = loadConfig();
  const connection = await neo4jConnection(config, say);
  const driver = await connectDriver(connection);
  await ensureSeed(driver, connection.database, say);
  const boltPort = Number(new URL(connection.uri.replace(/^[a-z+]+:/, 'http:')).port || 7687);
  return { config, connection, driver, boltPort, corpus: 'seed' };
}

/** Loads the seed unless every seed document is in the graph already (a reload takes tens of seconds on a busy machine). */
async function ensureSeed(driver: Driver, database: string, say: (line: string) => void): Promise<void> {
  const files = seedFiles();
  const ids = await Promise.all(files.map(async (file) => (await readFactsFile(file)).document.id));
  const { records } = await driver.executeQuery(
    'MATCH (d:Document) WHERE d.id IN $ids RETURN count(d) AS n',
    { ids },
    { database, routing: 'READ' },
  );
  if (Number(records[0]?.get('n')) === ids.length) {
    say(`the seed's ${ids.length} document(s) are in the graph; not reloading (npm run seed refreshes them)`);
    return;
  }
  const began = Date.now();
  await loadFactsFiles(driver, database, files, () => undefined);
  say(`seed loaded in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

/** Refuses to write into the shared local Neo4j (bolt 7687) unless told: the soak writes. */
export function refuseSharedNeo4j(graph: BenchGraph, allowed: boolean): void {
  if (allowed || graph.config.external || graph.config.local.boltPort !== 7687) return;
  throw new Error(
    'the soak writes to the graph: run it against a throw-away Neo4j, e.g. ' +
      'LOCAL_NEO4J_DIR=.local/neo4j-load LOCAL_NEO4J_BOLT_PORT=7705 npm run bench:soak, or pass --allow-shared-neo4j',
  );
}
