import type { GraphQLResolveInfo } from 'graphql';
import type { AuditActor } from '../load/auditTrail.js';
import type { ApiContext } from './context.js';

/** Who writes over GraphQL, for the audit trail: the token's subject, and the operation's name. */
export function graphqlActor(ctx: ApiContext, info?: Pick<GraphQLResolveInfo, 'operation'>): AuditActor {
  return {
    // The server always sets `caller`; a schema run on its own (tests) may only have @neo4j/graphql's `jwt`.
    actor: ctx.caller?.subject ?? jwtSubject(ctx['jwt']) ?? 'unknown',
    via: 'graphql',
    operationName: info?.operation.name?.value ?? null,
  };
}

function jwtSubject(jwt: unknown): string | undefined {
  const sub = (jwt as { sub?: unknown } | undefined)?.sub;
  return typeof sub === 'string' ? sub : undefined;
}
