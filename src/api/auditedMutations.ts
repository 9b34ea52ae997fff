import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { auditDetails, changesAnything, summarizeCounters, writeAuditEvent } from '../load/auditTrail.js';
import { addUpdates, noUpdates, type UpdateTotals } from '../load/countingRun.js';
import { graphqlActor } from './auditActor.js';
import type { ApiContext } from './context.js';

/**
 * A transaction as @neo4j/graphql's executor sees it (it only calls `run`),
 * counting what every statement changed.
 */
function countingTransaction(tx: ManagedTransaction): {
  executionContext: { run: (query: string, params?: Record<string, unknown>) => Promise<QueryResult> };
  totals: UpdateTotals;
} {
  const totals = noUpdates();
  const run = async (query: string, params?: Record<string, unknown>): Promise<QueryResult> => {
    const result = await tx.run(query, params);
    addUpdates(totals, result);
    return result;
  };
  return { executionContext: { run }, totals };
}

/**
 * Makes every mutation of the generated API (create…, update…, delete…)
 * record itself: the field's resolver runs in a write transaction opened here
 * (handed to @neo4j/graphql as `executionContext`, which the library accepts
 * in place of a driver and then neither commits nor rolls back), and a
 * GRAPHQL_MUTATION `:AuditEvent` (the token's subject, the operation's name,
 * the field, its arguments, the counters) is written in that same transaction
 * before it commits. So a refused or failed mutation leaves no record, and a
 * committed one always has its record. A mutation that changed nothing (a
 * delete that matched nothing) records nothing. Each generated field is one
 * transaction, as it was before. Changes `schema` in place and returns it;
 * apply it to the generated schema before merging in the custom resolvers
 * (which record their own writes).
 */
export function auditGeneratedMutations(schema: GraphQLSchema, database: string): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation) return schema;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve as GraphQLFieldResolver<unknown, ApiContext> | undefined;
    if (!resolve) continue;
    field.resolve = async (root, args: Record<string, unknown>, ctx: ApiContext, info) => {
      const driver = ctx.executionContext;
      const session = driver.session({
        database: ctx.database || database,
        defaultAccessMode: 'WRITE',
        bookmarkManager: driver.executeQueryBookmarkManager,
      });
      try {
        return await session.executeWrite(async (tx) => {
          const { executionContext, totals } = countingTransaction(tx);
          // A fresh context per attempt: the library writes into it (jwt, executionContext).
          const result: unknown = await resolve(root, args, { ...ctx, executionContext } as never, info);
          if (changesAnything(totals)) {
            await writeAuditEvent(tx, {
              ...graphqlActor(ctx, info),
              action: 'GRAPHQL_MUTATION',
              counters: { ...totals },
              summary: `${info.fieldName}: ${summarizeCounters(totals)}`,
              mutationFields: [info.fieldName],
              details: auditDetails(args),
            });
          }
          return result;
        });
      } finally {
        await session.close();
      }
    };
  }
  return schema;
}
