import { SignJWT } from 'jose';
import { loadConfig } from '../config/config.js';

export interface TokenOptions {
  /** Comma- or space-separated roles, e.g. "editor". */
  readonly roles: string;
  readonly subject?: string;
  /** How long the token is valid: "8h", "30m", "2d" (jose's time span). */
  readonly ttl?: string;
}

/**
 * `token --roles editor [--subject name] [--ttl 8h]`: prints a bearer token
 * signed with AUTH_JWT_SECRET (HS256), as the API verifies it, for trying the
 * review screen or the playground locally. Never for production keys.
 */
export async function tokenCommand(options: TokenOptions): Promise<void> {
  const secret = process.env['AUTH_JWT_SECRET'];
  if (!secret) {
    throw new Error(
      'AUTH_JWT_SECRET is not set: start the API and run this command with the same AUTH_JWT_SECRET ' +
        '(at least 32 characters), e.g. AUTH_JWT_SECRET=… npm run token -- --roles editor',
    );
  }
  // The same checks as the server's own configuration (length of the secret).
  const config = loadConfig();
  const roles = options.roles
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  if (roles.length === 0) throw new Error('--roles needs at least one role, e.g. --roles editor');
  const ttl = options.ttl ?? '8h';
  if (
    !/^\d+\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)$/i.test(
      ttl,
    )
  ) {
    throw new Error(`--ttl "${ttl}" is not a time span; use e.g. 30m, 8h or 2d`);
  }
  const token = await new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.subject?.trim() || process.env['USER'] || 'editor')
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(new TextEncoder().encode(config.auth.secret ?? secret));
  process.stdout.write(`${token}\n`);
}
