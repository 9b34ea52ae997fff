import type { GraphView, GraphViewEdge, GraphViewNode } from './graphView.js';
import { toPlainValue } from './toPlainValue.js';

interface Element {
  readonly id: unknown;
  readonly type: unknown;
  readonly label?: unknown;
  readonly source?: unknown;
  readonly target?: unknown;
  readonly properties: unknown;
}

/** A map with its keys in order, so that the same data always serialises the same way. */
function sortedKeys(value: unknown): Record<string, unknown> {
  const plain = toPlainValue(value);
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) return {};
  return Object.fromEntries(Object.entries(plain).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A GraphView from the `nodes` and `edges` columns of graphElementsCypher:
 * plain values, one node per id, edges only between nodes of the view,
 * nodes and edges sorted by id and properties by name, so that the same
 * graph always gives the same view.
 */
export function toGraphView(nodes: readonly Element[], edges: readonly Element[]): GraphView {
  const nodeById = new Map<string, GraphViewNode>();
  for (const n of nodes) {
    const id = String(n.id);
    if (!nodeById.has(id)) {
      nodeById.set(id, {
        id,
        type: String(n.type ?? 'Node'),
        label: String(n.label ?? id),
        properties: sortedKeys(n.properties),
      });
    }
  }
  const edgeById = new Map<string, GraphViewEdge>();
  for (const e of edges) {
    const edge: GraphViewEdge = {
      id: String(e.id),
      type: String(e.type),
      source: String(e.source),
      target: String(e.target),
      properties: sortedKeys(e.properties),
    };
    if (nodeById.has(edge.source) && nodeById.has(edge.target) && !edgeById.has(edge.id)) {
      edgeById.set(edge.id, edge);
    }
  }
  return { nodes: [...nodeById.values()].sort(byId), edges: [...edgeById.values()].sort(byId) };
}
