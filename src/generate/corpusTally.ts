import type { DocBuilder } from './docBuilder.js';

/**
 * Running totals of the graph the corpus makes when loaded (src/load/): one
 * node per distinct entity, document and passage, one :Claim per fact and
 * document; relationships per distinct relation fact, plus EVIDENCED_BY (node
 * → passage) and IN_DOCUMENT (passage → document).
 */
export class CorpusTally {
  documents = 0;
  passages = 0;
  claims = 0;
  evidencedBy = 0;
  bytes = 0;
  readonly entities = new Map<string, number>();
  readonly relations = new Map<string, number>();

  add(doc: DocBuilder, bytes: number): void {
    this.documents++;
    const passages = doc.passageCount();
    this.passages += passages;
    this.evidencedBy += doc.evidenceEdgeCount();
    this.claims += doc.nodes.size + doc.relations.length;
    this.bytes += bytes;
    for (const [k, v] of doc.tally.newNodes) this.entities.set(k, (this.entities.get(k) ?? 0) + v);
    for (const [k, v] of doc.tally.newRelations) this.relations.set(k, (this.relations.get(k) ?? 0) + v);
  }

  entityCount(): number {
    let n = 0;
    for (const v of this.entities.values()) n += v;
    return n;
  }

  /** Graph nodes as counted for --nodes: entities, documents, passages (claims are listed apart). */
  nodes(): number {
    return this.entityCount() + this.documents + this.passages;
  }

  factRelations(): number {
    let n = 0;
    for (const v of this.relations.values()) n += v;
    return n;
  }

  /** Relationships: relation facts, evidence edges, and passage → document. */
  relationships(): number {
    return this.factRelations() + this.evidencedBy + this.passages;
  }
}
