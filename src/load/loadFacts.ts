import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ValidatedFacts } from '../facts/validateFacts.js';
import { applyClaims } from './applyClaims.js';
import { takeClaimsLock } from './claimsLock.js';
import {
  factsFingerprint,
  prepareLoadAudit,
  writeAuditEvent,
  type AuditAction,
  type AuditActor,
} from './auditTrail.js';
import { countingRun, type Run } from './countingRun.js';
import { deriveTwinningStatus } from './deriveTwinningStatus.js';
import { findInconsistencies } from './findInconsistencies.js';
import { redirectMergedIds } from './redirectMergedIds.js';
import { removeStaleProvenance, writeDocuments, writeFindings } from './writeDocuments.js';
import { retryingConcurrentCreates } from './concurrentCreate.js';

export interface LoadReport {
  readonly documentId: string;
  readonly nodes: number;
  readonly relations: number;
  readonly passages: number;
  readonly findings: number;
  readonly nodesCreated: number;
  readonly nodesDeleted: number;
  readonly relationshipsCreated: number;
  readonly relationshipsDeleted: number;
  readonly propertiesSet: number;
  readonly milliseconds: number;
  /** The `:AuditEvent` recorded with the load; null when it changed nothing or was not audited. */
  readonly auditEventId: string | null;
}

/**
 * Writes one document's facts in a single transaction: the document and its
 * passages, its claims, every node and relation it states (MERGE by id,
 * batched with UNWIND, ids an editor merged away redirected to the kept
 * node), its findings, and the twinnings' current status. The same person,
 * body or city in several documents is one node; each property shows the most
 * recent document's value, and documents that disagree leave a
 * PROPERTY_CONFLICT finding. What this document stated on an earlier load but
 * no longer states is removed unless another document states it, so loading
 * the same file twice leaves the graph exactly as loading it once, and a
 * failure anywhere leaves the graph as it was.
 */
export interface LoadOptions {
  /** More writes in the same transaction, after the facts (e.g. the record of a review); a failure undoes all. */
  readonly alsoInTransaction?: (tx: ManagedTransaction, run: Run) => Promise<void>;
  /**
   * Who loads, recorded as an `:AuditEvent` in the load's transaction (src/load/auditTrail.ts), unless the
   * load changed nothing. Every command and mutation passes one; without it nothing is recorded.
   */
  readonly audit?: AuditActor & { readonly action: AuditAction };
}

export async function loadFacts(
  driver: Driver,
  database: string,
  input: ValidatedFacts,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const began = performance.now();
  const session = driver.session({
    database,
    defaultAccessMode: 'WRITE',
    // Shared with executeQuery: a read that follows on this process waits for this write (a cluster's followers).
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    const { totals, findings, auditEventId } = await session.executeWrite(
      retryingConcurrentCreates(async (tx) => {
        await takeClaimsLock(tx);
        const { run, totals } = countingRun(tx);
        const facts = await redirectMergedIds(tx, input);
        const audit = options.audit;
        const fingerprint = audit ? factsFingerprint(facts) : '';
        const needsEvent = audit ? await prepareLoadAudit(tx, facts.document.id) : undefined;
        const findings = findInconsistencies(facts);
        await writeDocuments(run, [facts]);
        const applied = await applyClaims(tx, run, {
          source: facts.source,
          documentId: facts.document.id,
          date: facts.document.date,
          nodes: facts.nodes,
          relations: facts.relations,
        });
        await writeFindings(run, [{ facts, findings }]);
        await removeStaleProvenance(run, [{ facts, findings }]);
        await deriveTwinningStatus(run, applied.keptNodeIds);
        await options.alsoInTransaction?.(tx, run);
        let auditEventId: string | null = null;
        if (audit && needsEvent) {
          const counters = { ...totals };
          if (await needsEvent(counters)) {
            auditEventId = await writeAuditEvent(tx, {
              ...audit,
              counters,
              documentId: facts.document.id,
              factsSha256: fingerprint,
            });
          }
        }
        return { totals, findings, auditEventId };
      }),
    );
    return {
      documentId: input.document.id,
      nodes: input.nodes.length,
      relations: input.relations.length,
      passages: input.passages.length,
      findings: findings.length,
      ...totals,
      milliseconds: Math.round(performance.now() - began),
      auditEventId,
    };
  } finally {
    await session.close();
  }
}
