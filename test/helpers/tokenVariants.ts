import { SignJWT, UnsecuredJWT, generateKeyPair } from 'jose';
import { TEST_JWT_SECRET, signTestToken } from './testTokens.js';

/** What is wrong with a token, or `valid`. */
export type TokenKind = 'valid' | 'expired' | 'wrongly-signed' | 'HS512' | 'alg-none' | 'RS256-foreign-key';

export const TOKEN_KINDS: readonly TokenKind[] = [
  'valid',
  'expired',
  'wrongly-signed',
  'HS512',
  'alg-none',
  'RS256-foreign-key',
];

/** Claims like the test tokens': subject "tester", the given roles, valid for 5 minutes. */
function claims(roles: readonly string[]): SignJWT {
  return new SignJWT({ roles: [...roles] }).setSubject('tester').setIssuedAt().setExpirationTime('5m');
}

/**
 * A bearer token of the given kind for a server that verifies HS256 with
 * TEST_JWT_SECRET: valid; expired; signed with another secret; signed with
 * the right secret but HS512 (a wrong algorithm); unsigned (`alg: none`);
 * RS256 with a key pair made up on the spot.
 */
export async function tokenOfKind(kind: TokenKind, roles: readonly string[]): Promise<string> {
  switch (kind) {
    case 'valid':
      return signTestToken(roles);
    case 'expired':
      return signTestToken(roles, { expired: true });
    case 'wrongly-signed':
      return signTestToken(roles, { secret: 'another-secret-that-is-also-32-characters-long' });
    case 'HS512':
      return claims(roles).setProtectedHeader({ alg: 'HS512' }).sign(new TextEncoder().encode(TEST_JWT_SECRET));
    case 'alg-none':
      return new UnsecuredJWT({ roles: [...roles] }).setSubject('tester').setExpirationTime('5m').encode();
    case 'RS256-foreign-key': {
      const { privateKey } = await generateKeyPair('RS256');
      return claims(roles).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    }
  }
}

/** Authorization headers that are not `Bearer <one token>`, each with a name for reports. */
export const MALFORMED_AUTHORIZATION: Readonly<Record<string, string>> = {
  'basic-scheme': 'Basic dGVzdGVyOnNlY3JldA==',
  'bearer-without-token': 'Bearer',
  'bearer-two-tokens': 'Bearer abc def',
  'bearer-not-a-jwt': 'Bearer not.a.jwt',
  'token-without-scheme': 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln',
};
