import type { ManagedTransaction } from 'neo4j-driver';

/** The one node whose write lock every change of claims takes first. */
export const CLAIMS_LOCK_LABEL = 'ClaimsLock';

/**
 * Takes the claims lock for the rest of the caller's transaction: a write
 * lock on one `:ClaimsLock` node, which a concurrent load, bulk batch,
 * removal or merge waits for until this transaction commits or rolls back.
 *
 * Why: each of them reads the claims of the facts it touches and recomputes
 * those facts from them (applyClaims). Two of them running side by side would
 * each read the claims without the other's uncommitted ones, and the one
 * committing last would leave a shared node with only its own documents and
 * values. Taken before that read, the lock makes them run one after the
 * other, so the graph is the one loading the documents in sequence gives.
 * Every write to claims goes to the leader, so the lock holds across a cluster.
 *
 * The node is MERGEd on its unique id (ensureSchema): the first write ever
 * creates it, and a concurrent first MERGE waits for that creation and finds
 * it. Setting its id to its id takes the lock and changes nothing.
 */
export async function takeClaimsLock(tx: ManagedTransaction): Promise<void> {
  await tx.run(`MERGE (l:${CLAIMS_LOCK_LABEL} {id: 'claims'}) SET l.id = 'claims'`);
}
