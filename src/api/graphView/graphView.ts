/**
 * A view of part of the graph for visualisation front-ends: plain nodes and
 * edges, each with a stable id, that Cytoscape.js, vis-network and sigma.js
 * (graphology) load with a one-line mapping. The same object is the JSON
 * export (`GET /export/graph.json`) and the answer of the GraphQL fields
 * `graph` and `partnerNetwork`; `toGraphML` writes it for Gephi, yEd, NetworkX.
 *
 * - Node ids are the graph's own `id`s (`org:iskratel`, `city:kranj`, a
 *   passage's `doc:…@start-end`); an edge's id is its relationship's `id`
 *   (every stated relationship has one), or `TYPE:sourceId>targetId` for the
 *   provenance and finding edges that have none. Ids do not change between
 *   calls; nodes and edges come sorted by id.
 * - Every edge's `source` and `target` is the id of a node in the same view.
 * - `type` is the node's kind (`Person`, `Twinning`, `Passage`…) or the
 *   relationship type (`INVOLVED_IN`, `PARTNER`…); `label` is a display name.
 * - `properties` are the node's stored properties (without `documentIds`; a
 *   Document node also without its full `text`, which `documents { text }`
 *   gives) and the relationship's, with its provenance: `documentId`,
 *   `passageId`, `quote`, `start`, `end` (code point offsets).
 *
 * Cytoscape.js:
 * ```ts
 * cytoscape({
 *   container,
 *   elements: [
 *     ...view.nodes.map((n) => ({ group: 'nodes', data: { ...n.properties, id: n.id, type: n.type, label: n.label } })),
 *     ...view.edges.map((e) => ({
 *       group: 'edges',
 *       data: { ...e.properties, id: e.id, type: e.type, source: e.source, target: e.target },
 *     })),
 *   ],
 *   style: [{ selector: 'node', style: { label: 'data(label)' } }],
 * });
 * ```
 * vis-network: `new Network(container, { nodes: view.nodes, edges: view.edges.map((e) => ({ ...e, from: e.source,
 * to: e.target })) }, {})`; sigma.js: `graph.addNode(n.id, { label: n.label, ... })`,
 * `graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { type: e.type })`.
 */
export interface GraphView {
  readonly nodes: GraphViewNode[];
  readonly edges: GraphViewEdge[];
}

export interface GraphViewNode {
  readonly id: string;
  /** The node's kind: one of NODE_KINDS. */
  readonly type: string;
  readonly label: string;
  readonly properties: Record<string, unknown>;
}

export interface GraphViewEdge {
  readonly id: string;
  /** The relationship type. */
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly properties: Record<string, unknown>;
}

export interface GraphViewOptions {
  /** The id of the node the view is centred on; without it, the whole graph (up to maxNodes). */
  readonly focus?: string | undefined;
  /** How many relationships out from the focus, 0..4. */
  readonly depth: number;
  /** Node kinds to keep (the focus is always kept); edges only between kept nodes. */
  readonly types?: readonly string[] | undefined;
  /** Also Passage, Document and Finding nodes, with EVIDENCED_BY, IN_DOCUMENT and the findings' edges. */
  readonly includeProvenance?: boolean | undefined;
  /** At most this many nodes, 1..5000: the nearest to the focus first. */
  readonly maxNodes: number;
}

export const MAX_GRAPH_DEPTH = 4;
export const MAX_GRAPH_NODES = 5000;
export const DEFAULT_GRAPH_NODES = 500;
