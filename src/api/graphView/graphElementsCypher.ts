import { nodeKindExpression, nodeLabelExpression } from '../cypher/nodeKind.js';

/**
 * The Cypher that turns a list of nodes and a list of relationships (bound to
 * the two variables, names chosen in our code) into the plain maps of a
 * GraphView: `nodes` and `edges` columns. Needs the parameter `$kinds`
 * (NODE_KINDS). Node properties leave out `documentIds`, and a Document's full
 * `text`; an edge without an `id` property gets `TYPE:sourceId>targetId`.
 * (`n {.*}`, not `properties(n)`: Neo4j 5.26's planner fails on the latter
 * here with "Property cannot be cast to ASTCachedProperty".)
 */
export function graphElementsCypher(nodesVariable: string, relationshipsVariable: string): string {
  return `[n IN ${nodesVariable} | {
    id: n.id,
    type: ${nodeKindExpression('n')},
    label: ${nodeLabelExpression('n')},
    properties: apoc.map.removeKeys(n {.*}, CASE WHEN n:Document THEN ['documentIds', 'text'] ELSE ['documentIds'] END)
  }] AS nodes,
  [r IN ${relationshipsVariable} | {
    id: coalesce(r.id, type(r) + ':' + startNode(r).id + '>' + endNode(r).id),
    type: type(r),
    source: startNode(r).id,
    target: endNode(r).id,
    properties: r {.*}
  }] AS edges`;
}
