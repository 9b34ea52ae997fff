import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { LOAD_ACTIONS } from '../../load/auditTrail.js';
import type { ApiContext } from '../context.js';
import { FactOrigin } from './factOrigin.type.js';

const RECORD = (e: string): string =>
  `${e} {.id, .action, .actor, .via, .summary, .operationName, at: toString(${e}.at)}`;

/**
 * Who added a fact, in one query: the documents whose claims state it
 * (`:Claim {factId}`, src/load/storedClaim.ts; an id merged away leads to the
 * kept entity's claims), for each its passages and the audit events that
 * loaded it; and the edits (generated mutations, merges) whose recorded
 * arguments name the id as a JSON string.
 */
export const FACT_ORIGIN = `
CALL () {
  MATCH (c:Claim {factId: $id}) RETURN c
  UNION
  MATCH (:Merge {merged: $id})<-[:MERGED_FROM]-(kept:Entity)
  MATCH (c:Claim {factId: kept.id}) RETURN c
}
WITH c ORDER BY c.date DESC, c.documentId
OPTIONAL MATCH (d:Document {id: c.documentId})
CALL (c, d) {
  UNWIND c.passageIds AS pid
  MATCH (p:Passage {id: pid})
  WITH p ORDER BY p.start
  RETURN collect({documentId: c.documentId, documentTitle: coalesce(d.titleEn, d.title), quote: p.quote,
                  start: p.start, end: p.end}) AS passages
}
CALL (c) {
  // A document's own events by a seek on documentId: never every load event of an action (one per document),
  // nor a scan of the documentId index, which the planner picks for {documentId: c.documentId} here.
  WITH c.documentId AS documentId
  MATCH (e:AuditEvent) USING INDEX SEEK e:AuditEvent(documentId)
  WHERE e.documentId = documentId AND e.action IN $loads
  WITH e ORDER BY e.at
  RETURN collect(${RECORD('e')}) AS loads
}
WITH collect(c)[0] AS first,
     collect({documentId: c.documentId, documentTitle: coalesce(d.titleEn, d.title), documentDate: d.date,
              passages: passages, loads: loads}) AS statements
CALL () {
  // The edits are a few among one load event per document: seek them by action, whatever the statistics say.
  MATCH (e:AuditEvent) USING INDEX e:AuditEvent(action)
  WHERE e.action IN $edits AND e.details CONTAINS $quoted
  WITH e ORDER BY e.at
  RETURN collect(${RECORD('e')}) AS edits
}
RETURN first.kind AS kind, first.type AS type, statements, edits`;

@Resolver()
export class FactOriginResolver {
  @Query(() => FactOrigin, {
    nullable: true,
    description:
      'Who added this fact: a node id or a relationship id → every document that states it, with its passages and ' +
      'the audit events that loaded the document (who, when), and the edits that name it. Null when nothing does.',
  })
  async factOrigin(
    @Arg('id', () => ID, { description: 'A node id ("person:katja-struc") or a relationship id.' }) id: string,
    @Ctx() ctx: ApiContext,
  ): Promise<FactOrigin | null> {
    const { records } = await ctx.executionContext.executeQuery(
      FACT_ORIGIN,
      { id, quoted: JSON.stringify(id), loads: LOAD_ACTIONS, edits: ['GRAPHQL_MUTATION', 'MERGE_ENTITIES'] },
      { database: ctx.database, routing: 'READ' },
    );
    const row = records[0];
    if (!row) return null;
    const statements = row.get('statements') as FactOrigin['statements'];
    const edits = row.get('edits') as FactOrigin['edits'];
    if (statements.length === 0 && edits.length === 0) return null;
    return {
      id,
      kind: row.get('kind') as string | null,
      type: row.get('type') as string | null,
      statements,
      edits,
      documents: statements.length,
    };
  }
}
