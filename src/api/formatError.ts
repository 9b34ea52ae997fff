import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Neo4j's refusal of a negative SKIP or LIMIT: the generated API passes the
 * client's `offset`, `limit` and `first` through unchecked, so it is the
 * client's mistake (answered 400), not a server failure.
 */
const NEGATIVE_COUNT = /^(?:(SKIP|LIMIT): )?Invalid input\. '(-\d+)' is not a valid value\. Must be a non-negative/;
const COUNT_ARGUMENT: Readonly<Record<string, string>> = { SKIP: 'offset', LIMIT: 'limit (or first)' };

/**
 * graphql-js's own refusal of an argument while executing: a nullable variable
 * (`$limit: Int`) is allowed where an argument with a default is non-null
 * (`limit: Int! = 20`), and a null sent in it is refused only then, as an
 * error without a code, which Apollo would answer as an internal error.
 */
const ARGUMENT_COERCION = /^Argument "[^"]+" (?:of non-null type "[^"]+" must not be null|has invalid value)/;

/** Codes of errors that describe the client's own request; their messages are kept. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_LIMIT_EXCEEDED',
]);

/**
 * What a client sees of an error: its own mistakes in full (a negative page
 * size too, which only Neo4j notices); a database outage as one clear
 * sentence; anything else as a generic message, with the detail in the
 * server log only. Never a stack trace or Cypher.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? '');
  if (CLIENT_CODES.has(code)) return formatted;
  const original = unwrapResolverError(error) as { code?: string; message?: string } | undefined;
  const neo4jCode = original?.code ?? '';
  const base = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  if (original instanceof GraphQLError && !original.originalError && ARGUMENT_COERCION.test(original.message)) {
    return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (
    neo4jCode === 'Neo.ClientError.Schema.ConstraintValidationFailed' ||
    (original as { name?: string } | undefined)?.name === 'Neo4jGraphQLConstraintValidationError'
  ) {
    // A create (or update) with an id the graph already has: the generated API's message says only "Constraint
    // validation failed", and Neo4j's names internal node ids, so the client is told what to do instead.
    const field = typeof formatted.path?.[0] === 'string' ? `${formatted.path[0]}: ` : '';
    return {
      ...base,
      message: `${field}a node with this id already exists (ids are unique); nothing was written. Choose another id, or update the existing node.`,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  const count = neo4jCode === 'Neo.ClientError.Statement.ArgumentError' && NEGATIVE_COUNT.exec(original?.message ?? '');
  if (count) {
    return {
      ...base,
      message: `${COUNT_ARGUMENT[count[1] ?? ''] ?? 'limit, first or offset'} must not be negative; it was ${count[2]}`,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  if (
    UNAVAILABLE.has(neo4jCode) ||
    /connect ECONNREFUSED|Pool is closed|Failed to connect/.test(original?.message ?? '')
  ) {
    logger.warn({ err: original }, 'Neo4j unavailable during a request');
    return {
      ...base,
      message: 'The graph database is not reachable right now; try again shortly.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  logger.error({ err: original, path: formatted.path }, 'request failed');
  return {
    ...base,
    message: 'Internal server error: the request could not be answered. The server log has the details.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
