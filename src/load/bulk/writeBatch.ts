import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ValidatedFacts } from '../../facts/validateFacts.js';
import { applyClaimsOfDocuments, type DocumentStatements } from '../applyClaims.js';
import { takeClaimsLock } from '../claimsLock.js';
import { factsFingerprint, type AuditAction, type AuditActor } from '../auditTrail.js';
import { retryConcurrentCreate } from '../concurrentCreate.js';
import { countingRun, type UpdateTotals } from '../countingRun.js';
import { deriveTwinningStatus } from '../deriveTwinningStatus.js';
import { findInconsistencies } from '../findInconsistencies.js';
import { mergedIdTargets, redirectIds } from '../redirectMergedIds.js';
import { removeStaleProvenance, writeDocuments, writeFindings } from '../writeDocuments.js';
import { writeBatchAudit } from './writeBatchAudit.js';

/** Neo4j's codes for a transaction over its memory limit (db.memory.transaction.max or .total.max). */
const MEMORY_LIMIT_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
]);

/**
 * A batch Neo4j refused for its transaction memory. Not a Neo4jError, so the
 * driver does not retry the same batch (it would be refused again); the
 * caller can write it in smaller parts (writeBatchInParts).
 */
export class BatchTooLargeError extends Error {
  constructor(
    readonly documents: number,
    override readonly cause: Error,
  ) {
    super(`${cause.message} (a batch of ${documents} document(s))`);
    this.name = 'BatchTooLargeError';
  }
}

function isMemoryLimit(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    error instanceof Error &&
    ((typeof code === 'string' && MEMORY_LIMIT_CODES.has(code)) ||
      /memory\.transaction\.(?:total\.)?max threshold reached/u.test(error.message))
  );
}

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
 * as it was before the batch. A batch Neo4j refuses for its transaction memory
 * fails at once with BatchTooLargeError (writeBatchInParts splits it).
 */
export async function writeBatch(
  driver: Driver,
  database: string,
  batch: { readonly index: number; readonly documents: readonly ValidatedFacts[] },
  audit?: AuditActor & { readonly action: AuditAction },
): Promise<BatchReport> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  const tooLarge = (error: unknown): unknown =>
    isMemoryLimit(error) ? new BatchTooLargeError(batch.documents.length, error) : error;
  try {
    return await session.executeWrite(async (tx) => {
      try {
        return await writeInTransaction(tx, batch, audit);
      } catch (error) {
        throw tooLarge(retryConcurrentCreate(error));
      }
    });
  } catch (error) {
    // Refused at commit, outside the work: the driver has retried it, and it will not fit.
    throw tooLarge(error);
  } finally {
    await session.close();
  }
}

/** The batch's statements, in the caller's transaction. */
async function writeInTransaction(
  tx: ManagedTransaction,
  batch: { readonly index: number; readonly documents: readonly ValidatedFacts[] },
  audit?: AuditActor & { readonly action: AuditAction },
): Promise<BatchReport> {
  await takeClaimsLock(tx);
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
}
