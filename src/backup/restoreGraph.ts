import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ensureSchema } from '../load/ensureSchema.js';
import { parseHeader, parseLine, readBackupLines, verifyBackupFile, type SchemaItem } from './backupFormat.js';
import { BackupFormatError, decodeProperties } from './encodeValue.js';

export interface RestoreOptions {
  /** Empty a non-empty database first (in batches) instead of refusing. */
  readonly force?: boolean;
  readonly progress?: (line: string) => void;
  /** Rows per write transaction. */
  readonly batchSize?: number;
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

/** A temporary label and property that join the file's keys to the new nodes; removed at the end. */
const KEY_LABEL = '`__MrgRestoring`';
const KEY_PROPERTY = '`__mrgRestoreKey`';
const KEY_INDEX = 'mrg_restore_key';

/**
 * Labels and relationship types cannot be query parameters. One that is a
 * plain identifier is written into the query between backticks (it cannot
 * close them); any other goes through APOC as a parameter.
 */
const PLAIN_IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,127}$/;

/**
 * The statements `SHOW CONSTRAINTS/INDEXES` gives for the kinds this project
 * uses, with backticked names and labels; a file's statement runs only if it
 * has exactly this shape (a backup file is input: nothing else in it runs).
 */
const ID = '`[^`]+`';
const PROPS = `n\\.${ID}(, n\\.${ID})*`;
const SAFE_SCHEMA = [
  new RegExp(`^CREATE CONSTRAINT ${ID} FOR \\(n:${ID}\\) REQUIRE \\(${PROPS}\\) IS (UNIQUE|NODE KEY|NOT NULL)$`),
  new RegExp(`^CREATE (RANGE |TEXT |POINT )?INDEX ${ID} FOR \\(n:${ID}\\) ON \\(${PROPS}\\)$`),
  new RegExp(
    `^CREATE FULLTEXT INDEX ${ID} FOR \\(n:${ID}(\\|${ID})*\\) ON EACH \\[${PROPS}\\]` +
      ` OPTIONS \\{indexConfig: \\{(\`[a-z_.]+\`: ('[A-Za-z0-9_-]*'|true|false)(, ?|,)?)*\\}\\}$`,
  ),
];

interface NodeRow {
  k: string;
  p: Record<string, unknown>;
}
interface RelRow {
  s: string;
  e: string;
  p: Record<string, unknown>;
}

/**
 * Rebuilds a backup into the database: checks the whole file first (nothing is
 * written if it is damaged), refuses a non-empty database unless `force`,
 * creates the project's schema and the file's, then loads nodes and
 * relationships in batches with parameters only.
 */
export async function restoreGraph(
  driver: Driver,
  database: string,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const began = Date.now();
  const progress = options.progress ?? (() => undefined);
  const batchSize = options.batchSize ?? 2000;

  progress(`checking ${file}…`);
  const verified = await verifyBackupFile(file, progress);
  progress(
    `the file is whole: ${verified.nodes} nodes, ${verified.relationships} relationships ` +
      `(Neo4j ${verified.header.neo4jVersion}, ${verified.header.createdAt})`,
  );

  const existing = await driver.executeQuery('MATCH (n) RETURN count(n) AS c', {}, { database });
  const present = Number(existing.records[0]?.get('c') ?? 0);
  let deletedFirst = 0;
  if (present > 0) {
    if (!options.force) {
      throw new RestoreRefusedError(
        `the database "${database}" is not empty (${present} nodes): restore refuses to mix a backup into it. ` +
          'Restore into an empty database, or pass --force to delete everything in it first.',
      );
    }
    progress(`--force: deleting the ${present} nodes already in "${database}" (in batches)…`);
    const session = driver.session({ database });
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    } finally {
      await session.close();
    }
    deletedFirst = present;
  }

  const { created, skipped } = await createSchema(driver, database, [
    ...verified.header.schema.constraints,
    ...verified.header.schema.indexes,
  ]);
  for (const name of skipped) progress(`schema item ${name} is not in a form restore recreates; recreate it by hand`);
  progress(
    `schema ready (${created.length} items from the file added to the project's own) after ${Date.now() - began} ms`,
  );

  await driver.executeQuery(
    `CREATE INDEX ${KEY_INDEX} IF NOT EXISTS FOR (n:${KEY_LABEL}) ON (n.${KEY_PROPERTY})`,
    {},
    { database },
  );
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });

  let nodes = 0;
  let relationships = 0;
  let lastReport = Date.now();
  const report = (): void => {
    if (Date.now() - lastReport < 2000) return;
    lastReport = Date.now();
    progress(
      `  ${nodes}/${verified.nodes} nodes, ${relationships}/${verified.relationships} relationships ` +
        `(${Math.round((Date.now() - began) / 1000)} s)`,
    );
  };

  let nodeBatch = new Map<string, NodeRow[]>();
  let relBatch = new Map<string, RelRow[]>();
  let batchRows = 0;
  const flush = async (): Promise<void> => {
    if (batchRows === 0) return;
    const nodeGroups = nodeBatch;
    const relGroups = relBatch;
    nodeBatch = new Map();
    relBatch = new Map();
    batchRows = 0;
    const session = driver.session({ database });
    try {
      await session.executeWrite(async (tx) => {
        for (const [labelsKey, rows] of nodeGroups) await createNodes(tx, JSON.parse(labelsKey) as string[], rows);
        for (const [type, rows] of relGroups) await createRelationships(tx, type, rows);
      });
    } finally {
      await session.close();
    }
    for (const rows of nodeGroups.values()) nodes += rows.length;
    for (const rows of relGroups.values()) relationships += rows.length;
    report();
  };

  let lineNumber = 0;
  for await (const text of readBackupLines(file)) {
    lineNumber += 1;
    if (lineNumber === 1) {
      parseHeader(text);
      continue;
    }
    const parsed = parseLine(text, lineNumber);
    if (parsed.kind === 'trailer') break;
    if (parsed.kind === 'node') {
      const key = JSON.stringify(parsed.line.labels);
      const group = nodeBatch.get(key) ?? [];
      group.push({ k: parsed.line.n, p: decodeProperties(parsed.line.props) });
      nodeBatch.set(key, group);
    } else {
      if (nodeBatch.size > 0) await flush(); // every node exists before the first relationship
      const group = relBatch.get(parsed.line.type) ?? [];
      group.push({ s: parsed.line.start, e: parsed.line.end, p: decodeProperties(parsed.line.props) });
      relBatch.set(parsed.line.type, group);
    }
    batchRows += 1;
    if (batchRows >= batchSize) await flush();
  }
  await flush();

  progress('removing the temporary keys…');
  const session = driver.session({ database });
  try {
    await session.run(
      `MATCH (n:${KEY_LABEL}) CALL (n) { REMOVE n:${KEY_LABEL}, n.${KEY_PROPERTY} } IN TRANSACTIONS OF 10000 ROWS`,
    );
  } finally {
    await session.close();
  }
  await driver.executeQuery(`DROP INDEX ${KEY_INDEX} IF EXISTS`, {}, { database });

  const count = await driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
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
  return {
    nodes,
    relationships,
    deletedFirst,
    schemaCreated: created,
    schemaSkipped: skipped,
    milliseconds: Date.now() - began,
  };
}

