import type { ManagedTransaction } from 'neo4j-driver';
import { parseClaim, type StoredClaim } from './storedClaim.js';

/** Every claim about the given facts (nodes or relationships), one per stating document. */
export async function readClaims(tx: ManagedTransaction, factIds: readonly string[]): Promise<StoredClaim[]> {
  const { records } = await tx.run('MATCH (c:Claim) WHERE c.factId IN $factIds RETURN c {.*} AS c', { factIds });
  return records.map((r) => parseClaim(r.get('c') as Record<string, unknown>));
}
