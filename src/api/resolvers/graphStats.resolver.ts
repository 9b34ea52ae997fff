import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { GraphStats } from './graphStats.type.js';

const STATS = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () {
  MATCH (n) UNWIND labels(n) AS label
  WITH label, count(*) AS count ORDER BY label
  RETURN collect({label: label, count: count}) AS labels
}
RETURN nodes, relationships, documents, labels`;

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
