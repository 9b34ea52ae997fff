import { GraphQLError } from 'graphql';

/** An error in the client's arguments: shown to the client as it is, with code BAD_USER_INPUT. */
export function badUserInput(message: string, argument?: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}), ...details },
  });
}
