import type { ApolloServerPlugin } from '@apollo/server';

/** The HTTP status each error code of this API stands for: the client's mistakes 4xx, the server's failures 5xx. */
const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  QUERY_LIMIT_EXCEEDED: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INTERNAL_SERVER_ERROR: 500,
  DATABASE_UNAVAILABLE: 503,
};

/**
 * Returns the plugin that sets a response's HTTP status from its (formatted)
 * errors' codes, so that monitoring tells a client's mistake (4xx) from an
 * outage (5xx) whatever stage refused the request: Apollo answers a plugin's
 * or context's error without `extensions.http` as 500, and a resolver's
 * error, even a database outage, as 200. The most serious code wins; a more
 * specific 4xx that Apollo already chose (405 for a GET mutation, 415) stays.
 */
export function errorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const statuses = (response.body.singleResult.errors ?? [])
            .map((error) => STATUS_OF_CODE[String(error.extensions?.['code'])])
            .filter((status): status is number => status !== undefined);
          if (statuses.length === 0) return;
          const status = Math.max(...statuses);
          const current = response.http.status;
          if (status >= 500 || current === undefined || current === 200 || current === 500) {
            response.http.status = status;
          }
        },
      };
    },
  };
}
