import { GraphQLError } from 'graphql';
import { decodeProtectedHeader, importSPKI, jwtVerify, type JWTPayload } from 'jose';
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
 * The key tokens are verified with and its one algorithm: HS256 with
 * AUTH_JWT_SECRET, or RS256 (else ES256) with AUTH_JWT_PUBLIC_KEY.
 */
async function verificationKey(
  auth: Config['auth'],
): Promise<{ key?: Uint8Array | CryptoKey; algorithm: 'HS256' | 'RS256' | 'ES256' }> {
  if (auth.publicKey) {
    const pem = auth.publicKey;
    return importSPKI(pem, 'RS256')
      .then((key) => ({ key, algorithm: 'RS256' as const }))
      .catch(async () => ({ key: await importSPKI(pem, 'ES256'), algorithm: 'ES256' as const }));
  }
  return { ...(auth.secret ? { key: new TextEncoder().encode(auth.secret) } : {}), algorithm: 'HS256' };
}

/** Why a token was refused, in words a client can act on. */
function tokenProblem(error: unknown, token: string, algorithm: string): string {
  const code = (error as { code?: string }).code;
  if (code === 'ERR_JWT_EXPIRED') return 'it has expired; ask for a new one';
  if (code === 'ERR_JOSE_ALG_NOT_ALLOWED' || code === 'ERR_JOSE_NOT_SUPPORTED') {
    let alg = 'an unknown algorithm';
    try {
      alg = String(decodeProtectedHeader(token).alg);
    } catch {
      // not a readable header: say so below
    }
    return `it is signed with ${alg}; this server accepts ${algorithm} tokens only`;
  }
  return (error as Error).message;
}

/**
 * Builds the verifier for `Authorization: Bearer <JWT>` headers: HS256 with
 * AUTH_JWT_SECRET, or RS256/ES256 with AUTH_JWT_PUBLIC_KEY, and no other
 * algorithm. A missing header
 * is the anonymous caller; a bad or expired token is a 401-style error, thrown
 * while the request's context is built, before any resolver runs.
 */
export async function tokenVerifier(auth: Config['auth']): Promise<(header: string | undefined) => Promise<Caller>> {
  const { key, algorithm } = await verificationKey(auth);
  return async (header) => {
    if (!header) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw unauthenticated('the Authorization header must be "Bearer <token>"');
    if (!key)
      throw unauthenticated('this server accepts no tokens: no AUTH_JWT_SECRET or AUTH_JWT_PUBLIC_KEY is configured');
    let payload: JWTPayload;
    try {
      // Only the configured algorithm: a token signed otherwise (HS512 with the secret, `none`) is refused.
      ({ payload } = await jwtVerify(match[1], key, { algorithms: [algorithm] }));
    } catch (error) {
      throw unauthenticated(`invalid token: ${tokenProblem(error, match[1], algorithm)}`);
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
