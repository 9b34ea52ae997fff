import { GraphQLError } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { graphqlActor } from '../auditActor.js';
import { applyReviewDecisions, type AppliedDecision } from '../../import/review/applyReviewDecisions.js';
import { ReviewDecisionError } from '../../import/review/reviewDecision.js';
import { slugify } from '../../import/names/slugify.js';
import type { RawFactsFile } from '../../facts/factsSchema.js';
import { recordReviewDecisions } from '../../load/recordReviewDecisions.js';
import { EDITOR_ROLE } from '../auth/accessControlPlugin.js';
import { badUserInput } from '../badUserInput.js';
import type { ApiContext } from '../context.js';
import { loadFactsText } from './loadFactsText.js';
import { ReviewDecisionInput, ReviewedDraftReport } from './loadReviewedDraft.type.js';

/**
 * The ids of the graph a reviewer's new entities must not take: the draft's
 * own node ids the graph holds, and every id that starts like a new one would
 * (one parameterised query).
 */
async function takenIds(ctx: ApiContext, facts: RawFactsFile, decisions: readonly ReviewDecisionInput[]) {
  const byId = new Map(facts.nodes.map((n) => [n.id, n]));
  const prefixes = decisions.flatMap((d) => {
    const node = d.action === 'CREATE_NEW' ? byId.get(d.fact) : undefined;
    if (!node) return [];
    const name = d.name?.trim() || (typeof node.name === 'string' ? node.name : '');
    return [`${node.id.slice(0, node.id.indexOf(':'))}:${slugify(name) || 'unnamed'}`];
  });
  if (prefixes.length === 0) return new Set<string>();
  const { records } = await ctx.executionContext.executeQuery(
    `MATCH (n:Entity)
     WHERE n.id IN $ids OR any(p IN $prefixes WHERE n.id STARTS WITH p)
     RETURN collect(n.id) AS ids`,
    { ids: [...byId.keys()], prefixes },
    { database: ctx.database, routing: 'READ' },
  );
  return new Set<string>((records[0]?.get('ids') as string[] | undefined) ?? []);
}

@Resolver()
export class LoadReviewedDraftResolver {
  /**
   * The review screen's load: the draft as draftImport returned it, the
   * reviewer's decisions applied to it, then validated and loaded exactly as
   * importFacts loads, with the decisions recorded in the same transaction.
   */
  @Mutation(() => ReviewedDraftReport, {
    description:
      "Load a draft (draftImport's facts and documentText) with a reviewer's decisions applied (editor role): " +
      'ACCEPT, REJECT, CORRECT (a name), CHOOSE_CANDIDATE (an existing entity) or CREATE_NEW per fact. ' +
      'Validated and loaded like importFacts, in one transaction with the record of the decisions ' +
      '(ReviewDecision nodes of the document, by the token subject). A bad decision or a refused file changes nothing; ' +
      'loading the same draft with the same decisions again adds nothing.',
  })
  async loadReviewedDraft(
    @Arg('facts', () => String, { description: 'The draft facts file (draftImport.facts).' }) facts: string,
    @Arg('documentText', () => String, { description: 'The document text (draftImport.documentText).' })
    documentText: string,
    @Arg('decisions', () => [ReviewDecisionInput]) decisions: ReviewDecisionInput[],
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReviewedDraftReport> {
    if (!ctx.caller.roles.includes(EDITOR_ROLE)) {
      throw new GraphQLError(`writes need the "${EDITOR_ROLE}" role`, { extensions: { code: 'FORBIDDEN' } });
    }
    let applied: readonly AppliedDecision[] = [];
    const report = await loadFactsText(ctx, facts, documentText, {
      audit: { action: 'REVIEWED_LOAD', ...graphqlActor(ctx, info) },
      prepare: async (file) => {
        try {
          const reviewed = applyReviewDecisions(file, decisions, { takenIds: await takenIds(ctx, file, decisions) });
          applied = reviewed.applied;
          return reviewed.facts;
        } catch (error) {
          if (error instanceof ReviewDecisionError) {
            throw badUserInput(error.message, 'decisions', { problems: error.problems });
          }
          throw error;
        }
      },
      alsoInTransaction: async (tx, documentId) => {
        const run = async (cypher: string, params: Record<string, unknown>) => void (await tx.run(cypher, params));
        await recordReviewDecisions(run, documentId, ctx.caller.subject ?? 'unknown', applied);
      },
    });
    return {
      ...report,
      decisions: applied.length,
      rejected: applied.filter((a) => a.action === 'REJECT').length,
    };
  }
}
