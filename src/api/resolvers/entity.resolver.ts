import { int } from 'neo4j-driver';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { requireCount } from '../requireCount.js';
import type { ApiContext } from '../context.js';
import { NODE_KINDS, nodeKindExpression, nodeLabelExpression } from '../cypher/nodeKind.js';
import { Dossier } from './entity.type.js';
import { SOURCE_PASSAGE_OF } from './sourcePassage.type.js';

/** Properties every stated relationship carries for its provenance (and its fact id), not its own. */
export const EVIDENCE_KEYS = ['id', 'documentId', 'passageId', 'quote', 'start', 'end'];

const ref = (v: string): string => `{id: ${v}.id, type: ${nodeKindExpression(v)}, label: ${nodeLabelExpression(v)}}`;

/**
 * One entity's dossier, each of its three lists paged by `$offset` and
 * `$limit` and counted whole. Stated relationships are those with a
 * documentId (never EVIDENCED_BY, IN_DOCUMENT or a finding's CONCERNS).
 * Mentions are gathered from three sources, then grouped by passage; the
 * timeline from the dated nodes around it, grouped by node, sorted by the
 * first day they cover. Every list is sorted on its keys alone and cut to its
 * page before anything is read for the answer (documents, titles, maps), so
 * the work beyond the sort follows the size of the page, not the entity's
 * degree: a city council's dossier at national size stays a page.
 */
export const ENTITY = `
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(o) WHERE r.documentId IS NOT NULL
  WITH r, o, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction
  ORDER BY type(r), direction, o.id, r.id
  WITH collect([r, o, direction]) AS rows
  CALL (rows) {
    UNWIND range($offset, $offset + $limit - 1) AS i
    WITH i, rows[i] AS row WHERE row IS NOT NULL
    WITH i, row[0] AS r, row[1] AS o, row[2] AS direction
    OPTIONAL MATCH (d:Document {id: r.documentId})
    WITH i, r, o, d, direction ORDER BY i
    RETURN collect({
      type: type(r), direction: direction, other: ${ref('o')},
      properties: apoc.map.removeKeys(properties(r), $evidenceKeys),
      evidence: ${SOURCE_PASSAGE_OF('r', 'd')}
    }) AS relations
  }
  RETURN size(rows) AS relationCount, relations
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
  ORDER BY p.documentId, p.start, p.end
  WITH collect([p, via]) AS rows
  CALL (rows) {
    UNWIND range($offset, $offset + $limit - 1) AS i
    WITH i, rows[i] AS row WHERE row IS NOT NULL
    WITH i, row[0] AS p, row[1] AS via
    MATCH (p)-[:IN_DOCUMENT]->(d:Document)
    WITH i, p, d, via ORDER BY i
    RETURN collect({
      documentId: d.id, documentTitle: coalesce(d.titleEn, d.title), quote: p.quote, start: p.start, end: p.end,
      via: via
    }) AS mentions
  }
  RETURN size(rows) AS mentionCount, mentions
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
  WITH collect([x, relations]) AS rows
  RETURN size(rows) AS timelineCount,
    [row IN rows[$offset..($offset + $limit)] | {
      date: row[0].date, dateFrom: row[0].dateFrom, dateTo: row[0].dateTo, kind: ${nodeKindExpression('row[0]')},
      label: ${nodeLabelExpression('row[0]')}, id: row[0].id, relation: apoc.text.join(row[1], '; ')
    }] AS timeline
}
RETURN n.id AS id, ${nodeKindExpression('n')} AS type, ${nodeLabelExpression('n')} AS label,
       apoc.map.removeKey(properties(n), 'documentIds') AS properties,
       relations, relationCount, mentions, mentionCount, timeline, timelineCount`;

/** Items of each list in one dossier page unless asked otherwise, and the most one page may hold. */
export const DOSSIER_PAGE = 100;
export const DOSSIER_MAX_PAGE = 500;

@Resolver()
export class EntityResolver {
  /** One query with CALL subqueries: relations, mentions and timeline. */
  @Query(() => Dossier, {
    nullable: true,
    description:
      'Everything known about one entity: its properties, every stated relationship with its passage, the passages ' +
      'that mention it, and a timeline of dated things around it (sessions, events, twinning steps), each list a ' +
      'page (limit, offset) with its whole count. Null if there is no entity with that id.',
  })
  async entity(
    @Arg('id', () => ID, { description: 'An entity id, e.g. "person:katja-struc".' }) id: string,
    @Arg('limit', () => Int, {
      defaultValue: DOSSIER_PAGE,
      description: `At most this many items in each list (relations, mentions, timeline), 1 to ${DOSSIER_MAX_PAGE}; the counts say how many there are.`,
    })
    limit: number,
    @Arg('offset', () => Int, {
      defaultValue: 0,
      description: 'How many items of each list to skip: the next page of a list starts at offset + limit.',
    })
    offset: number,
    @Ctx() ctx: ApiContext,
  ): Promise<Dossier | null> {
    requireCount('limit', limit, 1, DOSSIER_MAX_PAGE);
    requireCount('offset', offset, 0);
    const { records } = await ctx.executionContext.executeQuery(
      ENTITY,
      { id, evidenceKeys: EVIDENCE_KEYS, kinds: NODE_KINDS, limit: int(limit), offset: int(offset) },
      { database: ctx.database, routing: 'READ' },
    );
    const row = records[0];
    return row ? (row.toObject() as Dossier) : null;
  }
}
