import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { NODE_KINDS, nodeKindExpression, nodeLabelExpression } from '../cypher/nodeKind.js';
import { DataFinding } from './findings.type.js';

export const FINDINGS = `
MATCH (f:Finding)
WHERE ($documentId IS NULL OR f.documentId = $documentId) AND ($severity IS NULL OR f.severity = $severity)
OPTIONAL MATCH (d:Document {id: f.documentId})
CALL (f) {
  OPTIONAL MATCH (f)-[:CONCERNS]->(c)
  WITH c WHERE c IS NOT NULL ORDER BY c.id
  RETURN collect({id: c.id, type: ${nodeKindExpression('c')}, label: ${nodeLabelExpression('c')}}) AS concerns
}
CALL (f) {
  OPTIONAL MATCH (f)-[:EVIDENCED_BY]->(p:Passage)-[:IN_DOCUMENT]->(pd:Document)
  WITH p, pd WHERE p IS NOT NULL ORDER BY p.start
  RETURN collect({documentId: pd.id, documentTitle: coalesce(pd.titleEn, pd.title), quote: p.quote, start: p.start, end: p.end}) AS evidence
}
RETURN f {.id, .kind, .severity, .message,
          document: {id: f.documentId, type: 'Document', label: coalesce(d.titleEn, d.title, f.documentId)},
          concerns: concerns, evidence: evidence} AS finding
ORDER BY f.severity, f.id`;

@Resolver()
export class FindingsResolver {
  /** One query: findings with what they concern and their passages. */
  @Query(() => [DataFinding], { description: 'Inconsistencies recorded while loading documents, with their evidence.' })
  async findings(
    @Ctx() ctx: ApiContext,
    @Arg('documentId', () => ID, { nullable: true }) documentId?: string,
    @Arg('severity', () => String, { nullable: true, description: 'warning or error' }) severity?: string,
  ): Promise<DataFinding[]> {
    const { records } = await ctx.executionContext.executeQuery(
      FINDINGS,
      { documentId: documentId ?? null, severity: severity ?? null, kinds: NODE_KINDS },
      { database: ctx.database, routing: 'READ' },
    );
    return records.map((r) => r.get('finding') as DataFinding);
  }
}
