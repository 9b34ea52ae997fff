import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mergeSchemas } from '@graphql-tools/schema';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { isObjectType, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { buildSchema as buildTypeGraphqlSchema } from 'type-graphql';
import { auditGeneratedMutations } from './auditedMutations.js';
import { readTypeDefs } from './readTypeDefs.js';
import { retryStaleReads } from './retryStaleReads.js';
import { discoverResolvers } from './discoverResolvers.js';
import { withPageLimits } from './withPageLimits.js';

/**
 * The one GraphQL schema: the API @neo4j/graphql generates from `schema/`
 * (filters, sorting, pagination, aggregations), merged with the type-graphql
 * resolvers that answer the analysts' questions in one Cypher query each.
 * Every generated mutation records an audit event in its own transaction
 * (src/api/auditedMutations.ts); a read that met a node deleted while it
 * ran reads again (src/api/retryStaleReads.ts).
 */
export async function buildSchema(driver: Driver, maxPageSize: number, database: string): Promise<GraphQLSchema> {
  const typeDefs = withPageLimits(readTypeDefs(), maxPageSize);
  // Tokens are verified once, by the server (src/api/auth/verifyToken.ts), which hands the claims
  // over as `jwt` in the context; this key only satisfies the library and verifies nothing.
  const authorization = { key: randomBytes(32).toString('hex') };
  const generated = retryStaleReads(
    auditGeneratedMutations(
      await new Neo4jGraphQL({ typeDefs, driver, features: { authorization } }).getSchema(),
      database,
    ),
  );
  const custom = await buildTypeGraphqlSchema({
    resolvers: await discoverResolvers(),
    validate: false,
    emitSchemaFile: false,
  });
  return retryStaleReads(keepFieldResolvers(mergeSchemas({ schemas: [generated, custom] }), generated));
}

/**
 * Puts back the field resolvers of `from` that the merge dropped: graphql-tools
 * leaves out every resolver named "defaultFieldResolver", and @neo4j/graphql's
 * own, which reads an aliased field (`a0: name`) under its alias, has that
 * name. Without it an alias of a generated field answered null (a 500 for a
 * non-null field such as Person.name).
 */
function keepFieldResolvers(merged: GraphQLSchema, from: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(from.getTypeMap())) {
    const target = merged.getType(type.name);
    if (!isObjectType(type) || !isObjectType(target)) continue;
    const targetFields = target.getFields();
    for (const [name, field] of Object.entries(type.getFields())) {
      const into = targetFields[name];
      if (into && field.resolve && !into.resolve) into.resolve = field.resolve;
    }
  }
  return merged;
}
