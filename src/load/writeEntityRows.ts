import type { Run } from './countingRun.js';

/** One node to write: its resolved properties, labels to add, documents, and this document's passages. */
export interface EntityRow {
  readonly id: string;
  readonly labels: readonly string[];
  readonly props: Record<string, unknown>;
  /** The documents that state it now, among `evidenceDocumentIds` (or, for a merge, all of them): added to its own. */
  readonly documentIds: readonly string[];
  /** Its evidence in the documents of `evidenceDocumentIds`: edges to their other passages go. */
  readonly passageIds: readonly string[];
  /** The documents whose evidence of it this write sets (those being loaded); evidence in others stays. */
  readonly evidenceDocumentIds: readonly string[];
}

/**
 * Each row's node, MERGEd by id, with its resolved properties, its kind's
 * labels and its documents, as `n`. Its list of documents changes only by the
 * row's documents (those being loaded leave it, those stating it join), so a
 * node that thousands of documents state is never read back to the loader.
 */
const MERGE_ROW = `UNWIND $rows AS row
  MERGE (n:Entity {id: row.id})
  SET n += row.props, n:$(row.labels),
      n.documentIds = apoc.coll.sort(apoc.coll.toSet(
        [d IN coalesce(n.documentIds, []) WHERE NOT d IN row.evidenceDocumentIds] + row.documentIds))
  WITH n, row`;

/**
 * Writes nodes in one statement: MERGE by id, set the resolved properties
 * (null removes one no document states any more), add the kind's labels, and
 * make its evidence edges into the row's `evidenceDocumentIds` match the row's
 * passages (its evidence in other documents stays). The edges are found from
 * those documents' passages, not from the node, whose edges may be thousands.
 */
export async function writeEntityRows(run: Run, rows: readonly EntityRow[]): Promise<void> {
  if (rows.length === 0) return;
  await run(
    `${MERGE_ROW}
     CALL (n, row) {
       UNWIND row.evidenceDocumentIds AS doc
       MATCH (p:Passage {documentId: doc})<-[e:EVIDENCED_BY]-(n)
       USING INDEX p:Passage(documentId)
       WHERE NOT p.id IN row.passageIds
       DELETE e
     }
     CALL (n, row) {
       UNWIND row.passageIds AS pid
       MATCH (p:Passage {id: pid})
       MERGE (n)-[:EVIDENCED_BY]->(p)
     }`,
    { rows },
  );
}

/**
 * Writes nodes the graph did not have when this load read it (no node with
 * the id): what `writeEntityRows` does, without looking for evidence that
 * cannot be there yet. The node is still MERGEd, not created: loads take
 * turns on the claims lock, but a writer outside it (a generated `create…`
 * mutation) may have written it since, and then this load adds to it.
 */
export async function writeNewEntityRows(run: Run, rows: readonly EntityRow[]): Promise<void> {
  if (rows.length === 0) return;
  await run(
    `${MERGE_ROW}
     UNWIND row.passageIds AS pid
     MATCH (p:Passage {id: pid})
     CREATE (n)-[:EVIDENCED_BY]->(p)`,
    { rows },
  );
}

/**
 * Deletes nodes no document states any more, with the property-conflict
 * findings about them and the records of what was merged into them.
 */
export async function deleteEntities(run: Run, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     CALL (n) {
       OPTIONAL MATCH (f:Finding {kind: 'PROPERTY_CONFLICT'})-[:CONCERNS]->(n)
       OPTIONAL MATCH (n)-[:MERGED_FROM]->(m:Merge)
       DETACH DELETE f, m
     }
     DETACH DELETE n`,
    { ids },
  );
}
