import neo4j, { type Driver } from 'neo4j-driver';
import { NODE_KINDS, nodeKindExpression } from '../cypher/nodeKind.js';
import { graphElementsCypher } from './graphElementsCypher.js';
import { MAX_GRAPH_DEPTH, MAX_GRAPH_NODES, type GraphView } from './graphView.js';
import { GraphViewError } from './GraphViewError.js';
import { toGraphView } from './toGraphView.js';

/** The relationships a partner network is drawn with. */
export const NETWORK_TYPES = ['GOVERNS', 'PARTNER', 'LOCATED_IN', 'INVOLVED_IN', 'HOLDS', 'MEMBERSHIP_IN', 'PART_OF'];

/**
 * The network follows partnerships, never membership in a place, so its size
 * is that of the municipality's partnerships, not of the graph. From the
 * municipality: the cities it GOVERNS; the twinnings that have one of them as
 * PARTNER or that the municipality is INVOLVED_IN; all PARTNER cities of those
 * twinnings, the municipalities that govern them and their countries (leaves);
 * the actors INVOLVED_IN the twinnings or PARTICIPATED_IN an event ABOUT one;
 * then, up to `$depth` relationships out from those actors and the
 * municipality, the people, memberships and organisations around them (HOLDS,
 * MEMBERSHIP_IN, PART_OF either way; LOCATED_IN only outwards, to the place an
 * organisation is in). A country is never walked through (every city and body
 * of Slovenia is one step from it) and a city is never walked into (every
 * company in Ljubljana is): both stay leaves. Edges: the relationships of the
 * network's types between the nodes. The first row says what kind of node
 * `$of` is, so that an unknown id and a non-municipality are told apart in the
 * same query.
 */
export const PARTNER_NETWORK = `
OPTIONAL MATCH (m:Entity {id: $of})
WITH m, ${nodeKindExpression('m')} AS kind
CALL (m, kind) {
  WITH m WHERE kind = 'Municipality'
  WITH m, COLLECT { MATCH (m)-[:GOVERNS]->(c:City) RETURN c } AS ownCities
  WITH m, ownCities, COLLECT {
      UNWIND ownCities AS c
      MATCH (t:Twinning)-[:PARTNER]->(c)
      RETURN t
      UNION
      MATCH (m)-[:INVOLVED_IN]->(t:Twinning)
      RETURN t
    } AS twinnings
  WITH m, twinnings, COLLECT {
      UNWIND twinnings AS t
      MATCH (t)-[:PARTNER]->(c:City)
      RETURN DISTINCT c
    } AS cities
  WITH m, twinnings, cities,
    COLLECT { UNWIND cities AS c MATCH (c)-[:LOCATED_IN]->(k:Country) RETURN DISTINCT k } AS countries,
    COLLECT { UNWIND cities AS c MATCH (o:Municipality)-[:GOVERNS]->(c) RETURN DISTINCT o } AS municipalities,
    COLLECT {
      UNWIND twinnings AS t
      MATCH (a:Actor)-[:INVOLVED_IN]->(t)
      RETURN a
      UNION
      UNWIND twinnings AS t
      MATCH (a:Actor)-[:PARTICIPATED_IN]->(:Event)-[:ABOUT]->(t)
      RETURN a
    } AS actors
  CALL (m, actors) {
    CALL apoc.path.subgraphNodes([m] + [a IN actors WHERE NOT a:Country], {
      maxLevel: $depth,
      relationshipFilter: 'HOLDS|MEMBERSHIP_IN|PART_OF|LOCATED_IN>',
      labelFilter: '+Actor|+Membership|-Country',
      limit: $maxNodes
    }) YIELD node
    RETURN collect(node) AS around
  }
  WITH apoc.coll.toSet([m] + twinnings + cities + countries + municipalities + actors + around) AS all
  RETURN head(collect(all[0..$maxNodes])) AS network
}
WITH kind, coalesce(network, []) AS network
CALL (network) {
  CALL apoc.algo.cover(network) YIELD rel
  WITH rel WHERE type(rel) IN $networkTypes
  RETURN collect(rel) AS relationships
}
RETURN kind, ${graphElementsCypher('network', 'relationships')}`;

/**
 * The partner network of a municipality as a GraphView, in one Cypher query:
 * its city, its twinnings, the partner cities and their countries, who was
 * involved in each twinning (the role on the INVOLVED_IN edge) or taking
 * part in an event about it, and the people and organisations around them up
 * to `depth` (1..4) relationships; never every city or body of a country.
 * Throws a GraphViewError for a bad depth, an unknown id, or an id that is
 * not a Municipality.
 */
export async function readPartnerNetwork(
  driver: Driver,
  database: string,
  options: { readonly of: string; readonly depth: number },
): Promise<GraphView> {
  const { of, depth } = options;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_GRAPH_DEPTH) {
    throw new GraphViewError('depth', `depth must be a whole number from 1 to ${MAX_GRAPH_DEPTH}; got ${depth}`);
  }
  if (typeof of !== 'string' || of.trim() === '') {
    throw new GraphViewError('of', 'of must be the id of a municipality, e.g. "org:mestna-obcina-kranj"');
  }
  const { records } = await driver.executeQuery(
    PARTNER_NETWORK,
    {
      of,
      depth: neo4j.int(depth),
      maxNodes: neo4j.int(MAX_GRAPH_NODES),
      networkTypes: NETWORK_TYPES,
      kinds: NODE_KINDS,
    },
    { database, routing: 'READ' },
  );
  const row = records[0];
  if (!row) throw new Error('the partner network query returned no row');
  const kind = row.get('kind') as string | null;
  if (kind === null) {
    throw new GraphViewError('of', `of: "${of}" is not the id of any node in the graph`);
  }
  if (kind !== 'Municipality') {
    throw new GraphViewError(
      'of',
      `of: "${of}" is a ${kind}, not a Municipality; give a municipality's id, e.g. "org:mestna-obcina-kranj"`,
    );
  }
  return toGraphView(row.get('nodes') as never[], row.get('edges') as never[]);
}
