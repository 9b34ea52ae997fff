import { basename } from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { FactsError, type ValidatedFacts } from '../facts/validateFacts.js';
import { ACTOR_TYPES, NODE_TYPES, ORGANIZATION_TYPES, type NodeType } from '../facts/vocabulary.js';
import { findInconsistencies, type FindingFact } from './findInconsistencies.js';

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
}

/** Labels besides the kind: Entity on all (the unique id), and Actor, Organization, Named by kind. */
function extraLabels(type: NodeType): string[] {
  const labels: string[] = ['Entity'];
  if ((ACTOR_TYPES as readonly string[]).includes(type)) labels.push('Actor', 'Named');
  if ((ORGANIZATION_TYPES as readonly string[]).includes(type)) labels.push('Organization');
  if (type === 'Twinning' || type === 'Event') labels.push('Named');
  return labels;
}

/**
 * Writes one document's facts in a single transaction: the document and its
 * passages, every node and relation (MERGE by id, batched with UNWIND), the
 * findings, and the twinnings' current status. Facts this document stated on
 * an earlier load but no longer states are removed, so loading the same file
 * twice leaves the graph exactly as loading it once, and a failure anywhere
 * leaves the graph as it was.
 */
export async function loadFacts(driver: Driver, database: string, facts: ValidatedFacts): Promise<LoadReport> {
  const began = performance.now();
  const findings = findInconsistencies(facts);
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    const counters = await session.executeWrite(async (tx) => {
      const totals = {
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
        propertiesSet: 0,
      };
      const run = async (cypher: string, params: Record<string, unknown>): Promise<void> => {
        const result = await tx.run(cypher, params);
        const c = result.summary.counters.updates();
        totals.nodesCreated += c.nodesCreated;
        totals.nodesDeleted += c.nodesDeleted;
        totals.relationshipsCreated += c.relationshipsCreated;
        totals.relationshipsDeleted += c.relationshipsDeleted;
        totals.propertiesSet += c.propertiesSet;
      };
      await refuseKindChanges(tx, facts);
      await writeDocument(run, facts);
      await writeNodes(run, facts);
      await writeRelations(run, facts);
      await writeFindings(run, facts.document.id, findings);
      await removeStale(run, facts, findings);
      await deriveTwinningStatus(tx, facts.document.id);
      return totals;
    });
    return {
      documentId: facts.document.id,
      nodes: facts.nodes.length,
      relations: facts.relations.length,
      passages: facts.passages.length,
      findings: findings.length,
      ...counters,
      milliseconds: Math.round(performance.now() - began),
    };
  } finally {
    await session.close();
  }
}

type Run = (cypher: string, params: Record<string, unknown>) => Promise<void>;

async function writeDocument(run: Run, facts: ValidatedFacts): Promise<void> {
  const { id, file, ...props } = facts.document;
  await run(
    `MERGE (d:Document {id: $id})
     SET d += $props
     WITH d
     UNWIND $passages AS p
     MERGE (passage:Passage {id: p.id})
     SET passage += p
     MERGE (passage)-[:IN_DOCUMENT]->(d)`,
    { id, props: { ...props, id, sourceFile: basename(file) }, passages: facts.passages },
  );
}

/** A node that an earlier document gave another kind cannot change kind silently. */
async function refuseKindChanges(tx: ManagedTransaction, facts: ValidatedFacts): Promise<void> {
  const { records } = await tx.run(
    `UNWIND $rows AS row
     MATCH (n:Entity {id: row.id}) WHERE NOT row.type IN labels(n)
     RETURN row.id AS id, row.type AS type, [l IN labels(n) WHERE l IN $kinds][0] AS existing`,
    { rows: facts.nodes.map((n) => ({ id: n.id, type: n.type })), kinds: NODE_TYPES },
  );
  if (records.length > 0) {
    throw new FactsError(
      facts.source,
      records.map((r) => ({
        fact: String(r.get('id')),
        problem: `is a ${String(r.get('type'))} here, but the graph already has it as a ${String(r.get('existing'))}`,
      })),
    );
  }
}

/**
 * All nodes in one statement: every node carries the Entity label (one unique
 * id index to MERGE on) plus its kind's labels, set dynamically from the
 * vocabulary. Its evidence edges are made to match the document's passages.
 */
