import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/** Where the repository lives; paths in the config are resolved against it. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

const memory = z
  .string()
  .regex(/^\d+[kmg]$/i, 'a size such as 512m or 2g')
  .transform((s) => s.toLowerCase());

const port = z.coerce.number().int().min(1).max(65535);

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/\S+$/, 'a neo4j://, neo4j+s:// or bolt:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  LOCAL_NEO4J_DIR: z.string().min(1).default('.local/neo4j'),
  LOCAL_NEO4J_BOLT_PORT: port.default(7687),
  LOCAL_NEO4J_HEAP: memory.default('1g'),
  LOCAL_NEO4J_PAGECACHE: memory.default('512m'),
  LOCAL_NEO4J_TX_MEMORY: memory.optional(),
  JAVA_HOME: z.string().min(1).optional(),
  API_MAX_DEPTH: z.coerce.number().int().min(1).max(50).default(10),
  API_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(15),
  API_MAX_COST: z.coerce.number().int().min(1).default(2000),
  API_MAX_TOKENS: z.coerce.number().int().min(10).default(3000),
  API_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
  API_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10000).default(500),
  API_INTROSPECTION: booleanFlag.optional(),
  API_PLAYGROUND: booleanFlag.optional(),
  CORS_ORIGINS: z.string().default(''),
  AUTH_JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  AUTH_JWT_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'a PEM public key' }).optional(),
  AUTH_REQUIRE_FOR_READS: booleanFlag.default(false),
});

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
  /** Set when the user brings a Neo4j of their own; then the project starts none. */
  readonly external?: { readonly uri: string; readonly user: string; readonly password: string };
  readonly database: string;
  readonly limits: {
    readonly maxDepth: number;
    readonly maxAliases: number;
    readonly maxCost: number;
    readonly maxTokens: number;
    readonly maxDirectives: number;
    readonly maxPageSize: number;
  };
  /** Schema introspection and the playground; off by default in production. */
  readonly introspection: boolean;
  readonly playground: boolean;
  /** Origins allowed to call the API from a browser; empty: same origin only. */
  readonly corsOrigins: readonly string[];
  readonly auth: {
    /** HS256 secret or PEM public key (RS256/ES256) that tokens are verified with; none: writes are closed. */
    readonly secret?: string;
    readonly publicKey?: string;
    readonly requireForReads: boolean;
  };
  readonly local: {
    readonly dir: string;
    readonly boltPort: number;
    readonly heap: string;
    readonly pageCache: string;
    /** db.memory.transaction.max: the most one transaction may use (unset: Neo4j's own bound, 70% of the heap for all). */
    readonly transactionMemory?: string;
    readonly javaHome?: string;
  };
}

/** The environment is wrong; the message names each bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the environment once (and a git-ignored `.env` at the project root,
 * if there is one) into a checked Config. Throws a ConfigError that names
 * every bad variable and what it should be.
 */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvironment()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join('.')}=${JSON.stringify(env[String(i.path[0])])}: ${i.message}`,
    );
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}\n(see .env.example)`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI !== undefined && e.NEO4J_PASSWORD === undefined) {
    throw new ConfigError(
      'invalid configuration:\n  NEO4J_PASSWORD: required when NEO4J_URI is set (see .env.example)',
    );
  }
  const external =
    e.NEO4J_URI !== undefined && e.NEO4J_PASSWORD !== undefined
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD }
      : undefined;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    ...(external ? { external } : {}),
    database: e.NEO4J_DATABASE,
    limits: {
      maxDepth: e.API_MAX_DEPTH,
      maxAliases: e.API_MAX_ALIASES,
      maxCost: e.API_MAX_COST,
      maxTokens: e.API_MAX_TOKENS,
      maxDirectives: e.API_MAX_DIRECTIVES,
      maxPageSize: e.API_MAX_PAGE_SIZE,
    },
    introspection: e.API_INTROSPECTION ?? e.NODE_ENV !== 'production',
    playground: e.API_PLAYGROUND ?? e.NODE_ENV !== 'production',
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    auth: {
      ...(e.AUTH_JWT_SECRET ? { secret: e.AUTH_JWT_SECRET } : {}),
      ...(e.AUTH_JWT_PUBLIC_KEY ? { publicKey: e.AUTH_JWT_PUBLIC_KEY } : {}),
      requireForReads: e.AUTH_REQUIRE_FOR_READS,
    },
    local: {
      dir: resolve(PROJECT_ROOT, e.LOCAL_NEO4J_DIR),
      boltPort: e.LOCAL_NEO4J_BOLT_PORT,
      heap: e.LOCAL_NEO4J_HEAP,
      pageCache: e.LOCAL_NEO4J_PAGECACHE,
      ...(e.LOCAL_NEO4J_TX_MEMORY ? { transactionMemory: e.LOCAL_NEO4J_TX_MEMORY } : {}),
      ...(e.JAVA_HOME ? { javaHome: e.JAVA_HOME } : {}),
    },
  };
}

function readEnvironment(): NodeJS.ProcessEnv {
  const file = resolve(PROJECT_ROOT, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
  return process.env;
}
