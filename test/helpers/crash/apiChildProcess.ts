import { fork } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../src/config/config.js';
import type { Neo4jConnection } from '../../../src/neo4j/neo4jConnection.js';
import { TEST_JWT_SECRET } from '../testTokens.js';
import type { ApiChildMessage } from './apiChild.js';

/** A running API child: where it listens, what it reports, and how to end it. */
export interface ApiChild {
  readonly pid: number;
  readonly url: string;
  /** Calls `listener` with each phase the child reports of its write transactions. */
  onPhase(listener: (phase: Extract<ApiChildMessage, { type: 'phase' }>['phase']) => void): void;
  /** SIGKILL: no shutdown, no draining, no driver close; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (a graceful stop, SIGKILL after 15 s); resolves the exit code. */
  stop(): Promise<number | null>;
  /** The last few kilobytes of its stderr, for error messages. */
  stderr(): string;
}

/**
 * Starts test/helpers/crash/apiChild.ts (the real API, `node --import tsx`)
 * against the crash-test Neo4j of `connection`, on a free loopback port (or
 * CRASH_API_PORT), with tokens signed by the tests' secret accepted (an editor
 * may import), and resolves once it listens. Its request log goes to /dev/null.
 */
export async function startApiChild(connection: Neo4jConnection): Promise<ApiChild> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    NEO4J_DATABASE: connection.database,
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    AUTH_REQUIRE_FOR_READS: 'false',
  };
  delete env['AUTH_JWT_PUBLIC_KEY'];
  delete env['PORT'];
  const child = fork(join(PROJECT_ROOT, 'test', 'helpers', 'crash', 'apiChild.ts'), [], {
    cwd: PROJECT_ROOT,
    execArgv: ['--import', 'tsx'],
    env,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((ready, fail) => {
    child.on('message', (m: ApiChildMessage) => m.type === 'ready' && ready(m.url));
    void exited.then(() =>
      fail(new Error(`the API child exited (${child.exitCode ?? child.signalCode}) before listening:\n${stderr}`)),
    );
  });
  return {
    pid: child.pid ?? 0,
    url,
    stderr: () => stderr,
    onPhase(listener) {
      child.on('message', (m: ApiChildMessage) => m.type === 'phase' && listener(m.phase));
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.kill('SIGTERM');
        await exited;
        clearTimeout(force);
      }
      return child.exitCode;
    },
  };
}
