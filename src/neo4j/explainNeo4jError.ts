import type { Neo4jConnection } from './neo4jConnection.js';

/**
 * Turns a driver error into one sentence that says what is wrong and what to
 * do, for start-up and the CLI. Other errors pass through unchanged.
 */
export function explainNeo4jError(error: unknown, connection: Pick<Neo4jConnection, 'uri' | 'user' | 'local'>): Error {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Error(
      `Neo4j at ${connection.uri} refused user "${connection.user}": wrong user or password. ` +
        (connection.local ? 'The local password is in .local/neo4j/password.' : 'Check NEO4J_USER and NEO4J_PASSWORD.'),
    );
  }
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|ENOTFOUND|Could not perform discovery/.test(message)
  ) {
    return new Error(
      `Neo4j at ${connection.uri} is not reachable (${message.split('\n')[0]}). ` +
        (connection.local ? 'Start it with `npm run neo4j start`.' : 'Check NEO4J_URI and that the server runs.'),
    );
  }
  return error instanceof Error ? error : new Error(message);
}
