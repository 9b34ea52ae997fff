import { createHash } from 'node:crypto';
import type { Run } from './countingRun.js';

/** One reviewer's decision on one fact of a document's draft, as the graph keeps it. */
export interface DecisionRecord {
  readonly fact: string;
  /** The fact's kind: node type or relation type. */
  readonly kind: string;
  readonly action: string;
  readonly candidateId?: string | null | undefined;
  readonly name?: string | null | undefined;
  readonly note?: string | null | undefined;
  /** The id the fact was loaded as (a chosen candidate, a new entity), when it is a node. */
  readonly resultId?: string | null | undefined;
}

/**
 * The id of a decision's record: the same document, fact and decision give
 * the same id, so loading a reviewed draft again adds no record; another
 * decision on the same fact is another record (the history stays).
 */
export function decisionRecordId(documentId: string, d: DecisionRecord): string {
  const key = JSON.stringify([documentId, d.fact, d.action, d.candidateId ?? null, d.name ?? null, d.note ?? null]);
  return `review:${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 24)}`;
}

/**
 * Writes the reviewer's decisions in the load's own transaction, each
 * `(:ReviewDecision)-[:OF_DOCUMENT]->(:Document)`: who decided (the token's
 * subject) and when. A record that exists already keeps its first reviewer and time.
 */
export async function recordReviewDecisions(
  run: Run,
  documentId: string,
  reviewer: string,
  decisions: readonly DecisionRecord[],
  decidedAt: Date = new Date(),
): Promise<void> {
  const rows = decisions.map((d) => ({
    id: decisionRecordId(documentId, d),
    fact: d.fact,
    kind: d.kind,
    action: d.action,
    candidateId: d.candidateId ?? null,
    name: d.name?.trim() || null,
    note: d.note?.trim() || null,
    resultId: d.resultId ?? null,
  }));
  await run(
    `MATCH (doc:Document {id: $doc})
     UNWIND $rows AS row
     MERGE (r:ReviewDecision {id: row.id})
     ON CREATE SET r += row, r.documentId = $doc, r.reviewer = $reviewer, r.decidedAt = datetime($decidedAt)
     MERGE (r)-[:OF_DOCUMENT]->(doc)`,
    { doc: documentId, rows, reviewer, decidedAt: decidedAt.toISOString() },
  );
}

/** Removes a document's decision records (with the document: see removeDocument). */
export async function removeReviewDecisions(run: Run, documentId: string): Promise<void> {
  await run('MATCH (r:ReviewDecision {documentId: $doc}) DETACH DELETE r', { doc: documentId });
}
