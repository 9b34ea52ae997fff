import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { NODE_KINDS, nodeKindExpression, nodeLabelExpression } from '../cypher/nodeKind.js';
import { Dossier } from './entity.type.js';
import { SOURCE_PASSAGE_OF } from './sourcePassage.type.js';

/** Properties every stated relationship carries for its provenance (and its fact id), not its own. */
export const EVIDENCE_KEYS = ['id', 'documentId', 'passageId', 'quote', 'start', 'end'];

const ref = (v: string): string => `{id: ${v}.id, type: ${nodeKindExpression(v)}, label: ${nodeLabelExpression(v)}}`;

/**
 * One entity's dossier. Stated relationships are those with a documentId
 * (never EVIDENCED_BY, IN_DOCUMENT or a finding's CONCERNS). Mentions are
 * gathered from three sources, then grouped by passage; the timeline from the
 * dated nodes around it, grouped by node, sorted by the first day they cover.
 */
export const ENTITY = `
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(o) WHERE r.documentId IS NOT NULL
  OPTIONAL MATCH (d:Document {id: r.documentId})
  WITH r, o, d, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction
  ORDER BY type(r), direction, o.id, r.id
  RETURN collect({
    type: type(r), direction: direction, other: ${ref('o')},
    properties: apoc.map.removeKeys(properties(r), $evidenceKeys),
    evidence: ${SOURCE_PASSAGE_OF('r', 'd')}
  }) AS relations
}
CALL (n) {
  CALL (n) {
    MATCH (n)-[:EVIDENCED_BY]->(p:Passage)
    RETURN p, 'evidence of ' + n.id AS via
    UNION
    MATCH (n)-[r]-() WHERE r.documentId IS NOT NULL
    MATCH (p:Passage {id: r.passageId})
    RETURN p, startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id AS via
    UNION
    MATCH (s:Statement)-[:MENTIONS]->(n)
    MATCH (s)-[:EVIDENCED_BY]->(p:Passage)
    RETURN p, 'evidence of ' + s.id + ', which MENTIONS it' AS via
  }
  WITH p, collect(DISTINCT via) AS via
  MATCH (p)-[:IN_DOCUMENT]->(d:Document)
  WITH p, d, via ORDER BY d.id, p.start, p.end
  RETURN collect({documentId: d.id, documentTitle: coalesce(d.titleEn, d.title), quote: p.quote, start: p.start, end: p.end, via: via})
    AS mentions
}
CALL (n) {
  CALL (n) {
    WITH n WHERE n.dateFrom IS NOT NULL
    RETURN n AS x, 'SELF' AS relation
    UNION
    MATCH (n)-[:ATTENDED]->(x:Session) RETURN x, 'ATTENDED' AS relation
    UNION
    MATCH (x:Session)-[:CHAIRED_BY]->(n) RETURN x, 'CHAIRED_BY' AS relation
    UNION
    MATCH (x:Session)-[:OF_BODY]->(n) RETURN x, 'OF_BODY' AS relation
    UNION
    MATCH (n)-[r:PARTICIPATED_IN]->(x:Event) RETURN x, 'PARTICIPATED_IN (' + r.role + ')' AS relation
    UNION
    MATCH (x:Event)-[:ABOUT]->(n) RETURN x, 'ABOUT' AS relation
    UNION
    MATCH (x:Event)-[:LOCATED_IN]->(n) RETURN x, 'LOCATED_IN' AS relation
    UNION
    MATCH (n)-[r:INVOLVED_IN]->(t:Twinning)-[:HAS_STEP]->(x:StatusChange)
    RETURN x, 'INVOLVED_IN ' + t.id + ' (' + r.role + ')' AS relation
    UNION
    MATCH (t:Twinning)-[:PARTNER]->(n), (t)-[:HAS_STEP]->(x:StatusChange)
    RETURN x, 'PARTNER in ' + t.id AS relation
    UNION
    MATCH (n)-[:HAS_STEP]->(x:StatusChange) RETURN x, 'HAS_STEP' AS relation
  }
  WITH x, collect(DISTINCT relation) AS relations WHERE x.dateFrom IS NOT NULL
  WITH x, relations ORDER BY x.dateFrom, x.dateTo, x.id
  RETURN collect({
    date: x.date, dateFrom: x.dateFrom, dateTo: x.dateTo, kind: ${nodeKindExpression('x')},
    label: ${nodeLabelExpression('x')}, id: x.id, relation: apoc.text.join(relations, '; ')
  }) AS timeline
}
RETURN n.id AS id, ${nodeKindExpression('n')} AS type, ${nodeLabelExpression('n')} AS label,
       apoc.map.removeKey(properties(n), 'documentIds') AS properties, relations, mentions, timeline`;

@Resolver()
export class EntityResolver {
  /** One query with CALL subqueries: relations, mentions and timeline. */
  @Query(() => Dossier, {
    nullable: true,
    description:
      'Everything known about one entity: its properties, every stated relationship with its passage, the passages ' +
      'that mention it, and a timeline of dated things around it (sessions, events, twinning steps). Null if there ' +
      'is no entity with that id.',
  })
  async entity(
    @Arg('id', () => ID, { description: 'An entity id, e.g. "person:katja-struc".' }) id: string,
    @Ctx() ctx: ApiContext,
  ): Promise<Dossier | null> {
    const { records } = await ctx.executionContext.executeQuery(
      ENTITY,
      { id, evidenceKeys: EVIDENCE_KEYS, kinds: NODE_KINDS },
      { database: ctx.database, routing: 'READ' },
    );
    const row = records[0];
    return row ? (row.toObject() as Dossier) : null;
  }
}
