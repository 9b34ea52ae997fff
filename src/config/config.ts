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
  JAVA_HOME: z.string().min(1).optional(),
});

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
  /** Set when the user brings a Neo4j of their own; then the project starts none. */
  readonly external?: { readonly uri: string; readonly user: string; readonly password: string };
  readonly database: string;
  readonly local: {
    readonly dir: string;
    readonly boltPort: number;
    readonly heap: string;
    readonly pageCache: string;
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
    local: {
      dir: resolve(PROJECT_ROOT, e.LOCAL_NEO4J_DIR),
      boltPort: e.LOCAL_NEO4J_BOLT_PORT,
      heap: e.LOCAL_NEO4J_HEAP,
      pageCache: e.LOCAL_NEO4J_PAGECACHE,
      ...(e.JAVA_HOME ? { javaHome: e.JAVA_HOME } : {}),
    },
  };
}

function readEnvironment(): NodeJS.ProcessEnv {
  const file = resolve(PROJECT_ROOT, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
  return process.env;
}
