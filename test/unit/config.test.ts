import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

describe('loadConfig', () => {
  it('gives working defaults for a local Neo4j', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', database: 'neo4j', env: 'development' });
    expect(config.external).toBeUndefined();
    expect(config.local).toMatchObject({ boltPort: 7687, heap: '1g', pageCache: '512m' });
    expect(config.local.dir).toMatch(/\.local\/neo4j$/);
  });

  it('uses an external Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret' });
    expect(config.external).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'secret' });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT="abc"/],
    [{ PORT: '70000' }, /PORT="70000"/],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, /NEO4J_URI="http:\/\/localhost:7474": a neo4j:\/\//],
    [{ NEO4J_URI: 'bolt://db:7687' }, /NEO4J_PASSWORD: required when NEO4J_URI is set/],
    [{ LOCAL_NEO4J_HEAP: 'lots' }, /LOCAL_NEO4J_HEAP="lots": a size such as 512m/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud"/],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
