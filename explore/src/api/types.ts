/** The shapes the public API returns (see the GraphQL schema's descriptions); the explorer's contract with the server. */

/** The graph view: what every picture draws (`graph`, `partnerNetwork`). */
export interface GraphNode {
  id: string;
  /** Person, Municipality, City, Country, Twinning, Company, … */
  type: string;
  label: string;
  properties: Record<string, unknown>;
}

export interface GraphEdge {
  id: string;
  /** INVOLVED_IN, PARTNER, LOCATED_IN, HOLDS, … */
  type: string;
  source: string;
  target: string;
  /** role, capacity, … and the provenance: documentId, passageId, quote, start, end. */
  properties: Record<string, unknown>;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Where a fact is written. start/end count Unicode code points into Document.text. */
export interface SourcePassage {
  documentId: string;
  documentTitle?: string | null;
  quote: string;
  start: number;
  end: number;
}

/** A node by id, kind and display label (the server's label prefers the English name). */
export interface EntityRef {
  id: string;
  type: string;
  label: string;
}

export interface SearchHit {
  id: string;
  type: string;
  name: string;
  nameEn?: string | null;
  aliases: string[];
  score: number;
  matched?: string | null;
}
