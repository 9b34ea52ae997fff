import { SignJWT } from 'jose';

/** The HS256 secret the test APIs are started with (AUTH_JWT_SECRET). */
export const TEST_JWT_SECRET = 'a-test-secret-of-at-least-32-characters!';

export interface TestTokenOptions {
  /** Sign with another secret (a forged token). */
  readonly secret?: string;
  /** Expired a minute ago. */
  readonly expired?: boolean;
}

/** A bearer token for the test API, subject "tester", with the given roles; valid for 5 minutes unless expired. */
export async function signTestToken(roles: readonly string[], options: TestTokenOptions = {}): Promise<string> {
  return new SignJWT({ roles: [...roles] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('tester')
    .setExpirationTime(options.expired ? Math.floor(Date.now() / 1000) - 60 : '5m')
    .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}

/** The Authorization header carrying such a token. */
export async function bearer(
  roles: readonly string[],
  options: TestTokenOptions = {},
): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signTestToken(roles, options)}` };
}
