import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import {
  configReadsVariable,
  environment,
  interpolate,
  interpolateAll,
  neo4jSetting,
  readCompose,
} from '../helpers/composeFile.js';

/**
 * What can be checked about the deployment past one machine without a Docker
 * engine (deploy/): the API replicas' environment is one the config module
 * reads and accepts, with a routing URI and one shared token key; the load
 * balancer reaches the replicas; the cluster's settings are neo4j.conf
 * settings that name each other consistently.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const DEPLOY = resolve(ROOT, 'deploy');

const replicas = readCompose('deploy/compose.replicas.yml');
const cluster = readCompose('deploy/compose.cluster.yml');
const api = replicas.services['api']!;
const lb = replicas.services['lb']!;
const apiEnv = environment(api);
/** What a user passes in, as the file's comment shows. */
const USER_ENV = { NEO4J_PASSWORD: 'a-long-password', AUTH_JWT_SECRET: 'x'.repeat(64) };
const apiEnvResolved = interpolateAll(apiEnv, USER_ENV);
const servers = Object.entries(cluster.services);

describe('deploy/compose.replicas.yml: the API replicas', () => {
  it('runs several replicas of the project image, reachable only through the load balancer', () => {
    const build = typeof api.build === 'string' ? { context: api.build } : api.build!;
    expect(resolve(DEPLOY, build.context)).toBe(ROOT);
    expect(build.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
    expect(api.deploy?.replicas).toBeGreaterThanOrEqual(2);
    expect(api.ports).toBeUndefined();
    expect(api.expose).toEqual([apiEnvResolved['PORT']]);
  });

  it('has an environment that loadConfig accepts, with a routing URI (neo4j://)', () => {
    const config = loadConfig(apiEnvResolved);
    expect(config.external?.uri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    expect(config.host).toBe('0.0.0.0');
    expect(config.env).toBe('production');
    expect(config.auth.secret).toBe(USER_ENV.AUTH_JWT_SECRET);
  });

  it('uses only variable names the config module reads', () => {
    expect(configReadsVariable(apiEnvResolved, 'NEO4J_USERNAME'), 'control: a misspelt name').toBe(false);
    for (const name of Object.keys(apiEnv)) expect(configReadsVariable(apiEnvResolved, name), name).toBe(true);
  });

  it('refuses to start without the shared token secret or the password, naming them', () => {
    expect(() => interpolateAll(apiEnv, { NEO4J_PASSWORD: 'a-long-password' })).toThrow(
      /AUTH_JWT_SECRET.*same for every replica/,
    );
    expect(() => interpolateAll(apiEnv, { AUTH_JWT_SECRET: 'x'.repeat(64) })).toThrow(/NEO4J_PASSWORD/);
  });

  it('takes an Aura or cluster URI of the user’s, in the routing forms the config accepts', () => {
    for (const uri of [
      'neo4j+s://abcd1234.databases.neo4j.io',
      'neo4j://db.example.org:7687',
      'neo4j+ssc://10.0.0.5',
    ]) {
      const config = loadConfig(interpolateAll(apiEnv, { ...USER_ENV, NEO4J_URI: uri }));
      expect(config.external?.uri).toBe(uri);
    }
    expect(() => loadConfig(interpolateAll(apiEnv, { ...USER_ENV, NEO4J_URI: 'http://db:7474' }))).toThrow(/NEO4J_URI/);
  });

  it('checks /ready on the port it listens on', () => {
    const test = api.healthcheck!.test;
    expect(Array.isArray(test) ? test.join(' ') : test).toContain(`http://127.0.0.1:${apiEnvResolved['PORT']}/ready`);
  });
});

describe('deploy/compose.replicas.yml: the load balancer', () => {
  // The directives, without comments.
  const conf = readFileSync(resolve(DEPLOY, 'nginx.conf'), 'utf8').replace(/#.*$/gm, '');

  it('mounts deploy/nginx.conf and publishes on 127.0.0.1 only, once the replicas are healthy', () => {
    const mount = (lb.volumes ?? []).map((v) => v.split(':')).find(([, target]) => target === '/etc/nginx/nginx.conf');
    expect(mount).toBeDefined();
    expect(existsSync(resolve(DEPLOY, mount![0]!))).toBe(true);
    expect(lb.image).toMatch(/^nginx:/);
    for (const port of lb.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
    expect(lb.depends_on).toEqual({ api: { condition: 'service_healthy' } });
  });

  it('spreads requests over every replica of `api` on the API port, re-resolving as they change', () => {
    const upstream = /upstream\s+(\w+)\s*\{([^}]*)\}/.exec(conf);
    expect(upstream).not.toBeNull();
    expect(upstream![2]).toMatch(new RegExp(`server\\s+api:${apiEnvResolved['PORT']}\\s+resolve`));
    expect(upstream![2]).toMatch(/zone\s+\w+/);
    expect(conf).toMatch(/resolver\s+127\.0\.0\.11/);
    expect(conf).toMatch(new RegExp(`proxy_pass\\s+http://${upstream![1]};`));
    expect(conf).not.toMatch(/ip_hash|sticky|hash\s+\$/); // no state to stick to
    expect(conf).not.toMatch(/proxy_next_upstream[^;]*non_idempotent/); // a mutation is never sent twice
    const published = (lb.ports ?? []).map((p) => p.split(':').at(-1));
    expect(conf).toMatch(new RegExp(`listen\\s+${published[0]};`));
  });

  it('lets through a body as large as the API takes (draftImport, 25 MB)', () => {
    const size = /client_max_body_size\s+(\d+)m;/.exec(conf);
    expect(Number(size?.[1])).toBeGreaterThanOrEqual(25);
  });
});

describe('deploy/compose.cluster.yml: a Neo4j 5 cluster', () => {
  const hosts = servers.map(([name, s]) => s.hostname ?? name);

  it('has at least three Enterprise servers (Community has no clustering), each with its own data', () => {
    expect(servers.length).toBeGreaterThanOrEqual(3);
    const volumes = new Set<string>();
    for (const [name, server] of servers) {
      expect(server.image, name).toMatch(/^neo4j:5\.26(\.\d+)?-enterprise$/);
      const data = (server.volumes ?? []).map((v) => v.split(':')).find(([, target]) => target === '/data');
      expect(data, name).toBeDefined();
      volumes.add(data![0]!);
    }
    expect(volumes.size).toBe(servers.length);
  });

  it('gives the image only neo4j.conf settings (or its control variables), with APOC', () => {
    for (const [name, server] of servers) {
      const env = environment(server);
      expect(JSON.parse(env['NEO4J_PLUGINS']!), name).toContain('apoc');
      for (const variable of Object.keys(env)) {
        const setting = neo4jSetting(variable);
        if (setting !== undefined) expect(setting, variable).toMatch(/^(dbms|server|db|initial|browser)\.[a-z0-9_.]+$/);
      }
    }
  });

  it('lists every member in discovery (v2, port 6000), each advertising its own name', () => {
    for (const [name, server] of servers) {
      const env = environment(server);
      expect(env['NEO4J_dbms_cluster_discovery_version'], name).toBe('V2_ONLY');
      expect(env['NEO4J_dbms_cluster_discovery_resolver__type'], name).toBe('LIST');
      expect(env['NEO4J_dbms_cluster_discovery_v2_endpoints']!.split(','), name).toEqual(hosts.map((h) => `${h}:6000`));
      expect(env['NEO4J_server_default__advertised__address'], name).toBe(server.hostname);
    }
  });

  it('hosts the database on every server as a primary (one leader for writes, followers for reads)', () => {
    for (const [name, server] of servers) {
      expect(Number(environment(server)['NEO4J_initial_dbms_default__primaries__count']), name).toBe(servers.length);
    }
  });

  it('needs the licence accepted and a password, and shares the password with the replicas', () => {
    for (const [name, server] of servers) {
      const env = environment(server);
      expect(() => interpolate(env['NEO4J_ACCEPT_LICENSE_AGREEMENT']!), name).toThrow(/licence/);
      expect(interpolate(env['NEO4J_AUTH']!, USER_ENV)).toBe(`neo4j/${apiEnvResolved['NEO4J_PASSWORD']}`);
    }
  });

  it("is what the replicas' default NEO4J_URI routes through, with no service name shared", () => {
    const uri = new URL(apiEnvResolved['NEO4J_URI']!.replace(/^neo4j/, 'http'));
    expect(hosts).toContain(uri.hostname);
    expect(uri.port).toBe('7687');
    const clash = Object.keys(replicas.services).filter((s) => s in cluster.services);
    expect(clash).toEqual([]);
  });
});
