import type { GraphView } from '../api/types';
import { toGraphML as serverToGraphML } from '../../../src/api/graphView/toGraphML';

/**
 * The view as GraphML, for Gephi, yEd, Cytoscape desktop, NetworkX: the very
 * function behind the server's `/export/graph.graphml` (pure, no Node module),
 * so both exports write the same keys — `type`, `label`, `properties` (JSON),
 * `edgeType`, `quote`, `edgeProperties`, and one `node.<name>` / `edge.<name>`
 * key per property — the same way.
 */
export function toGraphML(view: GraphView): string {
  return serverToGraphML(view);
}
