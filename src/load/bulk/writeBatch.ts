import type { Driver } from 'neo4j-driver';
import type { ValidatedFacts } from '../../facts/validateFacts.js';
import { applyClaimsOfDocuments, type DocumentStatements } from '../applyClaims.js';
import { factsFingerprint, type AuditAction, type AuditActor } from '../auditTrail.js';
import { countingRun, type UpdateTotals } from '../countingRun.js';
import { deriveTwinningStatus } from '../deriveTwinningStatus.js';
import { findInconsistencies } from '../findInconsistencies.js';
import { mergedIdTargets, redirectIds } from '../redirectMergedIds.js';
import { removeStaleProvenance, writeDocuments, writeFindings } from '../writeDocuments.js';
import { writeBatchAudit } from './writeBatchAudit.js';

/** What one batch's transaction wrote. */
export interface BatchReport {
  readonly documents: number;
  /** Nodes and relations the documents state (claims written). */
  readonly facts: number;
  readonly passages: number;
  readonly findings: number;
  readonly auditEvents: number;
  /** The graph's own changes as Neo4j counts them (claims, bookkeeping beside the graph, not included). */
  readonly totals: UpdateTotals;
}

function statements(facts: ValidatedFacts): DocumentStatements {
  return {
    source: facts.source,
    documentId: facts.document.id,
    date: facts.document.date,
    nodes: facts.nodes,
    relations: facts.relations,
  };
}

/**
 * Writes a batch of documents in one write transaction, by the same steps
 * and the same statements as `loadFacts` (src/load/loadFacts.ts) takes for
 * one: ids merged away redirected, documents and passages, claims and the
 * nodes and relations recomputed from all claims, findings, stale provenance
 * removed, twinning status — each step one UNWIND over the whole batch's rows.
 * All or nothing: a failure (e.g. a node stated as two kinds) leaves the graph
 * as it was before the batch.
 */
export async function writeBatch(
  driver: Driver,
  database: string,
  batch: { readonly index: number; readonly documents: readonly ValidatedFacts[] },
  audit?: AuditActor & { readonly action: AuditAction },
): Promise<BatchReport> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      const { run, totals } = countingRun(tx);
      const to = await mergedIdTargets(
        tx,
        batch.documents.flatMap((d) => d.nodes.map((n) => n.id)),
      );
      const documents = batch.documents.map((facts) => redirectIds(facts, to));
      const withFindings = documents.map((facts) => ({ facts, findings: findInconsistencies(facts) }));
      await writeDocuments(run, documents);
      const applied = await applyClaimsOfDocuments(tx, run, documents.map(statements));
      await writeFindings(run, withFindings);
      await removeStaleProvenance(run, withFindings);
      await deriveTwinningStatus(run, applied.keptNodeIds);
      const auditEvents = audit
        ? await writeBatchAudit(
            tx,
            audit,
            batch.index,
            documents.map((facts) => ({ documentId: facts.document.id, factsSha256: factsFingerprint(facts) })),
            { ...totals },
          )
        : 0;
      return {
        documents: documents.length,
        facts: documents.reduce((sum, d) => sum + d.nodes.length + d.relations.length, 0),
        passages: documents.reduce((sum, d) => sum + d.passages.length, 0),
        findings: withFindings.reduce((sum, d) => sum + d.findings.length, 0),
        auditEvents,
        totals: { ...totals },
      };
    });
  } finally {
    await session.close();
  }
}
