import { NODE_KINDS } from '../cypher/nodeKind.js';
import { MAX_GRAPH_DEPTH, MAX_GRAPH_NODES, type GraphViewOptions } from './graphView.js';
import { GraphViewError } from './GraphViewError.js';

/** Kinds that are provenance rather than stated facts: kept only with includeProvenance. */
export const PROVENANCE_KINDS: readonly string[] = ['Passage', 'Document', 'Finding'];

export interface ValidGraphViewOptions {
  readonly focus: string | undefined;
  readonly depth: number;
  readonly types: readonly string[] | undefined;
  readonly includeProvenance: boolean;
  readonly maxNodes: number;
}

/**
 * Checks a graph view request before anything is sent to Neo4j, and returns
 * it normalised (types without duplicates, includeProvenance a boolean).
 * Throws a GraphViewError that names the argument and what it may be.
 */
export function validateGraphViewOptions(options: GraphViewOptions): ValidGraphViewOptions {
  const { focus, depth, types, includeProvenance, maxNodes } = options;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_GRAPH_DEPTH) {
    throw new GraphViewError('depth', `depth must be a whole number from 0 to ${MAX_GRAPH_DEPTH}; got ${depth}`);
  }
  if (!Number.isInteger(maxNodes) || maxNodes < 1 || maxNodes > MAX_GRAPH_NODES) {
    throw new GraphViewError(
      'maxNodes',
      `maxNodes must be a whole number from 1 to ${MAX_GRAPH_NODES}; got ${maxNodes}`,
    );
  }
  if (focus !== undefined && (typeof focus !== 'string' || focus.trim() === '')) {
    throw new GraphViewError('focus', 'focus must be the id of a node, e.g. "twinning:kranj-yekaterinburg"');
  }
  const provenance = includeProvenance === true;
  let kinds: string[] | undefined;
  if (types !== undefined) {
    kinds = [...new Set(types.map((t) => t.trim()))];
    if (kinds.length === 0 || kinds.includes('')) {
      throw new GraphViewError(
        'types',
        `types must name node kinds, e.g. City, Country; known kinds: ${NODE_KINDS.join(', ')}`,
      );
    }
    const unknown = kinds.filter((k) => !NODE_KINDS.includes(k));
    if (unknown.length > 0) {
      throw new GraphViewError(
        'types',
        `unknown node kind${unknown.length > 1 ? 's' : ''} in types: ${unknown.join(', ')}; known kinds: ${NODE_KINDS.join(', ')}`,
      );
    }
    const needProvenance = kinds.filter((k) => PROVENANCE_KINDS.includes(k));
    if (needProvenance.length > 0 && !provenance) {
      throw new GraphViewError(
        'types',
        `types: ${needProvenance.join(', ')} ${needProvenance.length > 1 ? 'are provenance kinds' : 'is a provenance kind'}; set includeProvenance to true to include them`,
      );
    }
  }
  return { focus, depth, types: kinds, includeProvenance: provenance, maxNodes };
}
