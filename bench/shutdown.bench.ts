/**
 * Shutdown under load (issue 11): `npm start` as a process manager runs it
 * (NODE_ENV unset), each question once to warm it, then autocannon on the analyst questions at --connections, and
 * after --after seconds of load the signal (SIGTERM by default) to the npm
 * process. For each of --rounds rounds it prints the time from the signal to
 * the exit of npm (and of the API under it), the exit code, the requests
 * answered after the signal, and what the clients saw: every answer must be a
 * 200 without GraphQL errors; connections refused once the server stopped
 * listening are counted apart (that is the drain working, not a failure).
 * Uses the configured Neo4j (the local one is started if needed) and reads
 * only. Connection errors after the signal are new requests refused (ECONNREFUSED), or
 * reset because the client sent them on a connection the server had just
 * closed after answering with `Connection: close`. Writes
 * bench/results/shutdown.json; asserts nothing.
 *
 * Usage: npm run bench:shutdown [-- --rounds 5 --connections 32 --after 5 --signal SIGTERM --port 4108]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/config/config.js';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '32' },
    after: { type: 'string', default: '5' },
    signal: { type: 'string', default: 'SIGTERM' },
    port: { type: 'string', default: '4108' },
  },
});
const rounds = Number(args.rounds);
const connections = Number(args.connections);
const afterSeconds = Number(args.after);
const signal = args.signal as NodeJS.Signals;
const port = Number(args.port);
const url = `http://127.0.0.1:${port}`;
const say = (line: string): void => void process.stdout.write(`${line}\n`);

/** Slow questions (a partner network two steps deep, a graph view) and quick ones, in turn. */
const QUERIES = [
  '{ partnerNetwork(of: "org:mestna-obcina-kranj", depth: 2) { nodes { id } edges { id } } }',
  '{ graph(focus: "twinning:kranj-yekaterinburg", depth: 2) { nodes { id } edges { id } } }',
  '{ search(text: "Kranj", limit: 5) { id } }',
  '{ twinnings(municipality: "org:mestna-obcina-kranj") { name partners { name } } }',
];

interface Round {
  readonly round: number;
  readonly stopMs: number;
  readonly exitCode: number | null;
  readonly answeredBeforeSignal: number;
  readonly answeredAfterSignal: number;
  readonly failedAnswers: number;
  readonly refusedOrClosed: number;
  readonly firstFailure?: string;
  /** The first connection error autocannon saw, and whether it came before or after the signal. */
  readonly firstSocketError?: string;
}

async function waitReady(output: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`npm start did not become ready within 180 s:\n${output().slice(-2000)}`);
}

async function oneRound(round: number): Promise<Round> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' };
  delete env['NODE_ENV'];
  const npm = spawn('npm', ['start'], { cwd: PROJECT_ROOT, env });
  let output = '';
  npm.stdout.on('data', (d: Buffer) => (output += d.toString()));
  npm.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((done) => npm.once('exit', (code) => done(code)));
  await waitReady(() => output);
  // Warm: each question once (a fresh process compiles its plans and JIT on the first requests).
  for (const query of QUERIES) {
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
  }

  let signalledAt = 0;
  let before = 0;
  let after = 0;
  let failed = 0;
  let firstFailure: string | undefined;
  const onResponse = (status: number, body: string): void => {
    if (signalledAt) after++;
    else before++;
    if (status !== 200 || body.includes('"errors":')) {
      failed++;
      firstFailure ??= `${status} ${body.slice(0, 300)}`;
    }
  };
  let firstSocketError: string | undefined;
  const load = new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: afterSeconds + 15,
        headers: { 'content-type': 'application/json' },
        requests: QUERIES.map((query) => ({
          method: 'POST' as const,
          path: '/graphql',
          body: JSON.stringify({ query }),
          onResponse,
        })),
        timeout: 30,
      },
      (error: Error | null, result: autocannon.Result) => (error ? fail(error) : done(result)),
    );
    instance.on('reqError', (error: Error & { code?: string }) => {
      firstSocketError ??= `${signalledAt ? 'after' : 'before'} the signal: ${error.code ?? error.message}`;
    });
  });
  await new Promise((r) => setTimeout(r, afterSeconds * 1000));
  signalledAt = performance.now();
  npm.kill(signal);
  const exitCode = await exited;
  const stopMs = Math.round(performance.now() - signalledAt);
  // Nothing listens any more: autocannon's reconnects fail until its duration ends.
  const result = await load;
  return {
    round,
    stopMs,
    exitCode,
    answeredBeforeSignal: before,
    answeredAfterSignal: after,
    failedAnswers: failed,
    refusedOrClosed: result.errors,
    ...(firstFailure ? { firstFailure } : {}),
    ...(firstSocketError ? { firstSocketError } : {}),
  };
}

const results: Round[] = [];
say(
  `shutdown under load: ${rounds} rounds, ${connections} connections, ${signal} to npm after ${afterSeconds} s of load`,
);
say('round  stop ms  exit  answered before/after signal  failed answers  refused/closed connections');
for (let round = 1; round <= rounds; round++) {
  const r = await oneRound(round);
  results.push(r);
  say(
    `${String(r.round).padStart(5)}  ${String(r.stopMs).padStart(7)}  ${String(r.exitCode).padStart(4)}  ` +
      `${`${r.answeredBeforeSignal}/${r.answeredAfterSignal}`.padStart(28)}  ${String(r.failedAnswers).padStart(14)}  ` +
      `${String(r.refusedOrClosed).padStart(26)}${r.firstFailure ? `  first failure: ${r.firstFailure}` : ''}` +
      `${r.firstSocketError ? `  first connection error ${r.firstSocketError}` : ''}`,
  );
}
const stops = results.map((r) => r.stopMs).sort((a, b) => a - b);
const summary = {
  date: new Date().toISOString(),
  loadAverage1m: Math.round(loadavg()[0] ?? 0),
  signal,
  connections,
  loadSecondsBeforeSignal: afterSeconds,
  stopMsMedian: stops[Math.floor(stops.length / 2)],
  stopMsMax: stops.at(-1),
  failedAnswers: results.reduce((s, r) => s + r.failedAnswers, 0),
  allExitedZero: results.every((r) => r.exitCode === 0),
  rounds: results,
};
say(
  `stop time median ${summary.stopMsMedian} ms, max ${summary.stopMsMax} ms; failed answers ${summary.failedAnswers}; ` +
    `all exited 0: ${summary.allExitedZero}`,
);
const out = resolve(PROJECT_ROOT, 'bench/results/shutdown.json');
mkdirSync(resolve(PROJECT_ROOT, 'bench/results'), { recursive: true });
writeFileSync(out, `${JSON.stringify(summary, null, 1)}\n`);
say(`written ${out}`);
