import { basename } from 'node:path';
import type { Passage, ValidatedFacts } from '../facts/validateFacts.js';
import type { Run } from './countingRun.js';
import type { FindingFact } from './findInconsistencies.js';
import { allKeys, propertyMap } from './propertyMap.js';

const PASSAGE_FIELDS = allKeys<Passage>()('id', 'documentId', 'start', 'end', 'quote');

/** One document being loaded, with the findings drawn from it (findInconsistencies). */
export interface DocumentWithFindings {
  readonly facts: ValidatedFacts;
  readonly findings: readonly FindingFact[];
}

/**
 * Writes documents and their passages in one statement, each document with
 * its stored text and properties, each passage linked IN_DOCUMENT. A document
 * new to the graph is created with its passages (passage ids carry the
 * document's id, so none of them can exist yet); one loaded before is MERGEd
 * by id, passage by passage. The per-document loader passes one, the bulk
 * loader a batch.
 */
export async function writeDocuments(run: Run, documents: readonly ValidatedFacts[]): Promise<void> {
  if (documents.length === 0) return;
  await run(
    `UNWIND $docs AS doc
     OPTIONAL MATCH (known:Document {id: doc.id})
     CALL (doc, known) {
       WITH doc WHERE known IS NULL
       CREATE (d:Document)
       SET d = doc.props
       WITH d, doc
       UNWIND doc.passages AS p
       CREATE (passage:Passage ${propertyMap('p', PASSAGE_FIELDS)})
       CREATE (passage)-[:IN_DOCUMENT]->(d)
     }
     CALL (doc, known) {
       WITH doc, known WHERE known IS NOT NULL
       SET known += doc.props
       WITH known, doc
       UNWIND doc.passages AS p
       MERGE (passage:Passage {id: p.id})
       SET passage += p
       MERGE (passage)-[:IN_DOCUMENT]->(known)
     }`,
    {
      docs: documents.map((facts) => {
        const { id, file, ...props } = facts.document;
        return { id, props: { ...props, id, sourceFile: basename(file) }, passages: facts.passages };
      }),
    },
  );
}

/** Writes the documents' findings (each CONCERNS its facts, EVIDENCED_BY its passages) in one statement. */
export async function writeFindings(run: Run, documents: readonly DocumentWithFindings[]): Promise<void> {
  const rows = documents.flatMap((d) => d.findings.map((f) => ({ ...f, documentId: d.facts.document.id })));
  if (rows.length === 0) return;
  await run(
    `UNWIND $rows AS row
     MERGE (f:Finding {id: row.id})
     SET f.kind = row.kind, f.severity = row.severity, f.message = row.message, f.documentId = row.documentId
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
    { rows },
  );
}

/**
 * The documents' own findings and passages that this load no longer has.
 * (Property conflicts are about several documents; applyClaims keeps them.)
 */
export async function removeStaleProvenance(run: Run, documents: readonly DocumentWithFindings[]): Promise<void> {
  if (documents.length === 0) return;
  const docs = documents.map((d) => ({
    id: d.facts.document.id,
    findingIds: d.findings.map((f) => f.id),
    passageIds: d.facts.passages.map((p) => p.id),
  }));
  await run(
    `UNWIND $docs AS doc
     MATCH (f:Finding {documentId: doc.id})
     WHERE f.kind <> 'PROPERTY_CONFLICT' AND NOT f.id IN doc.findingIds
     DETACH DELETE f`,
    { docs },
  );
  await run(
    `UNWIND $docs AS doc
     MATCH (p:Passage {documentId: doc.id}) WHERE NOT p.id IN doc.passageIds
     DETACH DELETE p`,
    { docs },
  );
}
