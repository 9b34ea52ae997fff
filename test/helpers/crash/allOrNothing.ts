import type { Driver } from 'neo4j-driver';
import type { ValidatedFacts } from '../../../src/facts/validateFacts.js';
import { findInconsistencies } from '../../../src/load/findInconsistencies.js';
import { claimId } from '../../../src/load/storedClaim.js';

/** What is in the graph of one document: all of it, none of it, or (a bug) some of it. */
export type DocumentState = 'whole' | 'absent' | 'partial';

/** The counts the checker reads for one document. */
export interface DocumentCounts {
  readonly documents: number;
  readonly passages: number;
  readonly passagesInDocument: number;
  readonly expectedPassagesFound: number;
  readonly claims: number;
  readonly expectedClaimsFound: number;
  /** Its nodes that exist, list it in documentIds and have an EVIDENCED_BY edge to each of its passages. */
  readonly nodesWithEvidence: number;
  readonly entitiesNamingIt: number;
  readonly evidenceEdges: number;
  /** Its relations that exist (type and id, from their start node). */
  readonly relationsFound: number;
  readonly relationshipsCitingIt: number;
  readonly findings: number;
  readonly auditEvents: number;
}

export interface DocumentVerdict {
  readonly documentId: string;
  readonly state: DocumentState;
  readonly counts: DocumentCounts;
}

/** One statement per document: every count that tells whole from absent, all parameters. */
export const DOCUMENT_COUNTS = `
CALL () { OPTIONAL MATCH (d:Document {id: $doc}) RETURN count(d) AS documents }
CALL () {
  MATCH (p:Passage {documentId: $doc})
  RETURN count(p) AS passages,
         sum(CASE WHEN exists { (p)-[:IN_DOCUMENT]->(:Document {id: $doc}) } THEN 1 ELSE 0 END) AS passagesInDocument
}
CALL () { UNWIND $passageIds AS pid MATCH (p:Passage {id: pid}) RETURN count(p) AS expectedPassagesFound }
CALL () { MATCH (c:Claim {documentId: $doc}) RETURN count(c) AS claims }
CALL () { UNWIND $claimIds AS cid MATCH (c:Claim {id: cid}) RETURN count(c) AS expectedClaimsFound }
CALL () {
  UNWIND $nodes AS row
  MATCH (n:Entity {id: row.id})
  WHERE $doc IN n.documentIds
    AND all(pid IN row.passageIds WHERE exists { (n)-[:EVIDENCED_BY]->(:Passage {id: pid}) })
  RETURN count(n) AS nodesWithEvidence
}
CALL () {
  MATCH (:Passage {documentId: $doc})<-[e:EVIDENCED_BY]-(:Entity) RETURN count(e) AS evidenceEdges
}
CALL () {
  UNWIND $relations AS row
  OPTIONAL MATCH (entity:Entity {id: row.from})
  OPTIONAL MATCH (document:Document {id: row.from})
  WITH row, coalesce(entity, document) AS a
  MATCH (a)-[r]->(:Entity {id: row.to})
  WHERE r.id = row.id AND type(r) = row.type
  RETURN count(DISTINCT row.id) AS relationsFound
}
CALL () {
  MATCH (f:Finding {documentId: $doc}) WHERE f.kind <> 'PROPERTY_CONFLICT' RETURN count(f) AS findings
}
CALL () { MATCH (e:AuditEvent {documentId: $doc}) RETURN count(e) AS auditEvents }
RETURN documents, passages, passagesInDocument, expectedPassagesFound, claims, expectedClaimsFound,
       nodesWithEvidence, evidenceEdges, relationsFound, findings, auditEvents`;

/** One pass over the graph for every document at once: entities and relationships that cite each document. */
export const CITATIONS_BY_DOCUMENT = `
CALL () {
  MATCH (n:Entity) UNWIND n.documentIds AS doc
  RETURN doc, count(*) AS entities, 0 AS relationships
  UNION ALL
  MATCH ()-[r]->() WHERE r.documentId IS NOT NULL
  RETURN r.documentId AS doc, 0 AS entities, count(*) AS relationships
}
RETURN doc, sum(entities) AS entities, sum(relationships) AS relationships`;

/**
 * Orphans anywhere in the graph, whatever document they came from: passages
 * outside a document, claims, findings or audit records of a missing
 * document, entities no claim states or without evidence, entities and
 * relationships citing a missing document or passage.
 */
