import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { DEFAULT_GRAPH_NODES } from '../graphView/graphView.js';
import { GraphViewError } from '../graphView/GraphViewError.js';
import { readGraphView } from '../graphView/readGraphView.js';
import { badUserInput } from '../badUserInput.js';
import type { ApiContext } from '../context.js';
import { GraphArgs, GraphView } from './graph.type.js';

@Resolver()
export class GraphResolver {
  /** One Cypher query (apoc.path.subgraphNodes from the focus, or all Entity nodes); see readGraphView. */
  @Query(() => GraphView, {
    description:
      'Nodes and edges for a visualisation: the graph within `depth` relationships of `focus` (or the whole graph), ' +
      'optionally only some node kinds, optionally with provenance (Passage and Document nodes).',
  })
  async graph(@Ctx() ctx: ApiContext, @Args(() => GraphArgs) args: GraphArgs): Promise<GraphView> {
    try {
      return await readGraphView(ctx.executionContext, ctx.database, {
        focus: args.focus ?? undefined,
        depth: args.depth ?? 1,
        types: args.types ?? undefined,
        includeProvenance: args.includeProvenance ?? false,
        maxNodes: args.maxNodes ?? DEFAULT_GRAPH_NODES,
      });
    } catch (error) {
      if (error instanceof GraphViewError) {
        throw badUserInput(error.message, error.argument);
      }
      throw error;
    }
  }
}