async function createNodes(tx: ManagedTransaction, labels: string[], rows: NodeRow[]): Promise<void> {
  if (labels.every((label) => PLAIN_IDENTIFIER.test(label))) {
    const labelText = [KEY_LABEL, ...labels.map((label) => `\`${label}\``)].join(':');
    await tx.run(`UNWIND $rows AS row CREATE (n:${labelText}) SET n = row.p SET n.${KEY_PROPERTY} = row.k`, { rows });
    return;
  }
  await tx.run(
    `UNWIND $rows AS row
     CALL apoc.create.node($labels, row.p) YIELD node
     SET node:${KEY_LABEL}, node.${KEY_PROPERTY} = row.k`,
    { rows, labels },
  );
}

async function createRelationships(tx: ManagedTransaction, type: string, rows: RelRow[]): Promise<void> {
  const match = `UNWIND $rows AS row
     MATCH (a:${KEY_LABEL} {${KEY_PROPERTY}: row.s})
     MATCH (b:${KEY_LABEL} {${KEY_PROPERTY}: row.e})`;
  const result = PLAIN_IDENTIFIER.test(type)
    ? await tx.run(`${match} CREATE (a)-[r:\`${type}\`]->(b) SET r = row.p RETURN count(r) AS c`, { rows })
    : await tx.run(`${match} CALL apoc.create.relationship(a, $type, row.p, b) YIELD rel RETURN count(rel) AS c`, {
        rows,
        type,
      });
  const created = Number(result.records[0]?.get('c'));
  if (created !== rows.length) {
    throw new BackupFormatError(
      `${rows.length - created} of ${rows.length} ${type} relationships name an end node that is not in the file`,
    );
  }
}

/**
 * The project's own schema (ensureSchema), then each constraint or index of
 * the file that is not there yet by name, if its statement has a recognised shape.
 */
async function createSchema(
  driver: Driver,
  database: string,
  items: SchemaItem[],
): Promise<{ created: string[]; skipped: string[] }> {
  await ensureSchema(driver, database);
  const names = new Set<string>();
  for (const query of ['SHOW CONSTRAINTS YIELD name RETURN name', 'SHOW INDEXES YIELD name RETURN name']) {
    const result = await driver.executeQuery(query, {}, { database });
    for (const record of result.records) names.add(record.get('name') as string);
  }
  const created: string[] = [];
  const skipped: string[] = [];
  for (const item of items) {
    if (names.has(item.name)) continue;
    if (!SAFE_SCHEMA.some((pattern) => pattern.test(item.createStatement))) {
      skipped.push(item.name);
      continue;
    }
    await driver.executeQuery(item.createStatement, {}, { database });
    names.add(item.name);
    created.push(item.name);
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return { created, skipped };
}
