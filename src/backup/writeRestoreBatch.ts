import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { BackupFormatError } from './encodeValue.js';
import type { NodeKeyTable } from './nodeKeyTable.js';
import type { NodeBatch, RelationshipBatch } from './readRestoreBatches.js';

/**
 * Labels and relationship types cannot be query parameters. One that is a
 * plain identifier is written into the query between backticks (it cannot
 * close them); any other goes through APOC as a parameter.
 */
const PLAIN_IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,127}$/;

/** Creates one label set's nodes; returns their new elementIds, in the order of `props`. */
async function createNodes(
  tx: ManagedTransaction,
  labels: string[],
  props: Record<string, unknown>[],
): Promise<string[]> {
  const rows = props.map((p, i) => ({ i, p }));
  const result = labels.every((label) => PLAIN_IDENTIFIER.test(label))
    ? await tx.run(
        `UNWIND $rows AS row CREATE (n${labels.map((label) => `:\`${label}\``).join('')}) SET n = row.p
         RETURN row.i AS i, elementId(n) AS e`,
        { rows },
      )
    : await tx.run(
        `UNWIND $rows AS row CALL apoc.create.node($labels, row.p) YIELD node
         RETURN row.i AS i, elementId(node) AS e`,
        { rows, labels },
      );
  const ids = new Array<string>(props.length);
  for (const record of result.records) ids[Number(record.get('i'))] = record.get('e') as string;
  return ids;
}

/**
 * Writes one batch of nodes in one transaction and remembers each node's new
 * elementId by its file key (only once the transaction committed). Returns how many.
 */
export async function writeNodeBatch(
  driver: Driver,
  database: string,
  batch: NodeBatch,
  keys: NodeKeyTable,
): Promise<number> {
  const session = driver.session({ database });
  try {
    const created = await session.executeWrite(async (tx) => {
      const out: { keys: string[]; ids: string[] }[] = [];
      for (const [labelsKey, group] of batch.groups) {
        out.push({ keys: group.keys, ids: await createNodes(tx, JSON.parse(labelsKey) as string[], group.props) });
      }
      return out;
    });
    for (const group of created) {
      group.keys.forEach((key, i) => {
        const id = group.ids[i];
        if (id === undefined) throw new Error(`Neo4j did not return the node created for ${key}`);
        if (keys.has(key)) throw new BackupFormatError(`the node key ${key} appears twice in the file`);
        keys.set(key, id);
      });
    }
    return batch.size;
  } finally {
    await session.close();
  }
}

/** The new elementId of a relationship's end, or a clear error if the file has no such node. */
function endId(keys: NodeKeyTable, key: string, type: string): string {
  const id = keys.get(key);
  if (id === undefined)
    throw new BackupFormatError(`a ${type} relationship names the node ${key}, which is not in the file`);
  return id;
}

/**
 * Writes one batch of relationships in one transaction, their ends found by
 * elementId (a direct seek, no index). Call only when every node is written. Returns how many.
 */
export async function writeRelationshipBatch(
  driver: Driver,
  database: string,
  batch: RelationshipBatch,
  keys: NodeKeyTable,
): Promise<number> {
  const byType = [...batch.groups].map(([type, group]) => ({
    type,
    rows: group.props.map((p, i) => ({
      s: endId(keys, group.starts[i]!, type),
      e: endId(keys, group.ends[i]!, type),
      p,
    })),
  }));
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      for (const { type, rows } of byType) {
        const match = `UNWIND $rows AS row
           MATCH (a) WHERE elementId(a) = row.s
           MATCH (b) WHERE elementId(b) = row.e`;
        const result = PLAIN_IDENTIFIER.test(type)
          ? await tx.run(`${match} CREATE (a)-[r:\`${type}\`]->(b) SET r = row.p RETURN count(r) AS c`, { rows })
          : await tx.run(
              `${match} CALL apoc.create.relationship(a, $type, row.p, b) YIELD rel RETURN count(rel) AS c`,
              { rows, type },
            );
        const created = Number(result.records[0]?.get('c'));
        if (created !== rows.length) {
          throw new Error(`${rows.length - created} of ${rows.length} ${type} relationships found no end node`);
        }
      }
    });
    return batch.size;
  } finally {
    await session.close();
  }
}
