import type { Run } from './countingRun.js';

const STATUS_ORDER = ['PROPOSED', 'SUPPORTED', 'APPROVED', 'SIGNED', 'SUSPENDED', 'ENDED'];

/**
 * Sets each given twinning's current status to its latest step (by date, then
 * by how far it got), whichever documents the steps come from. Ids that are
 * not twinnings are ignored.
 */
export async function deriveTwinningStatus(run: Run, ids: readonly string[]): Promise<void> {
  await run(
    `UNWIND $ids AS id
     MATCH (t:Twinning {id: id})
     OPTIONAL MATCH (t)-[:HAS_STEP]->(s:StatusChange)
     WITH t, s ORDER BY s.dateTo DESC, coalesce(apoc.coll.indexOf($order, s.status), -1) DESC
     WITH t, head(collect(s)) AS latest
     SET t.status = latest.status, t.statusDate = latest.date`,
    { order: STATUS_ORDER, ids },
  );
}