async function writeNodes(run: Run, facts: ValidatedFacts): Promise<void> {
  await run(
    `UNWIND $rows AS row
     MERGE (n:Entity {id: row.id})
     SET n += row.props, n:$(row.labels),
         n.documentIds = CASE WHEN $doc IN coalesce(n.documentIds, []) THEN n.documentIds
                              ELSE coalesce(n.documentIds, []) + $doc END
     WITH n, row
     CALL (n, row) {
       OPTIONAL MATCH (n)-[e:EVIDENCED_BY]->(p:Passage {documentId: $doc})
       WHERE NOT p.id IN row.passageIds
       DELETE e
     }
     CALL (n, row) {
       UNWIND row.passageIds AS pid
       MATCH (p:Passage {id: pid})
       MERGE (n)-[:EVIDENCED_BY]->(p)
     }`,
    {
      doc: facts.document.id,
      rows: facts.nodes.map((n) => ({
        id: n.id,
        labels: [n.type, ...extraLabels(n.type)],
        props: { ...n.properties, id: n.id },
        passageIds: n.passageIds,
      })),
    },
  );
}

/** All relations in one statement, the type set dynamically from the vocabulary. */
async function writeRelations(run: Run, facts: ValidatedFacts): Promise<void> {
  await run(
    `UNWIND $rows AS row
     OPTIONAL MATCH (entity:Entity {id: row.from})
     OPTIONAL MATCH (document:Document {id: row.from})
     WITH row, coalesce(entity, document) AS a
     MATCH (b:Entity {id: row.to})
     MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
     SET r += row.props`,
    {
      rows: facts.relations.map((r) => ({
        id: r.id,
        type: r.type,
        from: r.from,
        to: r.to,
        props: { ...r.properties, id: r.id },
      })),
    },
  );
}

async function writeFindings(run: Run, documentId: string, findings: readonly FindingFact[]): Promise<void> {
  await run(
    `UNWIND $rows AS row
     MERGE (f:Finding {id: row.id})
     SET f.kind = row.kind, f.severity = row.severity, f.message = row.message, f.documentId = $doc
     WITH f, row
     CALL (f, row) {
       UNWIND row.concerns AS target
       MATCH (t:Entity {id: target})
       MERGE (f)-[:CONCERNS]->(t)
     }
     CALL (f, row) {
       UNWIND row.passageIds AS pid
       MATCH (p:Passage {id: pid})
       MERGE (f)-[:EVIDENCED_BY]->(p)
     }`,
    { doc: documentId, rows: findings },
  );
}

/**
 * Removes what this document stated on an earlier load and no longer states.
 * Everything a document stated hangs off its passages (indexed by document),
 * so this touches the document's own part of the graph, not whole labels.
 */
async function removeStale(run: Run, facts: ValidatedFacts, findings: readonly FindingFact[]): Promise<void> {
  const doc = facts.document.id;
  await run(
    `MATCH (:Passage {documentId: $doc})<-[:EVIDENCED_BY]-(n:Entity)
     WITH DISTINCT n
     MATCH (n)-[r]->() WHERE r.documentId = $doc AND NOT r.id IN $relationIds
     DELETE r`,
    { doc, relationIds: facts.relations.map((r) => r.id) },
  );
  await run(`MATCH (:Document {id: $doc})-[r]->() WHERE r.documentId = $doc AND NOT r.id IN $relationIds DELETE r`, {
    doc,
    relationIds: facts.relations.map((r) => r.id),
  });
  await run(`MATCH (f:Finding {documentId: $doc}) WHERE NOT f.id IN $findingIds DETACH DELETE f`, {
    doc,
    findingIds: findings.map((f) => f.id),
  });
  // A node this document no longer states loses the document; with no document left, it goes.
  await run(
    `MATCH (:Passage {documentId: $doc})<-[:EVIDENCED_BY]-(n:Entity)
     WITH DISTINCT n WHERE NOT n.id IN $nodeIds
     SET n.documentIds = [d IN n.documentIds WHERE d <> $doc]
     WITH n WHERE size(n.documentIds) = 0
     DETACH DELETE n`,
    { doc, nodeIds: facts.nodes.map((n) => n.id) },
  );
  await run(`MATCH (p:Passage {documentId: $doc}) WHERE NOT p.id IN $passageIds DETACH DELETE p`, {
    doc,
    passageIds: facts.passages.map((p) => p.id),
  });
}

const STATUS_ORDER = ['PROPOSED', 'SUPPORTED', 'APPROVED', 'SIGNED', 'SUSPENDED', 'ENDED'];

/** A twinning's current status is its latest step (by date, then by how far it got). */
async function deriveTwinningStatus(tx: ManagedTransaction, doc: string): Promise<void> {
  await tx.run(
    `MATCH (t:Twinning) WHERE $doc IN t.documentIds
     OPTIONAL MATCH (t)-[:HAS_STEP]->(s:StatusChange)
     WITH t, s ORDER BY s.dateTo DESC, coalesce(apoc.coll.indexOf($order, s.status), -1) DESC
     WITH t, head(collect(s)) AS latest
     SET t.status = latest.status, t.statusDate = latest.date`,
    { order: STATUS_ORDER, doc },
  );
}
