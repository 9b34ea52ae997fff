import { existsSync, readFileSync } from 'node:fs';
import { localPaths } from '../../../src/neo4j/localPaths.js';
import { startSecondNeo4j, type SecondNeo4j, type SecondNeo4jOverrides } from '../secondNeo4j.js';

/**
 * The crash tests' own throw-away Neo4j: its folder, Bolt port and small
 * memory, never the shared one. CRASH_NEO4J_DIR and CRASH_NEO4J_BOLT_PORT move
 * it (a bench run beside the CI test's Neo4j on 7701).
 */
export const CRASH_NEO4J_ENV = {
  LOCAL_NEO4J_DIR: process.env['CRASH_NEO4J_DIR'] ?? '.local/neo4j-crash-test',
  LOCAL_NEO4J_BOLT_PORT: process.env['CRASH_NEO4J_BOLT_PORT'] ?? '7701',
  LOCAL_NEO4J_HEAP: '512m',
  LOCAL_NEO4J_PAGECACHE: '128m',
} as const;

/** The database-restart test's own Neo4j: test files run in parallel, so it must not kill the crash tests' one. */
export const RESTART_NEO4J_ENV = {
  LOCAL_NEO4J_HEAP: '512m',
  LOCAL_NEO4J_PAGECACHE: '128m',
  LOCAL_NEO4J_DIR: '.local/neo4j-restart-test',
  LOCAL_NEO4J_BOLT_PORT: '7702',
} as const;

export type Progress = (line: string) => void;

/**
 * Starts the crash tests' Neo4j (or another throw-away one given by `env`), or
 * reuses it if it runs; after a kill, Neo4j recovers from its transaction log here.
 */
export function startCrashNeo4j(progress: Progress, env: SecondNeo4jOverrides = CRASH_NEO4J_ENV): Promise<SecondNeo4j> {
  return startSecondNeo4j(progress, env);
}

/** The pid of the Neo4j JVM of `second`, read from its pid file as src/neo4j/localNeo4j.ts writes it; undefined when it is not running. */
export function neo4jPid(second: SecondNeo4j): number | undefined {
  const { pidFile } = localPaths(second.config.local.dir);
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return undefined;
  // Only ever a Neo4j server: a recycled pid belongs to some other program.
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !readFileSync(cmdline, 'utf8').includes('CommunityEntryPoint')) return undefined;
  return pid;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Kills the Neo4j server of `second` with SIGKILL (no shutdown, no flush: a
 * power cut as far as the process can tell) and waits until the process is
 * gone, so a restart finds its store unlocked. Returns the pid it killed.
 */
export async function killNeo4j(second: SecondNeo4j): Promise<number> {
  const pid = neo4jPid(second);
  if (pid === undefined) throw new Error(`the crash-test Neo4j (${second.config.local.dir}) is not running`);
  process.kill(pid, 'SIGKILL');
  const deadline = Date.now() + 30_000;
  while (alive(pid)) {
    if (Date.now() > deadline) throw new Error(`Neo4j (pid ${pid}) still runs 30 s after SIGKILL`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return pid;
}
