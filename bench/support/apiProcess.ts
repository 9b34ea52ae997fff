import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { residentBytes } from './procStats.js';

/** What the API process reports over its IPC channel. */
export type ApiMessage =
  | { type: 'ready'; url: string }
  | { type: 'snapshot'; path: string }
  | {
      type: 'memory';
      rss: number;
      heapUsed: number;
      heapTotal: number;
      external: number;
      arrayBuffers: number;
    };

export interface ApiMemory {
  /** VmRSS as the run left it, before any collection. */
  readonly rssMb: number;
  /** VmRSS and V8's heap after two forced full collections. */
  readonly rssAfterGcMb: number;
  readonly heapUsedAfterGcMb: number;
  readonly heapTotalAfterGcMb: number;
  readonly externalAfterGcMb: number;
}

export interface ApiProcess {
  readonly pid: number;
  readonly url: string;
  /** Memory now, and after a full garbage collection in the API process. */
  memory(): Promise<ApiMemory>;
  /** Writes a heap snapshot of the API process to `path` (taken after a full GC); resolves the path. */
  heapSnapshot(path: string): Promise<string>;
  /** SIGTERM, then waits for the exit (SIGKILL after 15 s); resolves the exit code. */
  stop(): Promise<number | null>;
  /** The last few kilobytes the process wrote to stderr, for error messages. */
  stderr(): string;
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Starts bench/support/apiProcessEntry.ts as a child process (`node
 * --expose-gc --import tsx`, an IPC channel, its request log to /dev/null) on
 * `port`, with `env` added to this process's environment, and resolves once
 * it listens. A separate process so that its own memory can be measured.
 */
export async function startApiProcess(port: number, env: NodeJS.ProcessEnv = {}): Promise<ApiProcess> {
  const child: ChildProcess = fork(resolve(PROJECT_ROOT, 'bench/support/apiProcessEntry.ts'), [], {
    cwd: PROJECT_ROOT,
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = await new Promise<string>((ready, fail) => {
    child.on('message', (m: ApiMessage) => m.type === 'ready' && ready(m.url));
    void exited.then((code) =>
      fail(new Error(`the API process exited with code ${code} before listening:\n${stderr}`)),
    );
  });
  const pid = child.pid ?? 0;
  return {
    pid,
    url,
    stderr: () => stderr,
    async memory() {
      const rssBefore = residentBytes(pid);
      const after = await new Promise<Extract<ApiMessage, { type: 'memory' }>>((answer) => {
        const listen = (m: ApiMessage): void => {
          if (m.type !== 'memory') return;
          child.off('message', listen);
          answer(m);
        };
        child.on('message', listen);
        child.send('memory');
      });
      return {
        rssMb: mb(rssBefore),
        rssAfterGcMb: mb(after.rss),
        heapUsedAfterGcMb: mb(after.heapUsed),
        heapTotalAfterGcMb: mb(after.heapTotal),
        externalAfterGcMb: mb(after.external),
      };
    },
    heapSnapshot(path: string) {
      return new Promise<string>((written) => {
        const listen = (m: ApiMessage): void => {
          if (m.type !== 'snapshot') return;
          child.off('message', listen);
          written(m.path);
        };
        child.on('message', listen);
        child.send({ snapshot: path });
      });
    },
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.kill('SIGTERM');
      const code = await exited;
      clearTimeout(kill);
      return code;
    },
  };
}
