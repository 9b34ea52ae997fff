import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { GraphStats } from './graphStats.type.js';

// From the count store (apoc.meta.stats): constant time however large the graph.
export const STATS = `
CALL apoc.meta.stats() YIELD nodeCount, relCount, labels
RETURN nodeCount AS nodes, relCount AS relationships, coalesce(labels['Document'], 0) AS documents,
       [label IN apoc.coll.sort(keys(labels)) WHERE labels[label] > 0 | {label: label, count: labels[label]}] AS labels`;

@Resolver()
export class GraphStatsResolver {
  /** One query: counts by label, relationships, documents. */
  @Query(() => GraphStats, { description: 'The size of the graph: nodes by label, relationships, documents.' })
  async graphStats(@Ctx() ctx: ApiContext): Promise<GraphStats> {
    const { records } = await ctx.executionContext.executeQuery(STATS, {}, { database: ctx.database, routing: 'READ' });
    const row = records[0];
    if (!row) throw new Error('graphStats returned no row');
    return {
      nodes: row.get('nodes') as number,
      relationships: row.get('relationships') as number,
      documents: row.get('documents') as number,
      labels: row.get('labels') as { label: string; count: number }[],
    };
  }
}
