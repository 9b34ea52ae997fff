import { GraphQLError } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { graphqlActor } from '../auditActor.js';
import { ensureSchema } from '../../load/ensureSchema.js';
import { removeDocument, UnknownDocumentError } from '../../load/removeDocument.js';
import { EDITOR_ROLE } from '../auth/accessControlPlugin.js';
import { badUserInput } from '../badUserInput.js';
import type { ApiContext } from '../context.js';
import { RemoveReport } from './removeDocument.type.js';

@Resolver()
export class RemoveDocumentResolver {
  /** An editor's removal of one document; what other documents state stays. */
  @Mutation(() => RemoveReport, {
    description:
      'Remove one document in one transaction (editor role): its passages, findings, and everything only it ' +
      'states. What other documents also state stays, with their values and evidence.',
  })
  async removeDocument(
    @Arg('id', () => String, { description: 'The document id, e.g. "doc:kranj-kmms-2021-12-14-seja-2".' }) id: string,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RemoveReport> {
    // The access-control plugin already refused anyone else; this keeps the rule next to the write.
    if (!ctx.caller.roles.includes(EDITOR_ROLE)) {
      throw new GraphQLError(`writes need the "${EDITOR_ROLE}" role`, { extensions: { code: 'FORBIDDEN' } });
    }
    try {
      await ensureSchema(ctx.executionContext, ctx.database);
      return await removeDocument(ctx.executionContext, ctx.database, id, graphqlActor(ctx, info));
    } catch (error) {
      if (error instanceof UnknownDocumentError) throw badUserInput(error.message, 'id');
      throw error;
    }
  }
}
