import { GraphQLError } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { graphqlActor } from '../auditActor.js';
import { EDITOR_ROLE } from '../auth/accessControlPlugin.js';
import type { ApiContext } from '../context.js';
import { ImportReport } from './importFacts.type.js';
import { loadFactsText } from './loadFactsText.js';

@Resolver()
export class ImportFactsResolver {
  /**
   * The importer's way in: a facts file (YAML or JSON) and the text of its
   * document, validated like `npm run seed` does and loaded in one
   * transaction. Editors only; a refused file changes nothing.
   */
  @Mutation(() => ImportReport, {
    description:
      'Validate a facts file against its document text and load it in one transaction (editor role). ' +
      'Loading the same facts again changes nothing; a refused file leaves the graph as it was. ' +
      'Facts still marked for review (a `review:` entry) are validated but not loaded.',
  })
  async importFacts(
    @Arg('facts', () => String, { description: 'The facts file, YAML or JSON.' }) facts: string,
    @Arg('documentText', () => String, { description: 'The document, exactly as the offsets count it.' })
    documentText: string,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ImportReport> {
    // The access-control plugin already refused anyone else; this keeps the rule next to the write.
    if (!ctx.caller.roles.includes(EDITOR_ROLE)) {
      throw new GraphQLError(`writes need the "${EDITOR_ROLE}" role`, { extensions: { code: 'FORBIDDEN' } });
    }
    return loadFactsText(ctx, facts, documentText, { audit: { action: 'IMPORT_LOAD', ...graphqlActor(ctx, info) } });
  }
}
