import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import neo4j from 'neo4j-driver';
import type { Config } from '../config/config.js';
import { findJava } from './findJava.js';
import { localPaths, type LocalNeo4jPaths } from './localPaths.js';
import { ensurePassword, provisionNeo4j, type Progress } from './provisionNeo4j.js';
import { readPassword } from './readPassword.js';
import { writeNeo4jConf } from './writeNeo4jConf.js';

/** How to reach the local server once it runs. */
export interface LocalConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

export interface LocalStatus {
  readonly running: boolean;
  readonly pid?: number;
  readonly answers: boolean;
  readonly uri: string;
  readonly logs: string;
}

/** The JVM flags Neo4j's own launcher passes (from the stock 5.26 neo4j.conf). */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 90_000;

function boltUri(config: Config): string {
  return `bolt://127.0.0.1:${config.local.boltPort}`;
}

/** The pid of the local server if it runs, from its pid file. */
function runningPid(paths: LocalNeo4jPaths): number | undefined {
  if (!existsSync(paths.pidFile)) return undefined;
  const pid = Number(readFileSync(paths.pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  // A recycled pid belongs to some other program: only a Neo4j counts.
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !readFileSync(cmdline, 'utf8').includes('CommunityEntryPoint')) return undefined;
  return pid;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('error', () => resolvePromise(false));
  });
}

/** Whether Bolt answers with these credentials; throws on a wrong password. */
async function boltAnswers(connection: LocalConnection): Promise<boolean> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('Neo.ClientError.Security')) {
      throw new Error(`the local Neo4j refused the password in its password file: ${(error as Error).message}`);
    }
    return false;
  } finally {
    await driver.close();
  }
}

function lastLines(file: string, count: number): string {
  if (!existsSync(file)) return '(no console log)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
}

/**
 * Starts the local Neo4j unless it already runs: provisions it on first use,
 * writes its configuration, launches the JVM detached (it outlives this
 * process; `stopLocalNeo4j` ends it) and waits until Bolt answers.
 */
export async function startLocalNeo4j(config: Config, progress: Progress): Promise<LocalConnection> {
  const began = Date.now();
  const paths = localPaths(config.local.dir);
  const java = await findJava(config.local.javaHome);
  await provisionNeo4j(paths, progress);
  const uri = boltUri(config);

  const pid = runningPid(paths);
  if (pid !== undefined) {
    // Touch nothing of a running server: not its conf, not its pid file, and never start a second JVM on its store.
    const password = await readPassword(paths);
    const connection = { uri, user: 'neo4j', password: password ?? '' };
    if (password !== undefined && (await waitForBolt(connection, paths, pid, 30_000))) {
      progress(`Neo4j already running (pid ${pid}) on ${uri}`);
      return connection;
    }
    throw new Error(
      `a local Neo4j is already running (pid ${pid}, ${paths.home}) but does not answer on ${uri}. ` +
        'It may listen on another port (LOCAL_NEO4J_BOLT_PORT) or be stuck: stop it with `npm run neo4j stop`, then start again.',
    );
  }
  await writeNeo4jConf(paths, {
    boltPort: config.local.boltPort,
    pageCache: config.local.pageCache,
    ...(config.local.transactionMemory ? { transactionMemory: config.local.transactionMemory } : {}),
  });
  const password = await ensurePassword(paths, java.bin, progress);
  const connection = { uri, user: 'neo4j', password };
  if (await portInUse(config.local.boltPort)) {
    throw new Error(
      `port ${config.local.boltPort} is already in use by another program, so the local Neo4j cannot listen there. ` +
        `Stop that program, set LOCAL_NEO4J_BOLT_PORT to a free port, or set NEO4J_URI to use the Neo4j that is there.`,
    );
  }

  await mkdir(paths.logs, { recursive: true });
  await mkdir(paths.run, { recursive: true });
  const log = openSync(paths.consoleLog, 'a');
  // lib before plugins: APOC's bundled commons-lang3 is older than the one Neo4j's libraries need.
  const child = spawn(
    java.bin,
    [
      '-cp',
      `${paths.lib}/*:${paths.plugins}/*`,
      '-Xms256m',
      `-Xmx${config.local.heap}`,
      ...JVM_FLAGS,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${paths.home}`,
      `--config-dir=${paths.conf}`,
      '--console-mode',
    ],
    {
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
    },
  );
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new Error(`could not start ${java.bin}`);
  await writeFile(paths.pidFile, `${child.pid}\n`, 'utf8');
  progress(
    `starting Neo4j (pid ${child.pid}, heap ≤ ${config.local.heap}, page cache ${config.local.pageCache}; logs in ${paths.logs})`,
  );

  if (!(await waitForBolt(connection, paths, child.pid, START_TIMEOUT_MS))) {
    throw new Error(
      `Neo4j did not answer on ${connection.uri} within ${START_TIMEOUT_MS / 1000} s; see ${paths.consoleLog}`,
    );
  }
  progress(`Neo4j ready on ${connection.uri} after ${((Date.now() - began) / 1000).toFixed(1)} s`);
  return connection;
}

async function waitForBolt(
  connection: LocalConnection,
  paths: LocalNeo4jPaths,
  pid: number,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (runningPid(paths) !== pid) {
      throw new Error(
        `Neo4j stopped while starting. The end of ${paths.consoleLog}:\n${lastLines(paths.consoleLog, 25)}`,
      );
    }
    if (await boltAnswers(connection)) return true;
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

/** Stops the local Neo4j with SIGTERM and waits for its clean shutdown. */
export async function stopLocalNeo4j(config: Config, progress: Progress): Promise<void> {
  const paths = localPaths(config.local.dir);
  const pid = runningPid(paths);
  if (pid === undefined) {
    progress('Neo4j is not running');
    await rm(paths.pidFile, { force: true });
    return;
  }
  const began = Date.now();
  process.kill(pid, 'SIGTERM');
  progress(`stopping Neo4j (pid ${pid})…`);
  while (runningPid(paths) === pid) {
    if (Date.now() - began > STOP_TIMEOUT_MS) {
      throw new Error(`Neo4j (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; see ${paths.consoleLog}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await rm(paths.pidFile, { force: true });
  progress(`Neo4j stopped after ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

/** Whether the local Neo4j runs and answers on Bolt. */
export async function localNeo4jStatus(config: Config): Promise<LocalStatus> {
  const paths = localPaths(config.local.dir);
  const pid = runningPid(paths);
  const uri = boltUri(config);
  const password = await readPassword(paths);
  if (pid === undefined || password === undefined) return { running: false, answers: false, uri, logs: paths.logs };
  return { running: true, pid, answers: await boltAnswers({ uri, user: 'neo4j', password }), uri, logs: paths.logs };
}
