import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ValueNode } from 'graphql';

/** Arguments that ask for a number of items in the generated and custom API. */
const SIZE_ARGUMENTS = new Set(['limit', 'first', 'maxNodes']);

function numberOf(value: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/**
 * Refuses a request for more than `max` items in one list (`limit:`,
 * `first:`), literal or variable, once the operation is known and before it
 * executes, so no database work starts. @neo4j/graphql's @limit caps silently;
 * this says which limit was hit, with HTTP status 400.
 */
export function maxPageSizePlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variables = request.variables ?? {};
          visit(document, {
            Field(field) {
              for (const argument of field.arguments ?? []) {
                if (!SIZE_ARGUMENTS.has(argument.name.value)) continue;
                const n = numberOf(argument.value, variables);
                if (n !== undefined && n > max) {
                  throw new GraphQLError(
                    `list size limit: ${field.name.value}(${argument.name.value}: ${n}) asks for more than the maximum of ${max} items per page; page with cursors instead`,
                    {
                      extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxPageSize', max, http: { status: 400 } },
                      nodes: [argument],
                    },
                  );
                }
              }
            },
          });
        },
      };
    },
  };
}
