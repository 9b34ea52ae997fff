import { int } from 'neo4j-driver';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { FULLTEXT_INDEX } from '../../load/ensureSchema.js';
import { badUserInput } from '../badUserInput.js';
import { requireCount } from '../requireCount.js';
import type { ApiContext } from '../context.js';
import { fulltextQuery, MAX_SEARCH_TEXT } from '../cypher/fulltextQuery.js';
import { NODE_KINDS, nodeKindExpression } from '../cypher/nodeKind.js';
import { SearchHit } from './search.type.js';

const MAX_LIMIT = 100;

/**
 * The full-text index over every Named node (name, nameEn, aliases,
 * abbreviation; accent-folding analyzer). `matched` is the candidate name
 * whose cleaned form (lowercase, no accents, letters and digits only)
 * contains most of the searched terms.
 */
export const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WITH node, score ORDER BY score DESC, node.id LIMIT $limit
WITH node, score, [t IN $terms | apoc.text.clean(t)] AS terms,
     [c IN [node.name, node.nameEn, node.abbreviation] + coalesce(node.aliases, []) WHERE c IS NOT NULL] AS candidates
WITH node, score, [c IN candidates | {text: c, hits: size([t IN terms WHERE t <> '' AND apoc.text.clean(c) CONTAINS t])}] AS scored
WITH node, score,
     reduce(best = null, s IN scored | CASE WHEN s.hits > coalesce(best.hits, 0) THEN s ELSE best END) AS best
RETURN node.id AS id, ${nodeKindExpression('node')} AS type, node.name AS name, node.nameEn AS nameEn,
       coalesce(node.aliases, []) AS aliases, score, best.text AS matched
ORDER BY score DESC, id`;

@Resolver()
export class SearchResolver {
  /** One query: the full-text index, highest score first. */
  @Query(() => [SearchHit], {
    description:
      'Finds people, organisations, places, twinnings and events by any name, alias or abbreviation, in any language ' +
      'and script, ignoring accents (struc finds Katja Štruc); words also match as prefixes and with one typo. ' +
      'The text is plain text, never query syntax.',
  })
  async search(
    @Arg('text', () => String, { description: 'Words to look for, e.g. "yekaterinburg", "Екатеринбург", "spirit".' })
    text: string,
    @Arg('limit', () => Int, { defaultValue: 20, description: 'At most this many hits, 1 to 100.' })
    limit: number,
    @Ctx() ctx: ApiContext,
  ): Promise<SearchHit[]> {
    if (text.trim() === '') throw badUserInput('text must not be empty: give a name or words to search for', 'text');
    if (text.length > MAX_SEARCH_TEXT) {
      throw badUserInput(`text must be at most ${MAX_SEARCH_TEXT} characters long (it has ${text.length})`, 'text');
    }
    requireCount('limit', limit, 1, MAX_LIMIT);
    const { lucene, terms } = fulltextQuery(text);
    const { records } = await ctx.executionContext.executeQuery(
      SEARCH,
      { index: FULLTEXT_INDEX, query: lucene, terms, limit: int(limit), kinds: NODE_KINDS },
      { database: ctx.database, routing: 'READ' },
    );
    return records.map((r) => r.toObject() as SearchHit);
  }
}
