import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/runCli.js';

const STOP_WITHIN_MS = 10_000;

function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const port = (probe.address() as { port: number }).port;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Whether something still accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      answer(true);
    });
    socket.once('error', () => answer(false));
  });
}

/** The process and all its descendants, from `ps --ppid`. */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((n) => n > 0);
  } catch {
    // ps exits with 1 when there are no children
  }
  return [pid, ...children.flatMap(processTree)];
}

/** Alive and not a zombie (an exited child whose parent, perhaps init, has not reaped it holds nothing). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' })
      .trim()
      .startsWith('Z');
  } catch {
    return false;
  }
}

/** `npm start` as a user or a process manager runs it: NODE_ENV unset, as in production, where Apollo's own signal handling is live. */
async function npmStart(port: number): Promise<{ npm: ChildProcess; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' };
  delete env['NODE_ENV'];
  const npm = spawn('npm', ['start'], { cwd: PROJECT_ROOT, env });
  let output = '';
  npm.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  npm.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 90_000;
  let ready = false;
  while (!ready && Date.now() < deadline && npm.exitCode === null) {
    ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) await new Promise((r) => setTimeout(r, 250));
  }
  expect(ready, output).toBe(true);
  return { npm, output: () => output };
}

/**
 * A GraphQL POST over its own connection, written to the socket before this
 * resolves (so it has left the client for certain). With `holdBody`, only the
 * headers and the first bytes of the body are sent, and the request stays in
 * flight until `finish` sends the rest. Resolves the raw response.
 */
function openRequest(
  port: number,
  query: string,
  holdBody: boolean,
): Promise<{ finish: () => void; response: Promise<string> }> {
  const body = JSON.stringify({ query });
  return new Promise((sent, failed) => {
    const socket = connect(port, '127.0.0.1');
    let raw = '';
    socket.on('data', (d: Buffer) => (raw += d.toString()));
    const response = new Promise<string>((done) => socket.once('close', () => done(raw)));
    socket.once('error', failed);
    socket.on('error', (error: NodeJS.ErrnoException) => (raw += `[${error.code ?? error.message}]`));
    socket.once('connect', () => {
      const head = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
      socket.write(head + (holdBody ? body.slice(0, 10) : body), () =>
        sent({ finish: () => void socket.write(body.slice(10)), response }),
      );
    });
  });
}

const HELD_QUERY = '{ sessions(where: { number: { eq: 2 } }) { number } }';

/** A request whose headers have reached the server and whose body waits for `finish`: in flight for certain. */
async function requestInFlight(port: number): Promise<{ finish: () => void; response: Promise<string> }> {
  const request = await openRequest(port, HELD_QUERY, true);
  // Give the server the headers before the signal comes.
  await new Promise((r) => setTimeout(r, 300));
  return request;
}

async function waitUntil(condition: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return condition();
}

/** Questions that make the server work (a partner network two steps deep, a graph view) and quick ones, in turn. */
const LOAD_QUERIES = [
  '{ partnerNetwork(of: "org:mestna-obcina-kranj", depth: 2) { nodes { id } edges { id } } }',
  '{ graph(focus: "twinning:kranj-yekaterinburg", depth: 2) { nodes { id } edges { id } } }',
  '{ search(text: "Kranj", limit: 5) { id } }',
  '{ twinnings(municipality: "org:mestna-obcina-kranj") { name partners { name } } }',
];

