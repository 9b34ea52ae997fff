import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { GraphViewError } from '../graphView/GraphViewError.js';
import { readPartnerNetwork } from '../graphView/readPartnerNetwork.js';
import { badUserInput } from '../badUserInput.js';
import type { ApiContext } from '../context.js';
import { GraphView, PartnerNetworkArgs } from './graph.type.js';

@Resolver()
export class PartnerNetworkResolver {
  /** One Cypher query; see readPartnerNetwork. */
  @Query(() => GraphView, {
    description:
      "A municipality's partnerships as a graph: its city, its twinnings, the partner cities and their countries, " +
      'the actors involved in each twinning (role on the INVOLVED_IN edge), and the people and organisations ' +
      'around those actors up to `depth` relationships (HOLDS, MEMBERSHIP_IN, PART_OF, LOCATED_IN).',
  })
  async partnerNetwork(
    @Ctx() ctx: ApiContext,
    @Args(() => PartnerNetworkArgs) args: PartnerNetworkArgs,
  ): Promise<GraphView> {
    try {
      return await readPartnerNetwork(ctx.executionContext, ctx.database, { of: args.of, depth: args.depth ?? 2 });
    } catch (error) {
      if (error instanceof GraphViewError) {
        throw badUserInput(error.message, error.argument);
      }
      throw error;
    }
  }
}
