import type { Driver } from 'neo4j-driver';
import { applyClaims } from './applyClaims.js';
import { takeClaimsLock } from './claimsLock.js';
import { writeAuditEvent, type AuditActor } from './auditTrail.js';
import { countingRun } from './countingRun.js';
import { deriveTwinningStatus } from './deriveTwinningStatus.js';
import { removeReviewDecisions } from './recordReviewDecisions.js';

/** What removing one document changed. */
export interface RemoveReport {
  readonly documentId: string;
  /** Nodes and relationships it stated that another document still states (they stay, with that evidence). */
  readonly nodesKept: number;
  readonly relationsKept: number;
  readonly nodesDeleted: number;
  readonly relationshipsDeleted: number;
  readonly milliseconds: number;
  /** The `:AuditEvent` recorded with the removal (null when not audited). */
  readonly auditEventId: string | null;
}

/** The document to remove is not in the graph. */
export class UnknownDocumentError extends Error {
  constructor(readonly documentId: string) {
    super(`there is no document "${documentId}" in the graph`);
    this.name = 'UnknownDocumentError';
  }
}

/**
 * Removes one document in a single transaction: the document, its passages,
 * its findings, its claims, and every node and relationship only it stated.
 * What other documents state stays, recomputed from their claims (their
 * values, their evidence, their conflicts). Throws UnknownDocumentError, and
 * changes nothing, for an id that is not a loaded document. With `audit`, the
 * removal is recorded as a REMOVE_DOCUMENT `:AuditEvent` in the same transaction.
 */
export async function removeDocument(
  driver: Driver,
  database: string,
  documentId: string,
  audit?: AuditActor,
): Promise<RemoveReport> {
  const began = performance.now();
  const session = driver.session({
    database,
    defaultAccessMode: 'WRITE',
    // Shared with executeQuery: a read that follows on this process waits for this write (a cluster's followers).
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    const { applied, totals, auditEventId } = await session.executeWrite(async (tx) => {
      await takeClaimsLock(tx);
      const found = await tx.run('MATCH (d:Document {id: $doc}) RETURN d.id', { doc: documentId });
      if (found.records.length === 0) throw new UnknownDocumentError(documentId);
      const { run, totals } = countingRun(tx);
      const applied = await applyClaims(tx, run, {
        source: documentId,
        documentId,
        date: '',
        nodes: [],
        relations: [],
      });
      await run(`MATCH (f:Finding {documentId: $doc}) WHERE f.kind <> 'PROPERTY_CONFLICT' DETACH DELETE f`, {
        doc: documentId,
      });
      await run('MATCH (p:Passage {documentId: $doc}) DETACH DELETE p', { doc: documentId });
      await removeReviewDecisions(run, documentId);
      await run('MATCH (d:Document {id: $doc}) DETACH DELETE d', { doc: documentId });
      await deriveTwinningStatus(run, applied.keptNodeIds);
      const auditEventId = audit
        ? await writeAuditEvent(tx, { ...audit, action: 'REMOVE_DOCUMENT', counters: { ...totals }, documentId })
        : null;
      return { applied, totals, auditEventId };
    });
    return {
      documentId,
      nodesKept: applied.keptNodeIds.length,
      relationsKept: applied.keptRelations,
      nodesDeleted: totals.nodesDeleted,
      relationshipsDeleted: totals.relationshipsDeleted,
      milliseconds: Math.round(performance.now() - began),
      auditEventId,
    };
  } finally {
    await session.close();
  }
}