describe('stopping `npm start`', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s sent to the npm process alone finishes the request in flight, frees the port and leaves no process within 10 s',
    async (signal) => {
      const port = await freePort();
      const { npm, output } = await npmStart(port);
      const npmPid = npm.pid ?? 0;
      const tree = processTree(npmPid);
      // npm, the API's node right under it (no shell or tsx wrapper to swallow the signal), perhaps esbuild's service.
      const api = tree[1] ?? 0;
      expect(execFileSync('ps', ['-o', 'args=', '-p', String(api)], { encoding: 'utf8' })).toMatch(
        /^node --import tsx src\/cli\/main\.ts start/,
      );
      const exited = new Promise<number | null>((res) => npm.once('exit', (code) => res(code)));
      const inFlight = await requestInFlight(port);
      const signalled = Date.now();
      process.kill(npmPid, signal);
      await waitUntil(() => output().includes('finishing requests in flight'), 5_000);
      inFlight.finish();
      expect(await inFlight.response).toMatch(/^HTTP\/1\.1 200[\s\S]*"sessions":\[\{"number":2\}\]/);

      expect(await waitUntil(async () => !(await listening(port)), STOP_WITHIN_MS), 'port still taken').toBe(true);
      expect(await waitUntil(() => tree.every((pid) => !alive(pid)), STOP_WITHIN_MS - (Date.now() - signalled))).toBe(
        true,
      );
      expect(Date.now() - signalled).toBeLessThan(STOP_WITHIN_MS);
      expect(await exited).toBe(0);
      expect(output()).toMatch(new RegExp(`${signal}: finishing requests in flight…\\nAPI stopped`));
    },
    150_000,
  );

  it.each([
    ['SIGTERM', 'the npm process'],
    ['SIGINT', 'the server process itself'],
  ] as const)(
    '%s to %s under load: every accepted request answers 200, new connections are refused, exit 0 within 10 s',
    async (signal, target) => {
      const port = await freePort();
      const { npm, output } = await npmStart(port);
      const tree = processTree(npm.pid ?? 0);
      const exited = new Promise<number | null>((res) => npm.once('exit', (code) => res(code)));
      // Held: their headers are in, their bodies wait until after the signal, so they are in flight for certain.
      const held = await Promise.all(Array.from({ length: 5 }, () => requestInFlight(port)));
      // Sent in full before the signal (each written to its socket): the server owes every one an answer.
      const batch = await Promise.all(
        Array.from({ length: 30 }, (_, i) => openRequest(port, LOAD_QUERIES[i % LOAD_QUERIES.length]!, false)),
      );
      // A moment for the server to start on them (the slow questions are then still running).
      await new Promise((r) => setTimeout(r, 500));
      const signalled = Date.now();
      process.kill(target === 'the npm process' ? (npm.pid ?? 0) : (tree[1] ?? 0), signal);
      expect(await waitUntil(() => output().includes('finishing requests in flight'), 5_000), output()).toBe(true);

      // While the held requests are still open the server is draining: it no longer accepts connections.
      expect(await waitUntil(async () => !(await listening(port)), 5_000), 'still accepting connections').toBe(true);
      for (const request of held) request.finish();

      const answers = await Promise.all(batch.map((request) => request.response));
      for (const answer of answers) {
        // Sent before the signal, so answered in full: a connection closed without an answer leaves this empty.
        expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\n\{"data":\{/);
        expect(answer).not.toContain('"errors"');
      }
      for (const request of held) {
        expect(await request.response).toMatch(/^HTTP\/1\.1 200[\s\S]*"sessions":\[\{"number":2\}\]/);
      }
      expect(await waitUntil(() => tree.every((pid) => !alive(pid)), STOP_WITHIN_MS - (Date.now() - signalled))).toBe(
        true,
      );
      expect(Date.now() - signalled).toBeLessThan(STOP_WITHIN_MS);
      expect(await exited).toBe(0);
      expect(await listening(port)).toBe(false);
      expect(output()).toMatch(new RegExp(`${signal}: finishing requests in flight…\\nAPI stopped`));
    },
    150_000,
  );

  it('the API stops by itself when npm is killed outright (SIGKILL), so nothing keeps the port', async () => {
    const port = await freePort();
    const { npm, output } = await npmStart(port);
    const tree = processTree(npm.pid ?? 0);
    const signalled = Date.now();
    npm.kill('SIGKILL');
    expect(await waitUntil(async () => !(await listening(port)), STOP_WITHIN_MS), 'port still taken').toBe(true);
    expect(await waitUntil(() => tree.every((pid) => !alive(pid)), STOP_WITHIN_MS - (Date.now() - signalled))).toBe(
      true,
    );
    expect(output()).toMatch(/the parent process \(pid \d+, npm's\) has exited: finishing requests in flight…/);
  }, 150_000);
});
