import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql';

/** Arguments that ask for a number of items in the generated and custom API. */
const SIZE_ARGUMENTS = new Set(['limit', 'first', 'maxNodes']);

/** A size argument of a document, with the field it belongs to. */
interface SizeArgument {
  readonly field: string;
  readonly argument: ArgumentNode;
}

function numberOf(value: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/** Every size argument of a document, in document order. */
function sizeArgumentsOf(document: DocumentNode): readonly SizeArgument[] {
  const found: SizeArgument[] = [];
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) {
        if (SIZE_ARGUMENTS.has(argument.name.value)) found.push({ field: field.name.value, argument });
      }
    },
  });
  return found;
}

/**
 * Refuses a request for more than `max` items in one list (`limit:`,
 * `first:`), literal or variable, once the operation is known and before it
 * executes, so no database work starts. @neo4j/graphql's @limit caps silently;
 * this says which limit was hit, with HTTP status 400. A document's size
 * arguments are found once: Apollo hands the same parsed document to every
 * request with the same text, so they are kept with it (a WeakMap: they go
 * when Apollo's document cache lets the document go).
 */
export function maxPageSizePlugin(max: number): ApolloServerPlugin {
  const sizeArguments = new WeakMap<DocumentNode, readonly SizeArgument[]>();
  const argumentsOf = (document: DocumentNode): readonly SizeArgument[] => {
    let found = sizeArguments.get(document);
    if (!found) {
      found = sizeArgumentsOf(document);
      sizeArguments.set(document, found);
    }
    return found;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variables = request.variables ?? {};
          for (const { field, argument } of argumentsOf(document)) {
            const n = numberOf(argument.value, variables);
            if (n !== undefined && n > max) {
              throw new GraphQLError(
                `list size limit: ${field}(${argument.name.value}: ${n}) asks for more than the maximum of ${max} items per page; page with cursors instead`,
                {
                  extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxPageSize', max, http: { status: 400 } },
                  nodes: [argument],
                },
              );
            }
          }
        },
      };
    },
  };
}
