import { loadConfig } from '../config/config.js';
import { cliActor } from '../load/auditTrail.js';
import { bulkLoad, DEFAULT_BATCH, type BulkProgress } from '../load/bulk/bulkLoad.js';
import { checkCorpus } from '../load/bulk/checkCorpus.js';
import { elementsPerSecond, formatDuration, progressBar } from '../load/bulk/progressBar.js';
import { connectDriver } from '../neo4j/connectDriver.js';
import { neo4jConnection } from '../neo4j/neo4jConnection.js';

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const int = (n: number): string => Math.round(n).toLocaleString('en-US');

export interface BulkLoadCommandOptions {
  readonly batch?: string;
  readonly dryRun: boolean;
}

/** The number given to --batch, or a sentence saying what is wrong with it. */
function batchDocuments(value: string | undefined): number {
  if (value === undefined) return DEFAULT_BATCH.documents;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--batch takes a whole number of documents (1 or more), not "${value}".`);
  return n;
}

/** The closing lines: totals and throughput. */
function summary(p: BulkProgress): string[] {
  const seconds = p.milliseconds / 1000;
  const rate = (n: number): string => int(seconds > 0 ? n / seconds : 0);
  return [
    `loaded ${int(p.documents)} document(s) in ${p.batches} batch(es)` +
      (p.transactions > p.batches ? ` (${p.transactions} transactions: some were split to fit Neo4j's memory)` : '') +
      ` in ${formatDuration(seconds)} (${seconds.toFixed(1)} s)`,
    `  stated: ${int(p.facts)} facts (nodes + relations), ${int(p.passages)} passages, ${int(p.findings)} findings`,
    `  graph: created ${int(p.nodesCreated)} nodes and ${int(p.relationshipsCreated)} relationships, ` +
      `deleted ${int(p.nodesDeleted)} and ${int(p.relationshipsDeleted)}, set ${int(p.propertiesSet)} properties`,
    `  throughput: ${rate(p.nodesCreated)} nodes/s, ${rate(p.relationshipsCreated)} relationships/s, ` +
      `${int(elementsPerSecond(p))} nodes+relationships/s, ${rate(p.facts)} facts/s, ${rate(p.documents)} documents/s`,
    `  audit: ${int(p.auditEvents)} event(s), one per document loaded for the first time or changed`,
  ];
}

/**
 * `bulk-load <corpusDir> [--batch <documents>] [--dry-run]`: loads a whole
 * corpus (facts/**.facts.yaml + documents/**.txt) into the configured Neo4j
 * in batches of documents, with a progress bar on stderr; `--dry-run`
 * validates every file and touches no database.
 */
export async function bulkLoadCommand(corpus: string, options: BulkLoadCommandOptions): Promise<void> {
  const documents = batchDocuments(options.batch);
  if (options.dryRun) {
    const began = performance.now();
    const check = await checkCorpus(corpus, (n) => {
      if (n % 1000 === 0) process.stderr.write(`checked ${int(n)} file(s)\n`);
    });
    for (const error of check.errors) process.stderr.write(`${error.message}\n`);
    say(
      `checked ${int(check.documents)} file(s) in ${((performance.now() - began) / 1000).toFixed(1)} s: ` +
        `${int(check.nodes)} nodes, ${int(check.relations)} relations, ${int(check.passages)} passages; ` +
        `${check.errors.length} file(s) with problems; nothing was written (dry run)`,
    );
    if (check.errors.length > 0) {
      throw new Error(`${check.errors.length} facts file(s) are not valid (listed above); fix them before loading.`);
    }
    return;
  }
  const config = loadConfig();
  const connection = await neo4jConnection(config, say);
  const driver = await connectDriver(connection);
  const bar = progressBar(process.stderr);
  try {
    const done = await bulkLoad(driver, connection.database, {
      corpus,
      batch: { documents },
      audit: { action: 'SEED_LOAD', ...cliActor() },
      onProgress: (p) => bar.update(p),
      onSplit: (n) =>
        process.stderr.write(
          `\na batch of ${int(n)} documents is over Neo4j's transaction memory: writing it in halves ` +
            `(a smaller --batch, or a larger Neo4j heap, avoids this)\n`,
        ),
    });
    bar.finish();
    for (const line of summary(done)) say(line);
  } catch (error) {
    bar.finish();
    throw error;
  } finally {
    await driver.close();
  }
}
