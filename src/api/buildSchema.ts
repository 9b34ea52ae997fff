import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mergeSchemas } from '@graphql-tools/schema';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { buildSchema as buildTypeGraphqlSchema } from 'type-graphql';
import { readTypeDefs } from './readTypeDefs.js';
import { discoverResolvers } from './discoverResolvers.js';
import { withPageLimits } from './withPageLimits.js';

/**
 * The one GraphQL schema: the API @neo4j/graphql generates from `schema/`
 * (filters, sorting, pagination, aggregations), merged with the type-graphql
 * resolvers that answer the analysts' questions in one Cypher query each.
 */
export async function buildSchema(driver: Driver, maxPageSize = 500): Promise<GraphQLSchema> {
  const typeDefs = withPageLimits(readTypeDefs(), maxPageSize);
  // Tokens are verified once, by the server (src/api/auth/verifyToken.ts), which hands the claims
  // over as `jwt` in the context; this key only satisfies the library and verifies nothing.
  const authorization = { key: randomBytes(32).toString('hex') };
  const generated = await new Neo4jGraphQL({ typeDefs, driver, features: { authorization } }).getSchema();
  const custom = await buildTypeGraphqlSchema({
    resolvers: await discoverResolvers(),
    validate: false,
    emitSchemaFile: false,
  });
  return mergeSchemas({ schemas: [generated, custom] });
}
