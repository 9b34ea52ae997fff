import { GraphQLError } from 'graphql';
import { importSPKI, jwtVerify, type JWTPayload } from 'jose';
import type { Config } from '../../config/config.js';

/** Who is asking: the subject and roles of a verified token, or nobody. */
export interface Caller {
  readonly subject?: string;
  readonly roles: readonly string[];
  readonly authenticated: boolean;
  /** The verified token's claims, for @neo4j/graphql's rules (schema/auth.graphql). */
  readonly claims?: JWTPayload;
}

export const ANONYMOUS: Caller = { roles: [], authenticated: false };

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Builds the verifier for `Authorization: Bearer <JWT>` headers: HS256 with
 * AUTH_JWT_SECRET, or RS256/ES256 with AUTH_JWT_PUBLIC_KEY. A missing header
 * is the anonymous caller; a bad or expired token is a 401-style error, thrown
 * while the request's context is built, before any resolver runs.
 */
export async function tokenVerifier(auth: Config['auth']): Promise<(header: string | undefined) => Promise<Caller>> {
  const key = auth.publicKey
    ? await importSPKI(auth.publicKey, 'RS256').catch(() => importSPKI(auth.publicKey ?? '', 'ES256'))
    : auth.secret
      ? new TextEncoder().encode(auth.secret)
      : undefined;
  return async (header) => {
    if (!header) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw unauthenticated('the Authorization header must be "Bearer <token>"');
    if (!key)
      throw unauthenticated('this server accepts no tokens: no AUTH_JWT_SECRET or AUTH_JWT_PUBLIC_KEY is configured');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1], key));
    } catch (error) {
      throw unauthenticated(`invalid token: ${(error as Error).message}`);
    }
    const roles = Array.isArray(payload['roles'])
      ? payload['roles'].filter((r): r is string => typeof r === 'string')
      : [];
    return {
      ...(payload.sub ? { subject: payload.sub } : {}),
      roles,
      authenticated: true,
      claims: { ...payload, roles },
    };
  };
}
