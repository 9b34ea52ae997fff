import type { ManagedTransaction, QueryResult } from 'neo4j-driver';

/** What a write changed, summed over its statements. */
export interface UpdateTotals {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** Runs one statement in the transaction and adds its counters to the totals. */
export type Run = (cypher: string, params: Record<string, unknown>) => Promise<void>;

/** A `run` for the transaction, and the totals it keeps. */
export function countingRun(tx: ManagedTransaction): { run: Run; totals: UpdateTotals } {
  const totals = noUpdates();
  const run: Run = async (cypher, params) => {
    addUpdates(totals, await tx.run(cypher, params));
  };
  return { run, totals };
}

/** Totals with nothing counted yet. */
export function noUpdates(): UpdateTotals {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

/** Adds what one statement changed (its summary's counters) to the totals. */
export function addUpdates(totals: UpdateTotals, result: QueryResult): void {
  const c = result.summary.counters.updates();
  totals.nodesCreated += c.nodesCreated;
  totals.nodesDeleted += c.nodesDeleted;
  totals.relationshipsCreated += c.relationshipsCreated;
  totals.relationshipsDeleted += c.relationshipsDeleted;
  totals.propertiesSet += c.propertiesSet;
}
