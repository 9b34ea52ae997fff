import type { ManagedTransaction } from 'neo4j-driver';
import { LOAD_ACTIONS, auditEventId, summarizeCounters, type AuditAction, type AuditActor } from '../auditTrail.js';
import type { UpdateTotals } from '../countingRun.js';

/** One document of a batch, as its audit event names it. */
export interface AuditedDocument {
  readonly documentId: string;
  /** factsFingerprint of what was loaded. */
  readonly factsSha256: string;
}

/**
 * Records the batch in the audit trail, one `:AuditEvent` per document (so
 * that `factOrigin` names the load of each document, as for `npm run seed`),
 * in the batch's transaction, linked `-[:CHANGED]->` to its document. A
 * document gets an event when this is its first recorded load or when what
 * was loaded differs from its last recorded load (by the facts' fingerprint):
 * loading the same corpus again records nothing, so the graph stays the same.
 * The counters are the batch's (one transaction: they cannot be split by
 * document); the summary and `details` say so. Returns how many events it wrote.
 */
export async function writeBatchAudit(
  tx: ManagedTransaction,
  audit: AuditActor & { readonly action: AuditAction },
  batch: number,
  documents: readonly AuditedDocument[],
  counters: UpdateTotals,
): Promise<number> {
  const { records } = await tx.run(
    `UNWIND $docs AS doc
     CALL (doc) {
       OPTIONAL MATCH (e:AuditEvent {documentId: doc.documentId}) WHERE e.action IN $loads
       WITH e ORDER BY e.at DESC LIMIT 1
       RETURN e.factsSha256 AS last
     }
     WITH doc WHERE last IS NULL OR last <> doc.factsSha256
     MATCH (d:Document {id: doc.documentId})
     CREATE (e:AuditEvent {id: doc.eventId, action: $action, actor: $actor, via: $via, at: datetime(),
                           summary: $summary, documentId: doc.documentId, operationName: $operationName,
                           mutationFields: null, details: $details, factsSha256: doc.factsSha256,
                           nodesCreated: $c.nodesCreated, nodesDeleted: $c.nodesDeleted,
                           relationshipsCreated: $c.relationshipsCreated,
                           relationshipsDeleted: $c.relationshipsDeleted, propertiesSet: $c.propertiesSet})
     WITH d
     CALL (d) {
       // The document's earlier events too (a document removed and loaded again keeps its history).
       MATCH (ev:AuditEvent {documentId: d.id}) WHERE NOT (ev)-[:CHANGED]->(d)
       CREATE (ev)-[:CHANGED]->(d)
     }
     RETURN count(*) AS events`,
    {
      docs: documents.map((d) => ({ ...d, eventId: auditEventId() })),
      loads: LOAD_ACTIONS,
      action: audit.action,
      actor: audit.actor,
      via: audit.via,
      operationName: audit.operationName ?? null,
      summary: `bulk load, batch ${batch} of ${documents.length} document(s): ${summarizeCounters(counters)}`,
      details: JSON.stringify({ bulkLoadBatch: batch, documents: documents.length }),
      c: { ...counters },
    },
  );
  return Number(records[0]?.get('events') ?? 0);
}
