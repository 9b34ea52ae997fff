import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { ConfigError, loadConfig } from '../../src/config/config.js';

/** What the compose tests read of a Compose file (without a Docker engine). */
export interface ComposeHealthcheck {
  test: string | string[];
  interval?: string;
  timeout?: string;
  retries?: number;
  start_period?: string;
}
export interface ComposeService {
  image?: string;
  build?: string | { context: string; dockerfile?: string };
  hostname?: string;
  environment?: Record<string, string> | string[];
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: ComposeHealthcheck;
  deploy?: { replicas?: number };
}
export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

const ROOT = resolve(import.meta.dirname, '../..');

/** A Compose file of the repository, parsed as Compose does (with `<<:` merge keys). */
export function readCompose(path: string): ComposeFile {
  return parse(readFileSync(resolve(ROOT, path), 'utf8'), { merge: true }) as ComposeFile;
}

/** A service's environment as a map, whichever of Compose's two forms it uses. */
export function environment(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]));
  return Object.fromEntries(
    env.map((line) => {
      const at = line.indexOf('=');
      return [line.slice(0, at), line.slice(at + 1)];
    }),
  );
}

/**
 * Compose interpolation with the user's environment `given`: `${VAR}`,
 * `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `$$`
 * (a `$`). A variable with neither a value nor a default throws, with the
 * file's own error text when it has one, as `docker compose` would refuse it.
 */
export function interpolate(value: string, given: Readonly<Record<string, string>> = {}): string {
  const out = value.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}/g,
    (whole, name?: string, colon?: string, op?: string, word = '') => {
      if (whole === '$$') return '\u0000';
      const set = name !== undefined && given[name] !== undefined && (colon !== ':' || given[name] !== '');
      if (set) return given[name!]!;
      if (op === '-') return word;
      throw new Error(`${value} needs ${name} set${op === '?' && word ? `: ${word}` : ''}`);
    },
  );
  if (out.includes('$')) throw new Error(`${value} uses a form of interpolation this check does not know`);
  return out.replaceAll('\u0000', '$');
}

/** Every value of an environment map interpolated with `given`. */
export function interpolateAll(
  env: Readonly<Record<string, string>>,
  given: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(v, given)]));
}

/**
 * Whether src/config/config.ts reads the variable `name`: loadConfig ignores
 * names it does not know, so "it loads" proves nothing about names; an empty
 * value must be rejected by name instead, which happens only for a variable
 * the config module actually reads (and refuses empty).
 */
export function configReadsVariable(env: Readonly<Record<string, string>>, name: string): boolean {
  try {
    loadConfig({ ...env, [name]: '' });
    return false;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return new RegExp(`^\\s+${name}[=:]`, 'm').test(error.message);
  }
}

/** Variables the official Neo4j image reads itself rather than writing them into neo4j.conf. */
const NEO4J_IMAGE_CONTROL = new Set([
  'NEO4J_AUTH',
  'NEO4J_AUTH_PATH',
  'NEO4J_PLUGINS',
  'NEO4J_ACCEPT_LICENSE_AGREEMENT',
  'NEO4J_DEBUG',
]);

/**
 * The neo4j.conf setting the official image writes for a variable
 * (`NEO4J_a_b__c` → `a.b_c`), or undefined for the image's own control
 * variables. Neo4j refuses to start on unknown settings.
 */
export function neo4jSetting(variable: string): string | undefined {
  if (NEO4J_IMAGE_CONTROL.has(variable)) return undefined;
  return variable
    .replace(/^NEO4J_/, '')
    .replaceAll('_', '.')
    .replaceAll('..', '_');
}