export const GLOBAL_ORPHANS = `
CALL () { MATCH (p:Passage) WHERE NOT (p)-[:IN_DOCUMENT]->(:Document) RETURN collect(p.id)[..5] AS passages }
CALL () {
  MATCH (c:Claim) WHERE NOT EXISTS { MATCH (:Document {id: c.documentId}) } RETURN collect(c.id)[..5] AS claims
}
CALL () {
  MATCH (n:Entity) WHERE NOT EXISTS { MATCH (:Claim {factId: n.id}) } RETURN collect(n.id)[..5] AS unclaimedEntities
}
CALL () {
  MATCH (n:Entity) WHERE NOT (n)-[:EVIDENCED_BY]->(:Passage) RETURN collect(n.id)[..5] AS entitiesWithoutEvidence
}
CALL () {
  MATCH (n:Entity) UNWIND n.documentIds AS doc
  WITH n, doc WHERE NOT EXISTS { MATCH (:Document {id: doc}) }
  RETURN collect(n.id + ' → ' + doc)[..5] AS entitiesCitingMissingDocuments
}
CALL () {
  MATCH ()-[r]->() WHERE r.passageId IS NOT NULL AND NOT EXISTS { MATCH (:Passage {id: r.passageId}) }
  RETURN collect(r.id)[..5] AS relationshipsCitingMissingPassages
}
CALL () {
  MATCH (f:Finding) WHERE f.kind <> 'PROPERTY_CONFLICT' AND NOT EXISTS { MATCH (:Document {id: f.documentId}) }
  RETURN collect(f.id)[..5] AS findings
}
CALL () {
  MATCH (e:AuditEvent) WHERE e.documentId IS NOT NULL AND NOT EXISTS { MATCH (:Document {id: e.documentId}) }
  RETURN collect(e.id)[..5] AS auditEvents
}
RETURN passages, claims, unclaimedEntities, entitiesWithoutEvidence, entitiesCitingMissingDocuments,
       relationshipsCitingMissingPassages, findings, auditEvents`;

/** The parameters of DOCUMENT_COUNTS for one document as it should be loaded. */
export function documentParameters(facts: ValidatedFacts): Record<string, unknown> {
  const doc = facts.document.id;
  return {
    doc,
    passageIds: facts.passages.map((p) => p.id),
    claimIds: [...facts.nodes, ...facts.relations].map((f) => claimId(doc, f.id)),
    nodes: facts.nodes.map((n) => ({ id: n.id, passageIds: n.passageIds })),
    relations: facts.relations.map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to })),
  };
}

/** Whole: every part there; absent: no trace; anything else is partial. */
export function judge(facts: ValidatedFacts, c: DocumentCounts, audited: boolean): DocumentState {
  const facts_ = facts.nodes.length + facts.relations.length;
  const whole =
    c.documents === 1 &&
    c.passages === facts.passages.length &&
    c.passagesInDocument === facts.passages.length &&
    c.expectedPassagesFound === facts.passages.length &&
    c.claims === facts_ &&
    c.expectedClaimsFound === facts_ &&
    c.nodesWithEvidence === facts.nodes.length &&
    c.entitiesNamingIt === facts.nodes.length &&
    c.relationsFound === facts.relations.length &&
    c.findings === findInconsistencies(facts).length &&
    (!audited || c.auditEvents >= 1);
  if (whole) return 'whole';
  // Relations between shared entities stay when another document states them: not a trace of this one.
  const { relationsFound: _shared, ...traces } = c;
  const absent = Object.values(traces).every((v) => v === 0);
  return absent ? 'absent' : 'partial';
}

/** Reads and judges each document (one statement each) and the graph's orphans, in one read transaction. */
export async function checkAllOrNothing(
  driver: Driver,
  database: string,
  documents: readonly ValidatedFacts[],
  audited = true,
): Promise<{ verdicts: DocumentVerdict[]; orphans: Record<string, string[]> }> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const verdicts: DocumentVerdict[] = [];
      const citations = new Map(
        (await tx.run(CITATIONS_BY_DOCUMENT)).records.map((r) => [
          String(r.get('doc')),
          { entitiesNamingIt: Number(r.get('entities')), relationshipsCitingIt: Number(r.get('relationships')) },
        ]),
      );
      for (const facts of documents) {
        const { records } = await tx.run(DOCUMENT_COUNTS, documentParameters(facts));
        const record = records[0];
        if (!record) throw new Error('the document check returned no row');
        const counts = {
          ...Object.fromEntries(record.keys.map((k) => [k, Number(record.get(k))])),
          ...(citations.get(facts.document.id) ?? { entitiesNamingIt: 0, relationshipsCitingIt: 0 }),
        } as unknown as DocumentCounts;
        verdicts.push({ documentId: facts.document.id, state: judge(facts, counts, audited), counts });
      }
      const { records } = await tx.run(GLOBAL_ORPHANS);
      const row = records[0];
      const orphans: Record<string, string[]> = {};
      if (row)
        for (const key of row.keys) {
          const found = row.get(key) as string[];
          if (found.length > 0) orphans[String(key)] = found;
        }
      return { verdicts, orphans };
    });
  } finally {
    await session.close();
  }
}
