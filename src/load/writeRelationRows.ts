import { RELATION_TYPES, type RelationType } from '../facts/vocabulary.js';
import type { Run } from './countingRun.js';

/** One relationship to write: its id, type, end points (ids) and resolved properties. */
export interface RelationRow {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: Record<string, unknown>;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);

/**
 * Groups rows by relationship type, each type checked against the closed
 * vocabulary: the one place a type is written into a statement's text.
 *
 * Why literal types: with a dynamic type (`$(row.type)`) Neo4j cannot estimate
 * how many relationships of the type exist and, planning on a small graph,
 * finds the relationship to MERGE by scanning every relationship instead of
 * expanding between the two bound nodes. Inside one large transaction that is
 * quadratic (a first bulk batch of 2,000 rows read 19 million relationships).
 * A literal type plans an Expand(Into) between the two nodes at any size.
 */
function byType<T extends { readonly type: string }>(rows: readonly T[]): Map<RelationType, T[]> {
  const groups = new Map<RelationType, T[]>();
  for (const row of rows) {
    if (!KNOWN_TYPES.has(row.type)) throw new Error(`"${row.type}" is not a relationship type of the vocabulary`);
    const type = row.type as RelationType;
    const group = groups.get(type);
    if (group) group.push(row);
    else groups.set(type, [row]);
  }
  return groups;
}

/** Each row with its start node as `a`: an entity, or a document (a document may state a relation from itself). */
const ROW_AND_START = `UNWIND $rows AS row
  OPTIONAL MATCH (entity:Entity {id: row.from})
  OPTIONAL MATCH (document:Document {id: row.from})
  WITH row, coalesce(entity, document) AS a`;

/**
 * Writes relationships, one statement per type (types come from the
 * vocabulary, never from input). A relationship may start at an entity or at
 * a document.
 */
export async function writeRelationRows(run: Run, rows: readonly RelationRow[]): Promise<void> {
  for (const [type, group] of byType(rows)) {
    await run(
      `${ROW_AND_START}
       MATCH (b:Entity {id: row.to})
       MERGE (a)-[r:${type} {id: row.id}]->(b)
       SET r += row.props`,
      { rows: group },
    );
  }
}

/** Deletes relationships by start point, type and id, one statement per type. */
export async function deleteRelations(
  run: Run,
  rows: readonly { readonly id: string; readonly type: string; readonly from: string }[],
): Promise<void> {
  for (const [type, group] of byType(rows)) {
    await run(
      `${ROW_AND_START}
       MATCH (a)-[r:${type} {id: row.id}]->()
       DELETE r`,
      { rows: group },
    );
  }
}
