import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { badUserInput } from '../badUserInput.js';
import type { ApiContext } from '../context.js';
import { NODE_KINDS, nodeKindExpression, nodeLabelExpression } from '../cypher/nodeKind.js';
import { SOURCE_PASSAGE_OF } from './sourcePassage.type.js';
import { TwinningSummary, type TwinningActor } from './twinnings.type.js';

export const TWINNINGS = `
OPTIONAL MATCH (m:Municipality {id: $municipality})
CALL (m) {
  OPTIONAL MATCH (m)-[:GOVERNS]->(home:City)
  RETURN collect(home) AS homes
}
CALL (m, homes) {
  // From the municipality's own cities, never from every Twinning: the cost follows the answer, not the graph.
  UNWIND homes AS home
  MATCH (t:Twinning)-[:PARTNER]->(home)
  WITH DISTINCT t, homes
  CALL (t, homes) {
    OPTIONAL MATCH (t)-[pr:PARTNER]->(p:City) WHERE NOT p IN homes
    OPTIONAL MATCH (p)-[:LOCATED_IN]->(country:Country)
    OPTIONAL MATCH (pd:Document {id: pr.documentId})
    WITH p, pr, pd, head(collect(country)) AS country WHERE p IS NOT NULL
    RETURN collect({
      id: p.id, name: p.name, nameEn: p.nameEn, aliases: p.aliases, lat: p.lat, lng: p.lng,
      country: CASE WHEN country IS NULL THEN null
               ELSE {id: country.id, name: country.name, nameEn: country.nameEn, isoCode: country.isoCode} END,
      evidence: ${SOURCE_PASSAGE_OF('pr', 'pd')}
    }) AS partners
  }
  CALL (t) {
    OPTIONAL MATCH (t)-[:HAS_STEP]->(s:StatusChange)
    OPTIONAL MATCH (s)-[:DECIDED_BY]->(r:Resolution)
    CALL (s) {
      OPTIONAL MATCH (s)-[:EVIDENCED_BY]->(sp:Passage)-[:IN_DOCUMENT]->(sd:Document)
      RETURN collect({documentId: sd.id, documentTitle: coalesce(sd.titleEn, sd.title), quote: sp.quote, start: sp.start, end: sp.end}) AS evidence
    }
    WITH s, r, evidence WHERE s IS NOT NULL
    ORDER BY s.dateFrom, s.dateTo
    RETURN collect({
      id: s.id, status: s.status, date: s.date, dateFrom: s.dateFrom, noteEn: s.noteEn,
      resolution: CASE WHEN r IS NULL THEN null ELSE {id: r.id, type: 'Resolution', label: coalesce(r.textEn, r.text)} END,
      evidence: evidence
    }) AS history
  }
  CALL (t) {
    OPTIONAL MATCH (a:Entity)-[inv:INVOLVED_IN]->(t)
    OPTIONAL MATCH (d:Document {id: inv.documentId})
    WITH a, inv, d WHERE a IS NOT NULL
    ORDER BY inv.role, a.id
    RETURN collect({
      role: inv.role, noteEn: inv.noteEn,
      actor: {id: a.id, type: ${nodeKindExpression('a')}, label: ${nodeLabelExpression('a')}},
      evidence: ${SOURCE_PASSAGE_OF('inv', 'd')}
    }) AS actors
  }
  WITH t, partners, history, actors ORDER BY t.statusDate DESC, t.id
  RETURN collect({
    id: t.id, kind: t.kind, name: t.name, nameEn: t.nameEn, status: t.status, statusDate: t.statusDate,
    partners: partners, history: history, actors: actors
  }) AS twinnings
}
RETURN m IS NOT NULL AS found, twinnings`;

type Row = Omit<TwinningSummary, 'actors'> & { actors: TwinningActor[] };

@Resolver()
export class TwinningsResolver {
  /** One query: the municipality's twinnings with partners, history and actors by role. */
  @Query(() => [TwinningSummary], {
    description:
      "A municipality's twinnings and partnerships: partner city and country, kind, current status and its dated history, " +
      'and the actors who initiated, proposed, brokered or supported each, with the passage that says so.',
  })
  async twinnings(
    @Arg('municipality', () => ID, { description: 'The municipality id, e.g. "org:mestna-obcina-kranj".' })
    municipality: string,
    @Ctx() ctx: ApiContext,
  ): Promise<TwinningSummary[]> {
    const { records } = await ctx.executionContext.executeQuery(
      TWINNINGS,
      { municipality, kinds: NODE_KINDS },
      { database: ctx.database, routing: 'READ' },
    );
    const row = records[0];
    if (!row?.get('found')) throw badUserInput(`no municipality with id "${municipality}"`, 'municipality');
    return (row.get('twinnings') as Row[]).map((t) => ({
      ...t,
      actors: {
        initiated: t.actors.filter((a) => a.role === 'INITIATED'),
        proposed: t.actors.filter((a) => a.role === 'PROPOSED'),
        brokered: t.actors.filter((a) => a.role === 'BROKERED'),
        supported: t.actors.filter((a) => a.role === 'SUPPORTED'),
      },
    }));
  }
}
