import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { badUserInput } from '../badUserInput.js';
import { requireCount } from '../requireCount.js';
import type { ApiContext } from '../context.js';
import { NODE_KINDS, nodeKindExpression, nodeLabelExpression } from '../cypher/nodeKind.js';
import { GraphPath } from './connection.type.js';
import { SOURCE_PASSAGE_OF } from './sourcePassage.type.js';

/** The hard upper bound of a path's length; the client's maxLength is a parameter below it. */
const MAX_LENGTH = 8;
const MAX_PATHS = 10;

/** Properties every stated relationship carries for its provenance (and its fact id), not its own. */
const EVIDENCE_KEYS = ['id', 'documentId', 'passageId', 'quote', 'start', 'end'];

/**
 * All shortest paths, undirected, through relationships that a document
 * states (they have a documentId: never EVIDENCED_BY, IN_DOCUMENT or a
 * finding's CONCERNS). The relationship predicate is checked during the
 * search; the length bound after it, so it stays a parameter.
 */
export const CONNECTION = `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[*..${MAX_LENGTH}]-(b))
  WHERE all(r IN relationships(p) WHERE r.documentId IS NOT NULL)
  WITH p WHERE length(p) <= $maxLength
  WITH p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.id] LIMIT ${MAX_PATHS}
  CALL (p) {
    UNWIND range(0, length(p) - 1) AS i
    WITH i, nodes(p)[i] AS x, nodes(p)[i + 1] AS y, relationships(p)[i] AS r
    OPTIONAL MATCH (d:Document {id: r.documentId})
    WITH i, x, y, r, d ORDER BY i
    RETURN collect({
      from: {id: x.id, type: ${nodeKindExpression('x')}, label: ${nodeLabelExpression('x')}},
      to: {id: y.id, type: ${nodeKindExpression('y')}, label: ${nodeLabelExpression('y')}},
      type: type(r),
      direction: CASE WHEN startNode(r) = x THEN 'FORWARD' ELSE 'BACKWARD' END,
      properties: apoc.map.removeKeys(properties(r), $evidenceKeys),
      evidence: ${SOURCE_PASSAGE_OF('r', 'd')}
    }) AS steps
  }
  RETURN collect({length: length(p), steps: steps}) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths`;

@Resolver()
export class ConnectionResolver {
  /** One query: both ends looked up, then all shortest paths with each step's passage. */
  @Query(() => [GraphPath], {
    description:
      'How two entities are connected: the shortest paths between them (at most 10, in either direction) through ' +
      'relationships the documents state, each step with its type, direction, own properties and quote.',
  })
  async connection(
    @Arg('from', () => ID, { description: 'An entity id, e.g. "org:iskratel".' }) from: string,
    @Arg('to', () => ID, { description: 'An entity id, e.g. "city:yekaterinburg".' }) to: string,
    @Arg('maxLength', () => Int, { defaultValue: 6, description: 'The longest path to consider, 1 to 8 steps.' })
    maxLength: number,
    @Ctx() ctx: ApiContext,
  ): Promise<GraphPath[]> {
    requireCount('maxLength', maxLength, 1, MAX_LENGTH);
    const { records } = await ctx.executionContext.executeQuery(
      CONNECTION,
      { from, to, maxLength, evidenceKeys: EVIDENCE_KEYS, kinds: NODE_KINDS },
      { database: ctx.database, routing: 'READ' },
    );
    const row = records[0];
    if (!row) throw new Error('connection returned no row');
    if (!row.get('fromFound')) throw badUserInput(`no entity with id "${from}"`, 'from');
    if (!row.get('toFound')) throw badUserInput(`no entity with id "${to}"`, 'to');
    // An entity is connected to itself by the empty path.
    if (from === to) return [{ length: 0, steps: [] }];
    return row.get('paths') as GraphPath[];
  }
}
