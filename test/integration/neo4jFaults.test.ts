import { existsSync } from 'node:fs';
import { mkdtemp, rm, symlink, mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { connectDriver } from '../../src/neo4j/connectDriver.js';
import { findJava } from '../../src/neo4j/findJava.js';
import { startLocalNeo4j } from '../../src/neo4j/localNeo4j.js';
import { localPaths } from '../../src/neo4j/localPaths.js';
import { provisionNeo4j } from '../../src/neo4j/provisionNeo4j.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mrg-faults-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const quiet = (): void => undefined;
const local = !loadConfig().external;
const java25 = '/usr/lib/jvm/temurin-25-jdk-amd64';

describe('faults get one clear message', () => {
  it('Java missing', async () => {
    await expect(findJava('/nonexistent/jdk')).rejects.toThrow(/Java was not found .*Neo4j needs Java 17 or 21/);
  });

  it.skipIf(!existsSync(java25))('Java of a version Neo4j 5.26 does not run on', async () => {
    await expect(findJava(java25)).rejects.toThrow(/is Java 25; Neo4j 5.26 needs Java 17 or 21/);
  });

  it('Maven missing when Neo4j is not provisioned yet', async () => {
    const dir = await tempDir();
    const path = process.env['PATH'];
    process.env['PATH'] = '/nonexistent';
    try {
      await expect(provisionNeo4j(localPaths(dir), quiet)).rejects.toThrow(/Maven \(mvn\) is needed .*NEO4J_URI/);
    } finally {
      process.env['PATH'] = path;
    }
  });

  it('Neo4j not reachable', async () => {
    await expect(
      connectDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: 'neo4j', local: false }),
    ).rejects.toThrow(/Neo4j at bolt:\/\/127\.0\.0\.1:1 is not reachable .*Check NEO4J_URI/);
  });

  it('wrong user or password', async () => {
    // Another user name than the real one, so Neo4j's lock-out after failed logins touches no other test.
    const connection = { ...inject('neo4j'), user: 'nobody-here', password: 'wrong-password' };
    await expect(connectDriver({ ...connection, local: false })).rejects.toThrow(
      /refused user "nobody-here": wrong user or password\. Check NEO4J_USER and NEO4J_PASSWORD/,
    );
  });

  it.skipIf(!local)('the Bolt port taken by another program', async () => {
    const real = localPaths(loadConfig().local.dir);
    const dir = await tempDir();
    const paths = localPaths(dir);
    await mkdir(dir, { recursive: true });
    await symlink(real.lib, paths.lib);
    await symlink(real.plugins, paths.plugins);
    const blocker: Server = createServer((s) => s.destroy());
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(() => resolve())));
    const port = (blocker.address() as { port: number }).port;
    const config = loadConfig({ LOCAL_NEO4J_DIR: dir, LOCAL_NEO4J_BOLT_PORT: String(port) });
    await expect(startLocalNeo4j(config, quiet)).rejects.toThrow(
      new RegExp(`port ${port} is already in use by another program.*LOCAL_NEO4J_BOLT_PORT`),
    );
  });
});
