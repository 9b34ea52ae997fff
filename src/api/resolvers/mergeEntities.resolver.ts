import { GraphQLError } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { graphqlActor } from '../auditActor.js';
import { ensureSchema } from '../../load/ensureSchema.js';
import { mergeEntities } from '../../load/mergeEntities.js';
import { MergeRefusedError } from '../../load/MergeRefusedError.js';
import { EDITOR_ROLE } from '../auth/accessControlPlugin.js';
import { badUserInput } from '../badUserInput.js';
import type { ApiContext } from '../context.js';
import { MergeReport } from './mergeEntities.type.js';

@Resolver()
export class MergeEntitiesResolver {
  /** An editor's merge of two nodes that are one entity; a refused merge changes nothing. */
  @Mutation(() => MergeReport, {
    description:
      'Merge one entity into another of the same kind in one transaction (editor role): its relationships and ' +
      'passages move to the kept entity, its name becomes an alias, the merge is recorded, and documents that ' +
      'still use the merged id load onto the kept entity.',
  })
  async mergeEntities(
    @Arg('keep', () => String, { description: 'The id of the entity that stays.' }) keep: string,
    @Arg('merge', () => String, { description: 'The id of the entity merged into it.' }) merge: string,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('reason', () => String, { nullable: true, description: 'Why they are one, for the record.' })
    reason?: string,
  ): Promise<MergeReport> {
    // The access-control plugin already refused anyone else; this keeps the rule next to the write.
    if (!ctx.caller.roles.includes(EDITOR_ROLE)) {
      throw new GraphQLError(`writes need the "${EDITOR_ROLE}" role`, { extensions: { code: 'FORBIDDEN' } });
    }
    try {
      await ensureSchema(ctx.executionContext, ctx.database);
      return await mergeEntities(ctx.executionContext, ctx.database, {
        keep,
        merge,
        reason,
        by: ctx.caller.subject ?? 'unknown editor',
        audit: graphqlActor(ctx, info),
      });
    } catch (error) {
      if (error instanceof MergeRefusedError) throw badUserInput(error.message, 'merge');
      throw error;
    }
  }
}
