import type { Driver } from 'neo4j-driver';
import type { ValidatedFacts } from '../../facts/validateFacts.js';
import type { AuditAction, AuditActor } from '../auditTrail.js';
import { sumCounts } from './sumCounts.js';
import { BatchTooLargeError, writeBatch, type BatchReport } from './writeBatch.js';

/** What a batch wrote, and how many transactions it took (more than one when it had to be split). */
export interface PartsReport extends BatchReport {
  readonly transactions: number;
}

/**
 * Writes a batch in one transaction, or, when Neo4j refuses it for its
 * transaction memory (a small heap, a large batch), in two halves, each
 * split again as needed, in order. Each part is all or nothing; the graph
 * after all parts is the one the whole batch gives, since a fact's value
 * depends only on its claims (src/load/applyClaims.ts). A single document
 * too large for one transaction is refused with Neo4j's reason.
 */
export async function writeBatchInParts(
  driver: Driver,
  database: string,
  batch: { readonly index: number; readonly documents: readonly ValidatedFacts[] },
  audit?: AuditActor & { readonly action: AuditAction },
  onSplit?: (documents: number) => void,
): Promise<PartsReport> {
  try {
    return { ...(await writeBatch(driver, database, batch, audit)), transactions: 1 };
  } catch (error) {
    if (!(error instanceof BatchTooLargeError) || batch.documents.length < 2) throw error;
    onSplit?.(batch.documents.length);
    const half = Math.ceil(batch.documents.length / 2);
    const first = await writeBatchInParts(
      driver,
      database,
      { index: batch.index, documents: batch.documents.slice(0, half) },
      audit,
      onSplit,
    );
    const second = await writeBatchInParts(
      driver,
      database,
      { index: batch.index, documents: batch.documents.slice(half) },
      audit,
      onSplit,
    );
    const { totals: firstTotals, ...firstCounts } = first;
    const { totals: secondTotals, ...secondCounts } = second;
    return { ...sumCounts(firstCounts, secondCounts), totals: sumCounts(firstTotals, secondTotals) };
  }
}
