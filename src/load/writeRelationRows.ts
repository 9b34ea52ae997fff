import type { Run } from './countingRun.js';

/** One relationship to write: its id, type, end points (ids) and resolved properties. */
export interface RelationRow {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: Record<string, unknown>;
}

/**
 * Writes relationships in one statement, the type set dynamically (types come
 * from the vocabulary, never from input). A relationship may start at an
 * entity or at a document.
 */
export async function writeRelationRows(run: Run, rows: readonly RelationRow[]): Promise<void> {
  if (rows.length === 0) return;
  await run(
    `UNWIND $rows AS row
     OPTIONAL MATCH (entity:Entity {id: row.from})
     OPTIONAL MATCH (document:Document {id: row.from})
     WITH row, coalesce(entity, document) AS a
     MATCH (b:Entity {id: row.to})
     MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
     SET r += row.props`,
    { rows },
  );
}

/** Deletes relationships by start point, type and id, in one statement. */
export async function deleteRelations(
  run: Run,
  rows: readonly { readonly id: string; readonly type: string; readonly from: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await run(
    `UNWIND $rows AS row
     OPTIONAL MATCH (entity:Entity {id: row.from})
     OPTIONAL MATCH (document:Document {id: row.from})
     WITH row, coalesce(entity, document) AS a
     MATCH (a)-[r:$(row.type) {id: row.id}]->()
     DELETE r`,
    { rows },
  );
}
