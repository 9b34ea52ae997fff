/**
 * Start-up figures on this machine:
 *   - the local Neo4j from a cold JVM to Bolt answering (runs stop + start),
 *   - `npm start`'s process from launch to /ready 200 (seed load included),
 *   - loading the seed facts: first load after a Neo4j start, and a repeat (no-op) load.
 * Usage: npm run bench [-- --runs 3]. Prints a table; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { loadConfig } from '../src/config/config.js';
import { loadFactsFiles } from '../src/load/loadFactsFiles.js';
import { seedFiles } from '../src/load/seedFiles.js';
import { connectDriver } from '../src/neo4j/connectDriver.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/neo4j/localNeo4j.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const root = resolve(import.meta.dirname, '..');
const quiet = (): void => undefined;
const config = loadConfig();
if (config.external) throw new Error('the start-up bench measures the local Neo4j: unset NEO4J_URI');

function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

async function apiStartToReady(): Promise<number> {
  const port = await freePort();
  const began = performance.now();
  const child = spawn(resolve(root, 'node_modules/.bin/tsx'), ['src/cli/main.ts', 'start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - began;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const stats = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  const median = s[Math.floor(s.length / 2)] ?? NaN;
  return `median ${(median / 1000).toFixed(2)} s  (min ${((s[0] ?? NaN) / 1000).toFixed(2)}, max ${((s.at(-1) ?? NaN) / 1000).toFixed(2)}, n=${s.length})`;
};

const cold: number[] = [];
const firstLoad: number[] = [];
const repeatLoad: number[] = [];
const api: number[] = [];
for (let i = 0; i < runs; i++) {
  await stopLocalNeo4j(config, quiet);
  let began = performance.now();
  const connection = await startLocalNeo4j(config, quiet);
  cold.push(performance.now() - began);
  const driver = await connectDriver({ ...connection, database: config.database, local: true });
  for (const into of [firstLoad, repeatLoad]) {
    began = performance.now();
    await loadFactsFiles(driver, config.database, seedFiles(), quiet);
    into.push(performance.now() - began);
  }
  await driver.close();
  api.push(await apiStartToReady());
  process.stderr.write(`run ${i + 1}/${runs} done\n`);
}

console.log(`local Neo4j, cold start to Bolt ready : ${stats(cold)}`);
console.log(`seed load, first after start         : ${stats(firstLoad)}`);
console.log(`seed load, repeat (no-op)            : ${stats(repeatLoad)}`);
console.log(`API process start to /ready 200      : ${stats(api)}  (Neo4j running, seed load included)`);
