import neo4j, { type Driver } from 'neo4j-driver';
import { NODE_KINDS, nodeKindExpression } from '../cypher/nodeKind.js';
import { graphElementsCypher } from './graphElementsCypher.js';
import type { GraphView, GraphViewOptions } from './graphView.js';
import { GraphViewError } from './GraphViewError.js';
import { toGraphView } from './toGraphView.js';
import { PROVENANCE_KINDS, validateGraphViewOptions } from './validateGraphViewOptions.js';

/**
 * One query, two branches, whichever `$focus` selects:
 * - with a focus: the node of that id (an Entity, or with provenance also a
 *   Document, Passage or Finding), then the nodes within `$depth`
 *   relationships of it, breadth first (nearest first when `$maxNodes` cuts),
 *   by `apoc.path.subgraphNodes`, whose `$labelFilter` keeps to Entity nodes
 *   unless provenance is wanted and returns only the kinds in `$types`;
 * - without: every Entity node (then, with provenance, Document, Finding and
 *   Passage nodes), by id, up to `$maxNodes`.
 * Edges are every relationship between the kept nodes (`apoc.algo.cover`).
 */
export const GRAPH_VIEW = `
CALL () {
  WITH $focus AS focus WHERE focus IS NULL
  CALL () {
    MATCH (n:Entity) RETURN n, 0 AS rank
    UNION ALL
    MATCH (n:Document) WHERE $includeProvenance RETURN n, 1 AS rank
    UNION ALL
    MATCH (n:Finding) WHERE $includeProvenance RETURN n, 2 AS rank
    UNION ALL
    MATCH (n:Passage) WHERE $includeProvenance RETURN n, 3 AS rank
  }
  WITH n, rank WHERE $types IS NULL OR ${nodeKindExpression('n')} IN $types
  ORDER BY rank, n.id
  LIMIT $maxNodes
  RETURN true AS found, null AS focusKind, collect(n) AS kept
  UNION
  WITH $focus AS focus WHERE focus IS NOT NULL
  CALL (focus) {
    CALL (focus) {
      MATCH (n:Entity {id: focus}) RETURN n
      UNION
      MATCH (n:Document {id: focus}) RETURN n
      UNION
      MATCH (n:Passage {id: focus}) RETURN n
      UNION
      MATCH (n:Finding {id: focus}) RETURN n
    }
    RETURN head(collect(n)) AS start
  }
  WITH start, start IS NOT NULL AND (start:Entity OR $includeProvenance) AS traversable
  CALL (start, traversable) {
    WITH start WHERE traversable
    CALL apoc.path.subgraphNodes(start, {maxLevel: $depth, labelFilter: $labelFilter, limit: $maxNodes})
      YIELD node
    RETURN collect(node) AS reached
  }
  RETURN start IS NOT NULL AS found,
         ${nodeKindExpression('start')} AS focusKind,
         CASE WHEN traversable THEN [start] + [n IN reached WHERE n <> start][0..$maxNodes - 1] ELSE [] END AS kept
}
CALL (kept) {
  CALL apoc.algo.cover(kept) YIELD rel
  RETURN collect(rel) AS relationships
}
RETURN found, focusKind, ${graphElementsCypher('kept', 'relationships')}`;

/**
 * The APOC label filter for the traversal: Entity nodes only (or provenance
 * nodes too), and, when kinds are asked for, only those returned (`>`: the
 * traversal still passes through the others).
 */
export function labelFilter(types: readonly string[] | undefined, includeProvenance: boolean): string {
  const through = includeProvenance ? ['Entity', ...PROVENANCE_KINDS] : ['Entity'];
  return [...through.map((l) => `+${l}`), ...(types ?? []).map((t) => `>${t}`)].join('|');
}

/**
 * A view of the graph around `focus` (or of the whole graph) in one
 * parameterised Cypher query; see GraphView for the shape. Throws a
 * GraphViewError for arguments out of range and for a focus id that names no
 * node (or names a provenance node while includeProvenance is off).
 */
export async function readGraphView(driver: Driver, database: string, options: GraphViewOptions): Promise<GraphView> {
  const valid = validateGraphViewOptions(options);
  const { records } = await driver.executeQuery(
    GRAPH_VIEW,
    {
      focus: valid.focus ?? null,
      depth: neo4j.int(valid.depth),
      maxNodes: neo4j.int(valid.maxNodes),
      types: valid.types ?? null,
      includeProvenance: valid.includeProvenance,
      labelFilter: labelFilter(valid.types, valid.includeProvenance),
      kinds: NODE_KINDS,
    },
    { database, routing: 'READ' },
  );
  const row = records[0];
  if (!row) throw new Error('the graph view query returned no row');
  if (row.get('found') !== true) {
    throw new GraphViewError('focus', `focus "${valid.focus}" is not the id of any node in the graph`);
  }
  const focusKind = row.get('focusKind') as string | null;
  if (focusKind !== null && PROVENANCE_KINDS.includes(focusKind) && !valid.includeProvenance) {
    throw new GraphViewError(
      'focus',
      `focus "${valid.focus}" is a ${focusKind}, a provenance node: set includeProvenance to true to centre on it`,
    );
  }
  return toGraphView(row.get('nodes') as never[], row.get('edges') as never[]);
}
