import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { configReadsVariable, environment, interpolate, neo4jSetting, readCompose } from '../helpers/composeFile.js';

/**
 * What can be checked about docker-compose.yml and the Dockerfile without a
 * Docker engine: the file's shape, and that the API's environment is one the
 * config module reads and accepts.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const read = (name: string): string => readFileSync(resolve(ROOT, name), 'utf8');

const compose = readCompose('docker-compose.yml');
const neo4j = compose.services['neo4j']!;
const api = compose.services['api']!;

/** Compose interpolation with none of the user's variables set (defaults only). */
const withDefaults = (value: string): string => interpolate(value);

const neo4jEnv = environment(neo4j);
const apiEnv = environment(api);
const apiEnvResolved = Object.fromEntries(Object.entries(apiEnv).map(([k, v]) => [k, withDefaults(v)]));

describe('docker-compose.yml: neo4j', () => {
  it('runs a Neo4j 5.26 Community image', () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
  });

  it('enables APOC core and lets its procedures run', () => {
    expect(JSON.parse(neo4jEnv['NEO4J_PLUGINS']!)).toContain('apoc');
    const unrestricted = neo4jEnv['NEO4J_dbms_security_procedures_unrestricted']!.split(',');
    expect(unrestricted).toContain('apoc.*');
  });

  it('bounds the memory', () => {
    expect(neo4jEnv['NEO4J_server_memory_heap_max__size']).toMatch(/^\d+[KMG]$/i);
    expect(neo4jEnv['NEO4J_server_memory_pagecache_size']).toMatch(/^\d+[KMG]$/i);
  });

  it('gives the image only variables it treats as control or as neo4j.conf settings', () => {
    // The entrypoint writes every NEO4J_* variable other than these into
    // neo4j.conf (NEO4J_a_b__c -> a.b_c); Neo4j refuses to start on unknown settings.
    for (const name of Object.keys(neo4jEnv)) {
      const setting = neo4jSetting(name);
      if (setting !== undefined) expect(setting, name).toMatch(/^(dbms|server|db|initial|browser)\.[a-z0-9_.]+$/);
    }
  });

  it('publishes its ports on 127.0.0.1 only', () => {
    expect(neo4j.ports).toContain('127.0.0.1:7687:7687');
    for (const port of neo4j.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it('keeps /data and /logs in named volumes', () => {
    const mounts = (neo4j.volumes ?? []).map((v) => v.split(':'));
    for (const target of ['/data', '/logs']) {
      const mount = mounts.find(([, t]) => t === target);
      expect(mount, target).toBeDefined();
      expect(Object.keys(compose.volumes ?? {})).toContain(mount![0]);
    }
  });

  it('has a healthcheck that reads only variables the container has', () => {
    const check = neo4j.healthcheck!;
    expect(check).toBeDefined();
    const test = Array.isArray(check.test) ? check.test.join(' ') : check.test;
    expect(test).toMatch(/cypher-shell|wget/);
    expect(check.interval).toBe('5s');
    expect(check.retries).toBeGreaterThanOrEqual(20);
    expect(check.start_period).toBe('20s');
    // `$${X}` reaches the container's shell as `${X}`: X must be set there.
    for (const [, name] of test.matchAll(/\$\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
      expect(Object.keys(neo4jEnv), `healthcheck reads ${name}`).toContain(name);
    }
  });
});

describe('docker-compose.yml: api', () => {
  it('is built from the Dockerfile and waits for a healthy Neo4j', () => {
    const build = typeof api.build === 'string' ? { context: api.build } : api.build!;
    expect(build.context).toBe('.');
    expect(build.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
  });

  it('has an environment that loadConfig accepts, pointing at the neo4j service', () => {
    const config = loadConfig(apiEnvResolved);
    expect(config.external?.uri).toBe('bolt://neo4j:7687');
    expect(config.external?.user).toBe('neo4j');
    expect(config.port).toBe(4000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.env).toBe('production');
    expect(config.database).toBe('neo4j');
  });

  it('uses only variable names the config module reads', () => {
    expect(configReadsVariable(apiEnvResolved, 'NEO4J_USERNAME'), 'control: a misspelt name passes silently').toBe(
      false,
    );
    for (const name of Object.keys(apiEnv)) expect(configReadsVariable(apiEnvResolved, name), name).toBe(true);
  });

  it('would not start with a bad value', () => {
    expect(() => loadConfig({ ...apiEnvResolved, PORT: 'abc' })).toThrow(/PORT/);
  });

  it('sends the password Neo4j is given', () => {
    expect(neo4jEnv['NEO4J_AUTH']).toBe(`neo4j/${apiEnv['NEO4J_PASSWORD']}`);
    expect(withDefaults(apiEnv['NEO4J_PASSWORD']!).length).toBeGreaterThanOrEqual(8); // the image's minimum
  });

  it('publishes the API on 127.0.0.1 and checks /ready', () => {
    expect(api.ports).toEqual([`127.0.0.1:4000:${apiEnvResolved['PORT']}`]);
    const test = api.healthcheck!.test;
    expect(test[0]).toBe('CMD');
    expect(test).toContain('node');
    expect(Array.isArray(test) ? test.join(' ') : test).toContain(`http://127.0.0.1:${apiEnvResolved['PORT']}/ready`);
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const instructions = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const all = (keyword: string): string[] =>
    instructions
      .filter((l) => l.toUpperCase().startsWith(`${keyword} `))
      .map((l) => l.slice(keyword.length + 1).trim());

  it('starts the API with `src/cli/main.ts start` through tsx', () => {
    const cmd = all('CMD');
    expect(cmd).toHaveLength(1);
    const argv = JSON.parse(cmd[0]!) as string[];
    expect(argv.slice(-2)).toEqual(['src/cli/main.ts', 'start']);
    expect(argv).toContain('tsx');
  });

  it('installs without dev dependencies what it runs with', () => {
    expect(all('RUN').some((r) => /npm ci\b.*--omit=dev/.test(r))).toBe(true);
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toContain('tsx');
  });

  it('copies what the API reads at run time, as a non-root user on the configured port', () => {
    const copied = all('COPY').flatMap((c) => c.split(/\s+/).slice(0, -1));
    for (const path of ['src', 'schema', 'seed', 'neo4j', 'tsconfig.json', 'package-lock.json'])
      expect(copied).toContain(path);
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim());
    for (const path of ['src', 'schema', 'seed', 'neo4j']) expect(ignored).not.toContain(path);
    expect(all('FROM')).toEqual(['node:20-bookworm-slim']);
    expect(all('USER')).toEqual(['node']);
    expect(all('EXPOSE')).toEqual([apiEnvResolved['PORT']]);
  });
});
