import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Caller } from './verifyToken.js';

export const EDITOR_ROLE = 'editor';

/** Said to an anonymous caller when reads need a token, over GraphQL and HTTP alike. */
export const READS_NEED_TOKEN = 'this server requires a token for reads: send "Authorization: Bearer <JWT>"';

/**
 * One rule for every operation, generated or custom, applied once the
 * operation is known and before it executes (so no database transaction
 * starts): writes need a verified token with the editor role; reads are open
 * unless `requireForReads`, then they need any verified token.
 */
export function accessControlPlugin(requireForReads: boolean): ApolloServerPlugin<{ caller: Caller }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const caller = contextValue.caller;
          if (operation?.operation === 'mutation') {
            if (!caller.authenticated) {
              throw new GraphQLError('writes need a token: send "Authorization: Bearer <JWT>" with the editor role', {
                extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
              });
            }
            if (!caller.roles.includes(EDITOR_ROLE)) {
              throw new GraphQLError(
                `writes need the "${EDITOR_ROLE}" role; this token has ${JSON.stringify(caller.roles)}`,
                {
                  extensions: { code: 'FORBIDDEN', http: { status: 403 } },
                },
              );
            }
          } else if (requireForReads && !caller.authenticated) {
            throw new GraphQLError(READS_NEED_TOKEN, {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}
