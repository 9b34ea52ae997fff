import type { GraphEdge, GraphNode, GraphView } from '../api/types';

/** What `toJson` writes: the API's graph view (`graph`, `partnerNetwork`, `/export/graph.json`) with a header. */
export interface GraphViewFile extends GraphView {
  /** When the file was written (ISO 8601). */
  generatedAt: string;
  /** Where the view comes from. */
  source: string;
}

export const JSON_SOURCE = 'Municipal relations graph explorer (/explore), public GraphQL API';

/**
 * The view as pretty JSON in the API's graph-view shape, so it reads back as a
 * GraphView (`JSON.parse(text).nodes`, `.edges`): each node only
 * `{ id, type, label, properties }`, each edge `{ id, type, source, target,
 * properties }` — whatever else a drawing attached (positions, colours) is left out.
 */
export function toJson(view: GraphView, header: { generatedAt?: Date; source?: string } = {}): string {
  const file: GraphViewFile = {
    generatedAt: (header.generatedAt ?? new Date()).toISOString(),
    source: header.source ?? JSON_SOURCE,
    nodes: view.nodes.map((n): GraphNode => ({
      id: n.id,
      type: n.type,
      label: n.label,
      properties: n.properties ?? {},
    })),
    edges: view.edges.map((e): GraphEdge => ({
      id: e.id,
      type: e.type,
      source: e.source,
      target: e.target,
      properties: e.properties ?? {},
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
