import type { Run } from './countingRun.js';
import type { PropertyConflict } from './resolveNodeClaims.js';

/**
 * Makes the PROPERTY_CONFLICT findings about each given node match its
 * conflicts, in one statement: each finding CONCERNS the node and is
 * EVIDENCED_BY the node's passages in the disagreeing documents; findings
 * about the node that no longer hold go. Nodes without conflicts are given
 * with none, so that their old findings go.
 */
export async function writePropertyConflicts(
  run: Run,
  rows: readonly { readonly id: string; readonly conflicts: readonly PropertyConflict[] }[],
): Promise<void> {
  if (rows.length === 0) return;
  await run(
    `UNWIND $rows AS row
     MATCH (n:Entity {id: row.id})
     CALL (n, row) {
       OPTIONAL MATCH (old:Finding {kind: 'PROPERTY_CONFLICT'})-[:CONCERNS]->(n)
       WHERE NOT old.id IN [c IN row.conflicts | c.id]
       DETACH DELETE old
     }
     CALL (n, row) {
       UNWIND row.conflicts AS c
       MERGE (f:Finding {id: c.id})
       SET f.kind = 'PROPERTY_CONFLICT', f.severity = 'warning', f.message = c.message, f.property = c.property,
           f.documentId = c.documentId, f.documentIds = c.documentIds
       MERGE (f)-[:CONCERNS]->(n)
       WITH f, c, n
       CALL (f, n, c) {
         OPTIONAL MATCH (f)-[e:EVIDENCED_BY]->(p:Passage)
         WHERE NOT p.documentId IN c.documentIds OR NOT (n)-[:EVIDENCED_BY]->(p)
         DELETE e
       }
       CALL (f, n, c) {
         MATCH (n)-[:EVIDENCED_BY]->(p:Passage) WHERE p.documentId IN c.documentIds
         MERGE (f)-[:EVIDENCED_BY]->(p)
       }
     }`,
    { rows },
  );
}
